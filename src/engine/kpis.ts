/**
 * The KPIs of one tick (TickKpis of types.ts): turnover and its three levers (CA = fréquence x
 * panier moyen x durée de la relation), the base (active, acquired, lost, retention, churn),
 * satisfaction (true mean for the debrief; measured only by surveys), service, distributions
 * (stages, ladder, course segments, R x F map, RFM limits, departure causes, satisfaction
 * histogram), the gross stage transitions (stageFlows), and money (costs, discounts given, margin, budget,
 * programmes with ROI). One pass over customers.
 */
import type { AppliedDecisions } from './actions.ts';
import type { TickContext } from './context.ts';
import * as P from './params.ts';
import { programmeKpis } from './programmes.ts';
import type { SegmentCounts } from './rfmWindow.ts';
import { initialBaseSize } from './acquisition.ts';
import { NO_TICK } from './state.ts';
import { grossMarginOf } from './unitCosts.ts';
import type { CampaignChannelKpi, StageFlow, TickKpis } from './types.ts';
import { ACQUISITION_CHANNELS, COURSE_SEGMENTS, DEPARTURE_CAUSES, LADDER, RF_SEGMENTS, STAGES, type AcquisitionChannel } from './vocabulary.ts';

/** Relationship length shown when no customer leaves (ticks; value in params.ts). */
const RELATIONSHIP_LENGTH_CAP = P.RELATIONSHIP_LENGTH_CAP;

/** The tick's non-zero gross stage transitions (TickContext counters.stageFlows), from then to in STAGES order. */
function flows(matrix: Int32Array): StageFlow[] {
  const out: StageFlow[] = [];
  const n = STAGES.length;
  for (let from = 0; from < n; from++)
    for (let to = 0; to < n; to++) {
      const count = matrix[from * n + to];
      if (count !== 0) out.push({ from: STAGES[from], to: STAGES[to], count });
    }
  return out;
}

function counts<T extends string>(ids: readonly T[], values: ArrayLike<number>): Record<T, number> {
  const out = {} as Record<T, number>;
  ids.forEach((id, k) => (out[id] = values[k]));
  return out;
}

/**
 * Each acquisition channel's campaign recruits this tick (KPIs' campaignRecruits): recruited, still customers (read
 * among the recruits of the run only, indexes from the initial base's size: a few bytes each), margin of their purchases.
 */
function campaignRecruits(ctx: TickContext): Partial<Record<AcquisitionChannel, CampaignChannelKpi>> {
  const state = ctx.state;
  const ctr = ctx.counters;
  const out: Partial<Record<AcquisitionChannel, CampaignChannelKpi>> = {};
  const tags = state.recruitChannel;
  if (!tags) return out;
  const still = new Int32Array(ACQUISITION_CHANNELS.length);
  const lostTick = state.customers.lostTick;
  for (let i = initialBaseSize(state); i < state.n; i++) if (tags[i] !== 0 && lostTick[i] === NO_TICK) still[tags[i] - 1]++;
  const rate = ctx.scenario.economics.marginRate;
  ACQUISITION_CHANNELS.forEach((channel, k) => {
    const margin = grossMarginOf(ctr.campaignSpent[k], ctr.campaignDiscounts[k], rate);
    if (ctr.campaignRecruited[k] === 0 && still[k] === 0 && margin === 0) return;
    out[channel] = { recruited: ctr.campaignRecruited[k], stillCustomers: still[k], margin };
  });
  return out;
}

export function computeKpis(ctx: TickContext, applied: AppliedDecisions, counted: SegmentCounts): TickKpis {
  const state = ctx.state;
  const n = state.n;
  const ctr = ctx.counters;
  const stages = ctr.stages.slice();
  const ladder = ctr.ladder.slice();
  const alive = ctr.aliveEnd;
  stages[STAGES.indexOf('prospect')] += state.prospectsRemaining;
  ladder[LADDER.indexOf('prospect')] += state.prospectsRemaining;
  const active = stages[STAGES.indexOf('nouveau')] + stages[STAGES.indexOf('actif')];
  const churnRate = ctr.aliveAtStart > 0 ? ctr.lost / ctr.aliveAtStart : 0;
  const costsByType = { ...applied.costsByType };
  for (const p of state.programmes) if (p.costThisTick > 0) costsByType[p.type] = (costsByType[p.type] ?? 0) + p.costThisTick;
  if (ctr.complaintCost > 0) costsByType.politiqueReclamations = (costsByType.politiqueReclamations ?? 0) + ctr.complaintCost;
  let costs = 0;
  for (const v of Object.values(costsByType)) costs += v ?? 0;
  const discounts = ctr.discounts;
  const grossMargin = grossMarginOf(ctr.turnover, discounts, ctx.scenario.economics.marginRate);
  return {
    tick: ctx.tick,
    turnover: ctr.turnover,
    purchases: ctr.purchases,
    buyers: ctr.buyers,
    averageBasket: ctr.purchases > 0 ? ctr.turnover / ctr.purchases : 0,
    frequency: active > 0 ? ctr.purchases / active : 0,
    relationshipLength: state.churnSmoothed > 0 ? Math.min(RELATIONSHIP_LENGTH_CAP, 1 / state.churnSmoothed) : RELATIONSHIP_LENGTH_CAP,
    customersEver: n,
    activeCustomers: active,
    acquired: ctr.acquired,
    acquiredByReferral: ctr.acquiredByReferral,
    deterredByComplaints: ctr.deterredByComplaints,
    campaignRecruits: campaignRecruits(ctx),
    lost: ctr.lost,
    retentionRate: 1 - churnRate,
    churnRate,
    satisfactionTrue: alive > 0 ? ctr.satisfactionSum / alive : 0,
    satisfactionMeasured: state.lastMeasurement ? { ...state.lastMeasurement } : null,
    incidents: ctr.incidents,
    complaints: ctr.complaints,
    complaintsResolved: ctr.complaintsResolved,
    complaintsResolvedFast: ctr.complaintsResolvedFast,
    complaintsUnpaid: ctr.complaintsUnpaid,
    stages: counts(STAGES, stages),
    ladder: counts(LADDER, ladder),
    segments: counts(COURSE_SEGMENTS, counted.segments),
    rfSegments: counts(RF_SEGMENTS, counted.rfSegments),
    rfGrid: Array.from(counted.rfGrid),
    rfmLimits: {
      recencyTicks: [...state.rfmLimits.recency],
      frequency: [...state.rfmLimits.frequency],
      monetary: [...state.rfmLimits.monetary],
    },
    departuresByCause: counts(DEPARTURE_CAUSES, ctr.lostByCause),
    stageFlows: flows(ctr.stageFlows),
    satisfactionHistogram: Array.from(ctr.satisfactionHistogram),
    costs,
    costsByType,
    acquisitionSpendByChannel: { ...applied.acquisitionSpend },
    grossMargin,
    discounts,
    // the discounts are in the costs (the budget pays them) and already out of the gross margin: counted once
    netMargin: grossMargin - (costs - discounts) - ctx.scenario.economics.fixedCostsPerTick,
    budgetLeft: state.budget,
    programmes: programmeKpis(state, ctx.scenario),
    ...(applied.dataCollections.length > 0 ? { dataCollections: applied.dataCollections.map((d) => ({ ...d })) } : {}),
  };
}
