/**
 * The KPIs of one tick (TickKpis of types.ts): turnover and its three levers (CA = fréquence x
 * panier moyen x durée de la relation), the base (active, acquired, lost, retention, churn),
 * satisfaction (true mean for the debrief; measured only by surveys), service, distributions
 * (stages, ladder, course segments, R x F map, RFM limits, departure causes, satisfaction
 * histogram), and money (costs, margin, budget, programmes with ROI). One pass over customers.
 */
import type { AppliedDecisions } from './actions.ts';
import type { TickContext } from './context.ts';
import { programmeKpis } from './programmes.ts';
import { NO_TICK } from './state.ts';
import type { TickKpis } from './types.ts';
import { COURSE_SEGMENTS, DEPARTURE_CAUSES, LADDER, RF_SEGMENTS, STAGES } from './vocabulary.ts';

const HISTOGRAM_BINS = 10;
/** Relationship length shown when no customer leaves (ticks). */
const RELATIONSHIP_LENGTH_CAP = 10_000;

function counts<T extends string>(ids: readonly T[], values: ArrayLike<number>): Record<T, number> {
  const out = {} as Record<T, number>;
  ids.forEach((id, k) => (out[id] = values[k]));
  return out;
}

export function computeKpis(ctx: TickContext, applied: AppliedDecisions, programmeCost: number): TickKpis {
  const state = ctx.state;
  const c = state.customers;
  const n = state.n;
  const stages = new Float64Array(STAGES.length);
  const ladder = new Float64Array(LADDER.length);
  const segments = new Float64Array(COURSE_SEGMENTS.length);
  const rfSegments = new Float64Array(RF_SEGMENTS.length);
  const rfGrid = new Array<number>(25).fill(0);
  const histogram = new Array<number>(HISTOGRAM_BINS).fill(0);
  let satSum = 0;
  let alive = 0;
  for (let i = 0; i < n; i++) {
    stages[c.stage[i]]++;
    if (c.lostTick[i] === NO_TICK) {
      ladder[c.ladder[i]]++;
      alive++;
      const s = c.satisfaction[i];
      satSum += s;
      histogram[Math.min(HISTOGRAM_BINS - 1, Math.floor(s * HISTOGRAM_BINS))]++;
    }
    if (c.segment[i] !== 255) segments[c.segment[i]]++;
    if (c.rfSegment[i] !== 255) rfSegments[c.rfSegment[i]]++;
    if (c.r[i] > 0) rfGrid[(c.r[i] - 1) * 5 + (c.f[i] - 1)]++;
  }
  stages[STAGES.indexOf('prospect')] += state.prospectsRemaining;
  ladder[LADDER.indexOf('prospect')] += state.prospectsRemaining;
  const ctr = ctx.counters;
  const active = stages[STAGES.indexOf('nouveau')] + stages[STAGES.indexOf('actif')];
  const churnRate = ctr.aliveAtStart > 0 ? ctr.lost / ctr.aliveAtStart : 0;
  const costsByType = { ...applied.costsByType };
  for (const p of state.programmes) if (p.costThisTick > 0) costsByType[p.type] = (costsByType[p.type] ?? 0) + p.costThisTick;
  if (ctr.complaintCost > 0) costsByType.politiqueReclamations = (costsByType.politiqueReclamations ?? 0) + ctr.complaintCost;
  let costs = 0;
  for (const v of Object.values(costsByType)) costs += v ?? 0;
  void programmeCost;
  const grossMargin = ctr.turnover * ctx.scenario.economics.marginRate;
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
    lost: ctr.lost,
    retentionRate: 1 - churnRate,
    churnRate,
    satisfactionTrue: alive > 0 ? satSum / alive : 0,
    satisfactionMeasured: state.lastMeasurement ? { ...state.lastMeasurement } : null,
    incidents: ctr.incidents,
    complaints: ctr.complaints,
    complaintsResolved: ctr.complaintsResolved,
    complaintsResolvedFast: ctr.complaintsResolvedFast,
    stages: counts(STAGES, stages),
    ladder: counts(LADDER, ladder),
    segments: counts(COURSE_SEGMENTS, segments),
    rfSegments: counts(RF_SEGMENTS, rfSegments),
    rfGrid,
    rfmLimits: { recencyTicks: [...state.rfmLimits.recency], frequency: [...state.rfmLimits.frequency], monetary: [...state.rfmLimits.monetary] },
    departuresByCause: counts(DEPARTURE_CAUSES, ctr.lostByCause),
    satisfactionHistogram: histogram,
    costs,
    costsByType,
    acquisitionSpendByChannel: { ...applied.acquisitionSpend },
    grossMargin,
    netMargin: grossMargin - costs - ctx.scenario.economics.fixedCostsPerTick,
    budgetLeft: state.budget,
    programmes: programmeKpis(state),
  };
}
