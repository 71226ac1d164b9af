/**
 * The grading's fingerprint (appVersion.ts GRADING_RULES, GRADING_FINGERPRINTS): a small fixed set of result
 * files verified and graded by the real grading functions — verifyResult.ts (statuses, differences,
 * otherModel), seedAdjustment.ts (the adjustment recomputed, removed, older files), figureChecks.ts (the
 * contradicted figures and how they are shown), replayFigures.ts (the refused actions, the yearly retention
 * the class view keeps with each outcome), src/engine/objectives.ts (every metric valued at every period,
 * with and without `everyTick`, met or not), seedTargets.ts and missionRows.ts (the class view's check of a
 * mission file's own mission, the questionnaire measured after a tool, and the shipped missions' rules it applies) — and their outcomes hashed. A change
 * of the grading changes it; test/unit/results/gradingFingerprint.test.ts then fails until GRADING_RULES is
 * raised and the new fingerprint recorded beside it, so that the class view verifies its kept outcomes again.
 *
 * Model-independent on purpose: the replays are not the engine's but a fixed arithmetic series
 * (`gradingReplayer`), so a change of the simulation (which the class view already sees through the model
 * fingerprint) or of a shipped scenario does not move it; only the grading does (a shipped mission's check is
 * grading: what it asks for, where, whether it keeps its programmes, what it measures after). Texts are not hashed
 * (a wording is not a grading): only statuses, what differs, the numbers, the states and points, and how
 * many warnings. The figures are shown in French as the class view shows them, their no-break spaces made
 * plain before hashing; a change of number formatting (app/format.ts, Node's ICU) can still move it.
 *
 * Test support only: the app never imports this module (the test checks it), it stays out of the bundles.
 */
import type { Action, DecisionsLog } from '../engine/decisions.ts';
import { hashText } from '../engine/hash.ts';
import { FINGERPRINT_SCENARIO } from '../engine/modelFingerprint.ts';
import { evaluateObjective, objectiveMet, objectiveValue } from '../engine/objectives.ts';
import { withSeedTargets, type SeedAdjustment } from '../engine/seedTargets.ts';
import type { PeriodRefusals, TickKpis } from '../engine/types.ts';
import { DEPARTURE_CAUSES, LADDER, RF_SEGMENTS, STAGES } from '../engine/vocabulary.ts';
import { objectiveMetric, type Objective, type Scenario } from '../scenario/schema.ts';
import { loadShippedMissionPaths } from '../missions/shipped.ts';
import type { Mission } from '../missions/schema.ts';
import type { SetupStop } from '../missions/evaluate.ts';
import { buildResultFile } from './buildResultFile.ts';
import { missionRow } from './missionRows.ts';
import { figurePair, replayedPoints, shownClaim, wrongFigures } from './figureChecks.ts';
import type { Replayer } from './replay.ts';
import type { ResultFile } from './resultFileSchema.ts';
import { SUMMARY_KPIS } from './runSummary.ts';
import { adjustmentRemoved, modelAfterSeedAdjustment, replayedSeedAdjustment, unadjustedOlderFile } from './seedAdjustment.ts';
import { predatesModelFingerprint, verifyResult, type Verification } from './verifyResult.ts';

/** The model the fixed replays say they are (any name not in MODELS_BEFORE_SEED_ADJUSTMENT). */
export const GRADING_MODEL = '0123456789abcdef';
/** A model fingerprint from before the seed adjustment (MODELS_BEFORE_SEED_ADJUSTMENT). */
const OLD_MODEL = '703c19826ec1d6d1';
const DEFAULT_SEED = 100;
const OTHER_SEED = 107;
const TICKS = 8;

const label = (fr: string) => ({ fr });

/** One objective per metric, some with a checkpoint before the end, one checked at every period. */
const OBJECTIVES: Objective[] = [
  { id: 'marge', label: label('Marge nette'), metric: 'cumulativeNetMargin', comparator: '>=', target: 45000, points: 3 },
  { id: 'reserve', label: label('Réserve'), metric: 'budgetLeft', comparator: '>=', target: 1000, everyTick: true, points: 2 },
  { id: 'ca', label: label('CA cumulé'), metric: 'cumulativeTurnover', comparator: '>=', target: 155000, points: 1 },
  { id: 'margeBrute', label: label('Marge brute cumulée'), metric: 'cumulativeMargin', comparator: '>=', target: 63000, points: 1 },
  { id: 'caSemaine', label: label('CA de la semaine'), metric: 'turnover', comparator: '>=', target: 18000, points: 1 },
  { id: 'mbSemaine', label: label('Marge de la semaine'), metric: 'grossMargin', comparator: '>=', target: 7000, byTick: 6, points: 1 },
  { id: 'actifs', label: label('Actifs'), metric: 'activeCustomers', comparator: '>=', target: 930, points: 1 },
  { id: 'recrues', label: label('Recrues'), metric: 'acquisitions', comparator: '>=', target: 70, points: 1 },
  { id: 'fidelite', label: label('Fidélisation'), metric: 'retentionRate', comparator: '>=', target: 0.975, points: 1 },
  { id: 'attrition', label: label('Attrition'), metric: 'churnRate', comparator: '<=', target: 0.022, byTick: 4, points: 1 },
  { id: 'satisfaction', label: label('Satisfaction'), metric: 'measuredSatisfaction', comparator: '>=', target: 0.7, points: 2 },
  { id: 'tresBons', label: label('Très bons clients'), metric: 'segmentShare', segment: 'tresBon', comparator: '>=', target: 0.17, byTick: 6, points: 1 },
  { id: 'bons', label: label('Bons clients gardés'), metric: 'segmentRetention', segment: 'bon', comparator: '>=', target: 0.92, points: 1 },
];

/** A valid scenario whose engine part is never played here (the replays are fixed): only its objectives, length and default seed grade. */
export const GRADING_SCENARIO: Scenario = {
  ...FINGERPRINT_SCENARIO,
  id: 'empreinte-de-la-notation',
  name: label('Empreinte de la notation'),
  tickUnit: 'week',
  durationTicks: TICKS,
  defaultSeed: DEFAULT_SEED,
  competitors: [],
  events: [],
  objectives: OBJECTIVES,
};

/** The learner's plan: four actions, a questionnaire late enough to count, a mystery shopping after it. */
const PLAN: DecisionsLog = [
  {
    tick: 0,
    actions: [
      { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { limit: 40 } },
      { type: 'lienSocial', instrument: 'club', target: { stages: ['actif'], limit: 40 } },
    ],
  },
  { tick: 1, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 30 }] },
  { tick: 5, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 40 }] },
  { tick: 7, actions: [{ type: 'enquete', instrument: 'clientMystere', sampleSize: 10 }] },
];

function zeros<K extends string>(ids: readonly K[]): Record<K, number> {
  return Object.fromEntries(ids.map((id) => [id, 0])) as Record<K, number>;
}

/** Whether the fixed replay refuses `action` (as the engine does when the budget cannot pay it): a discount over 20 %. */
function refused(action: Action): boolean {
  return action.type === 'financier' && action.discountRate > 0.2;
}

/** The actions the fixed replay refuses, by period and index, as a replay returns them. */
function refusals(decisions: DecisionsLog, ticks: number): PeriodRefusals[] {
  return decisions
    .filter((d) => d.tick < ticks)
    .map((d) => ({ tick: d.tick, rejected: d.actions.flatMap((a, actionIndex) => (refused(a) ? [{ actionIndex, reason: 'budgetInsuffisant' as const }] : [])) }))
    .filter((r) => r.rejected.length > 0);
}

/** The surveys run up to period `t`, the latest last. */
function lastSurvey(decisions: DecisionsLog, t: number): { action: Extract<Action, { type: 'enquete' }>; tick: number } | null {
  let found: { action: Extract<Action, { type: 'enquete' }>; tick: number } | null = null;
  for (const d of decisions) if (d.tick <= t) for (const a of d.actions) if (a.type === 'enquete') found = { action: a, tick: d.tick };
  return found;
}

/**
 * Period `t` of the fixed replay of `decisions` on `seed`: plain arithmetic, no engine. The seed scales
 * the shop (so another seed moves the adjusted targets), the plan's actions raise its figures and cost
 * budget, which dips below the reserve in period 2 (an `everyTick` objective then misses what the end meets);
 * a refused action never ran, so it counts for nothing.
 */
export function gradingKpis(seed: number, decisions: DecisionsLog, t: number): TickKpis {
  const level = 1 + (seed % 10) / 100;
  let plan = 0;
  for (const d of decisions) if (d.tick <= t) plan += d.actions.filter((a) => !refused(a)).length;
  const active = Math.round((1000 - 9 * t + 4 * plan) * level);
  const lost = 22 + t - plan;
  const acquired = 6 + (t % 3) + plan;
  const turnover = (20000 + 350 * plan - 400 * t) * level + 0.37 * t;
  const grossMargin = turnover * 0.4;
  const costs = 300 * plan;
  const survey = lastSurvey(decisions, t);
  const segments = { nouveau: 50 + t, tresBon: 150 + 6 * plan - 2 * t, bon: 300 - 3 * t, futurNonClient: 150, inactif: 100 + 5 * t };
  return {
    tick: t,
    turnover,
    purchases: 900 - 10 * t,
    buyers: 700 - 8 * t,
    averageBasket: turnover / (900 - 10 * t),
    frequency: (900 - 10 * t) / active,
    relationshipLength: 60 - t,
    customersEver: 1500 + 10 * t,
    activeCustomers: active,
    acquired,
    acquiredByReferral: 0,
    lost,
    retentionRate: 1 - lost / (active + lost),
    churnRate: lost / (active + lost),
    satisfactionTrue: 0.7,
    satisfactionMeasured: survey
      ? { method: survey.action.instrument, sampleSize: survey.action.sampleSize, mean: 0.66 + 0.01 * survey.tick, marginOfError: 0.08, tick: survey.tick }
      : null,
    incidents: 0,
    complaints: 0,
    complaintsResolved: 0,
    complaintsResolvedFast: 0,
    stages: zeros(STAGES),
    ladder: zeros(LADDER),
    segments,
    rfSegments: zeros(RF_SEGMENTS),
    rfGrid: new Array<number>(25).fill(0),
    rfmLimits: { recencyTicks: [], frequency: [], monetary: [] },
    departuresByCause: zeros(DEPARTURE_CAUSES),
    satisfactionHistogram: new Array<number>(10).fill(0),
    costs,
    costsByType: {},
    acquisitionSpendByChannel: {},
    grossMargin,
    netMargin: grossMargin - costs - 1500,
    budgetLeft: (1500 + 200 * t) * level - (t === 2 ? 400 * plan : 0),
    programmes: [],
  };
}

/** A replayer that plays the fixed series instead of the engine (a new one per fingerprint: the no-action games are shared per replayer). */
export function gradingReplayer(): Replayer {
  return async ({ seed, ticks, decisions, customers }) => ({
    // the decisions by their ticks and kinds: a file's parsed log (defaults filled in) replays to the same hash
    stateHash: hashText(JSON.stringify([seed, ticks, customers ?? null, decisions.map((d) => [d.tick, d.actions.map((a) => a.type)])])),
    modelFingerprint: GRADING_MODEL,
    kpis: Array.from({ length: ticks }, (_, t) => gradingKpis(seed, decisions, t)),
    rejected: refusals(decisions, ticks),
  });
}

interface CaseSpec {
  seed?: number;
  ticks?: number;
  decisions?: DecisionsLog;
  /** the adjustment written in the file: the recomputed one ('recomputed'), another, or none */
  seedTargets?: 'recomputed' | ((adjustment: SeedAdjustment) => SeedAdjustment) | null;
  modelFingerprint?: string | null;
  tamper?: (file: ResultFile) => void;
}

const changedFigures = (f: ResultFile) => {
  // a few cents, a rate in its fourth decimal, one customer: shown with the decimals that tell them apart
  f.summary.cumulativeTurnover += 0.004;
  f.summary.retentionRate = (f.summary.retentionRate ?? 0) + 0.00001;
  f.summary.activeCustomers += 1;
};

/** The canonical cases, by name: what each is is said by the expected status the test checks. */
export const GRADING_CASES: Record<string, CaseSpec> = {
  honest: {},
  halfWay: { ticks: 5 },
  noAction: { decisions: [] },
  changedFigures: { tamper: changedFigures },
  claimedObjective: {
    tamper: (f) => {
      // a missed objective claimed met with its points, the total with them
      const missed = f.summary.objectives.find((o) => o.state === 'manque')!;
      missed.state = 'atteint';
      missed.pointsEarned = missed.pointsPossible;
      f.summary.objectivePoints += missed.pointsPossible;
    },
  },
  claimedTooEarly: {
    ticks: 5,
    tamper: (f) => {
      // met, claimed before its checkpoint
      const pending = f.summary.objectives.find((o) => o.state === 'enCours')!;
      pending.state = 'atteint';
    },
  },
  changedObjectiveValue: {
    tamper: (f) => {
      const first = f.summary.objectives[0];
      first.value = (first.value ?? 0) + 1;
    },
  },
  objectivesOff: {
    tamper: (f) => {
      // one objective left out of the claim, one that the scenario does not have added
      f.summary.objectives = [...f.summary.objectives.slice(1), { id: 'inconnu', state: 'atteint', value: 1, pointsEarned: 1, pointsPossible: 1 }];
    },
  },
  // a coupon the replay refuses: the class view counts it as not used (replayFigures.ts `refused`)
  refusedAction: { decisions: [...PLAN.slice(0, 2), { tick: 3, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.3, target: { limit: 40 } }] }, ...PLAN.slice(2)] },
  changedDecisions: {
    tamper: (f) => {
      f.decisions = f.decisions.filter((d) => d.tick !== 5);
    },
  },
  otherModel: { modelFingerprint: 'fedcba9876543210', tamper: changedFigures },
  noModelOlder: {
    modelFingerprint: null,
    tamper: (f) => {
      changedFigures(f);
      delete f.seedAdjustment;
    },
  },
  modelRemoved: { modelFingerprint: null, tamper: changedFigures },
  otherSeedAdjusted: { seed: OTHER_SEED, seedTargets: 'recomputed' },
  otherSeedNoAction: { seed: OTHER_SEED, decisions: [], seedTargets: 'recomputed' },
  otherSeedHalfWay: { seed: OTHER_SEED, ticks: 5, seedTargets: 'recomputed' },
  adjustmentForged: {
    seed: OTHER_SEED,
    seedTargets: (a) => ({ ...a, objectives: a.objectives.map((o) => ({ ...o, target: o.target - 5000 })) }),
  },
  adjustmentRemoved: {
    seed: OTHER_SEED,
    seedTargets: null,
    tamper: (f) => {
      f.seedAdjustment = true;
    },
  },
  adjustmentAndMarkerRemoved: { seed: OTHER_SEED, seedTargets: null },
  olderUnadjusted: { seed: OTHER_SEED, seedTargets: null, modelFingerprint: OLD_MODEL },
  invalid: {
    tamper: (f) => {
      f.summary.activeCustomers = -1;
    },
  },
};

/**
 * What of a verification the fingerprint keeps: no text (a wording is not a grading), every status, figure,
 * state and point, how many warnings, and the replay's own figures the class view keeps with it (`replayed`:
 * refused actions (which, not why: the reason is a text the class view shows), yearly retention rounded to 1e-12, a libm's
 * last bit being no grading).
 */
function outcomeOf(verification: Verification): unknown {
  if (verification.status === 'invalid') return { status: 'invalid' };
  const { file, replayed } = verification;
  const differences = verification.status === 'confirmed' ? [] : verification.differences;
  const wrong = wrongFigures(verification);
  const summary = file.summary as unknown as Record<string, number | null>;
  return {
    status: verification.status,
    differences: differences.map((d) => ({
      what: d.what,
      id: d.id ?? null,
      recorded: typeof d.recorded === 'string' ? '#text' : d.recorded,
      recomputed: typeof d.recomputed === 'string' ? '#text' : d.recomputed,
      claim: d.claim !== undefined,
    })),
    wrong: wrong.map((d) => d.what),
    points: replayedPoints(wrong, file.summary.objectivePoints, file.summary.objectiveMaxPoints) ?? null,
    shown: SUMMARY_KPIS.map((kpi) => {
      const value = summary[kpi];
      return value === null ? null : shownClaim(wrong, kpi, value, 'fr');
    }),
    flags: [adjustmentRemoved(file), unadjustedOlderFile(file), predatesModelFingerprint(file), modelAfterSeedAdjustment(file)],
    warnings: verification.warnings.length,
    replayed: replayed ? { yearlyRetention: replayed.yearlyRetention === null ? null : Math.round(replayed.yearlyRetention * 1e12) / 1e12, refused: replayed.refused?.map(({ tick, actionIndex }) => ({ tick, actionIndex })) ?? null, budgetStop: replayed.budgetStop ?? null } : null,
  };
}

/** Every metric valued after every period, with and without `everyTick`, for both comparators, met or not, its state at a checkpoint. */
function valuations(kpis: readonly TickKpis[]): unknown[] {
  const rows: unknown[] = [];
  for (const metric of objectiveMetric.options)
    for (const everyTick of [false, true])
      for (const comparator of ['>=', '<='] as const)
        for (let n = 1; n <= kpis.length; n++) {
          const base: Objective = { id: metric, label: label(metric), metric, comparator, target: 0, points: 1, segment: 'tresBon', ...(everyTick ? { everyTick } : {}) };
          const value = objectiveValue(base, kpis.slice(0, n), n);
          // a target just past the value, and the value itself: met or not by the comparison
          const objective = { ...base, target: value ?? 0, byTick: n };
          const status = evaluateObjective(GRADING_SCENARIO, objective, kpis);
          rows.push([value, objectiveMet(value, objective), objectiveMet(value, { comparator, target: (value ?? 0) + (comparator === '>=' ? 1e-9 : -1e-9) }), status.value, status.state, status.pointsEarned]);
        }
  return rows;
}

/** A claim and the replay's value, shown apart by more and more decimals: one money, rate and count figure, off by 1 down to 1e-9. */
function figurePairs(): unknown[] {
  const rows: unknown[] = [];
  for (const [kpi, value] of [['cumulativeNetMargin', 41234.5678], ['churnRate', 0.0123456], ['activeCustomers', 957], ['objectivePoints', 7]] as const)
    for (let k = 0; k <= 9; k++) rows.push(figurePair(kpi, value, value + 10 ** -k, 'fr'));
  return rows;
}

/**
 * The class view's check of a mission file's own mission (missionRows.ts missionRow), on every combination of what it
 * reads: the file's status, the mission's objective reached in the file's summary, the tools used and where they were
 * aimed, a programme the budget stopped in the replay (or not known), whether the file says its run played under
 * keepProgrammes, and whether the mission's rule has it; a failure too. Each case's [check, why].
 */
function missionChecks(): unknown[] {
  const rows: unknown[] = [];
  const coupon = (segment: 'bon' | 'tresBon'): Action => ({ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: [segment] } });
  for (const rule of [false, true]) {
    const check = { kind: 'objective', metric: 'cumulativeNetMargin', comparator: '>=', target: 0, requires: ['financier'], aim: { tool: 'financier', segments: ['bon'] }, ...(rule ? { keepProgrammes: true } : {}) };
    const mission = { id: 'marge', check } as unknown as Mission;
    for (const status of ['confirmed', 'refuted'] as const)
      for (const outcome of ['reussie', 'echouee'] as const)
        for (const reached of [false, true])
          for (const decisions of [[], [{ tick: 0, actions: [coupon('bon')] }], [{ tick: 0, actions: [coupon('tresBon')] }]] as DecisionsLog[])
            for (const budgetStop of [undefined, null, { id: '0:0', tick: 1 }])
              for (const flag of [false, true]) {
                const file = {
                  scenario: { id: 'empreinte-mission-2' },
                  missions: { shop: 'empreinte', total: 2, current: 2, attempted: [{ number: 2, id: 'marge', title: label('Marge'), outcome, ...(flag ? { keepProgrammes: true } : {}) }] },
                  summary: { objectives: [{ id: 'marge', state: reached ? 'atteint' : 'manque', pointsEarned: reached ? 3 : 0, pointsPossible: 3 }] },
                  decisions,
                } as unknown as ResultFile;
                const row = missionRow(file, status, { budgetStop, missionOf: (shop, id) => (shop === 'empreinte' && id === 'marge' ? mission : undefined) });
                rows.push(row?.attempted.map((m) => [m.check, m.why]) ?? null);
              }
  }
  return rows;
}

/**
 * The shipped missions' rules the class view's mission check applies (missionRows.ts): a mission's kind, the tools it asks
 * for and where, and whether it keeps its programmes. A mission's rule is grading, not the model (scenarios/missions/*.json,
 * GRADING_RULES 3: missions 4 to 6 keep their programmes; 4: mission 3 measures after the complaint policy; 6: mission 5
 * keeps its personalisation through its set-up); its target is
 * not read there (the file's replayed summary is).
 */
async function shippedMissionRules(): Promise<unknown[]> {
  return (await loadShippedMissionPaths()).map((path) => [
    path.scenario,
    path.missions.map((m) =>
      m.check.kind === 'objective'
        ? [m.id, m.check.kind, m.check.requires, m.check.aim ?? null, m.check.keepProgrammes === true, m.check.measuredAfter ?? null, m.check.keepRunning ?? null]
        : [m.id, m.check.kind],
    ),
  ]);
}

/**
 * The class view's check of a mission that measures after a tool (ObjectiveCheck.measuredAfter, GRADING_RULES 4): the last
 * questionnaire in the policy's period, before it, after it, a later one, a refused one, a refused policy, the policy
 * waived by the class link; whether the file says its run played under the rule, and whether the mission has it; a success
 * and a failure. Each case's [check, why].
 */
function measuredAfterChecks(): unknown[] {
  const rows: unknown[] = [];
  const policy: Action = { type: 'politiqueReclamations', level: 'rapide' };
  const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 };
  const shopper: Action = { type: 'enquete', instrument: 'clientMystere', sampleSize: 30 };
  // measured: the period of the last questionnaire the engine measured, as the replay gives it (missionRows.ts questionnaireTick)
  const cases: { decisions: DecisionsLog; measured: number | null; refused?: { tick: number; actionIndex: number }[]; lock?: string[] }[] = [
    { decisions: [{ tick: 0, actions: [policy, survey] }], measured: 0 },
    { decisions: [{ tick: 0, actions: [survey] }, { tick: 1, actions: [policy] }], measured: 0 },
    { decisions: [{ tick: 0, actions: [policy] }, { tick: 1, actions: [survey] }], measured: 1 },
    { decisions: [{ tick: 0, actions: [policy, survey] }, { tick: 2, actions: [survey] }], measured: 2 },
    { decisions: [{ tick: 0, actions: [policy, survey] }, { tick: 1, actions: [survey] }], measured: 0, refused: [{ tick: 1, actionIndex: 0 }] },
    { decisions: [{ tick: 0, actions: [policy] }, { tick: 1, actions: [policy, survey] }], measured: 1, refused: [{ tick: 0, actionIndex: 0 }] },
    { decisions: [{ tick: 0, actions: [policy, survey] }, { tick: 1, actions: [shopper] }], measured: 0 },
    { decisions: [{ tick: 0, actions: [policy, survey] }], measured: 0, lock: ['politiqueReclamations'] },
    // a questionnaire then a mystery shopper in the same period: the engine keeps the shopper's measurement, the figure is the
    // earlier questionnaire's (review19 m1)
    { decisions: [{ tick: 0, actions: [policy, survey] }, { tick: 1, actions: [survey, shopper] }], measured: 0 },
    // a later questionnaire without a respondent: no measurement, the figure is the earlier one's
    { decisions: [{ tick: 0, actions: [policy, survey] }, { tick: 1, actions: [survey] }], measured: 0 },
    // the only questionnaire without a respondent: nothing measured, not « too early » (the figure is not measured, notReached)
    { decisions: [{ tick: 0, actions: [policy] }, { tick: 1, actions: [survey] }], measured: null },
  ];
  for (const rule of [false, true]) {
    const check = {
      kind: 'objective',
      metric: 'measuredSatisfaction',
      comparator: '>=',
      target: 0.5,
      requires: ['politiqueReclamations', 'enquete'],
      ...(rule ? { measuredAfter: 'politiqueReclamations' } : {}),
    };
    const mission = { id: 'ecoute', check } as unknown as Mission;
    for (const { decisions, measured, refused, lock } of cases)
      for (const known of [false, true])
      for (const flag of [false, true])
      // a failure too: the replay finds it measured too early (replayFailed, GRADING_RULES 6)
      for (const outcome of ['reussie', 'echouee'] as const) {
        const file = {
          scenario: { id: 'empreinte-mission-3' },
          missions: { shop: 'empreinte', total: 3, current: 3, attempted: [{ number: 3, id: 'ecoute', title: label('Écoute'), outcome, ...(flag ? { measuredAfter: true } : {}) }] },
          summary: { objectives: [{ id: 'ecoute', state: 'atteint', pointsEarned: 1, pointsPossible: 1 }] },
          decisions,
          ...(lock ? { lock } : {}),
        } as unknown as ResultFile;
        const row = missionRow(file, 'confirmed', { budgetStop: null, refused: refused ?? [], ...(known ? { questionnaireTick: measured } : {}), missionOf: (shop, id) => (shop === 'empreinte' && id === 'ecoute' ? mission : undefined) });
        rows.push(row?.attempted.map((m) => [m.check, m.why]) ?? null);
      }
  }
  return rows;
}

/**
 * The class view's check of a mission that keeps a tool's programme through its set-up (ObjectiveCheck.keepRunning,
 * GRADING_RULES 6) and, since GRADING_RULES 7, acting within the game, on what the replay found (KEEP_RUNNING_FOUND: not known,
 * none, the tool's programme stopped during its set-up, another tool's, launched too late, stopped then launched again too late,
 * a replay kept before notActed), the tool waived by the class link, which rules the file says its run played under (none,
 * rule 6's keepRunning, rule 7's keepRunningActs too) and whether the mission has the rule, a success and a failure (the figure
 * reached or not). Each case's [check, why].
 */
export const KEEP_RUNNING_FOUND = ['unknown', 'none', 'stopped', 'otherTool', 'late', 'stoppedThenLate', 'stoppedBefore7'] as const;
export const KEEP_RUNNING_FLAGS = ['none', 'rule6', 'rule7'] as const;
function keepRunningChecks(): unknown[] {
  const rows: unknown[] = [];
  const stop = (type: string) => ({ id: '1:0', type, startTick: 1, tick: 3, effectTick: 7 }) as SetupStop;
  const late = (type: string) => ({ id: '6:0', type, startTick: 6, tick: 8, effectTick: 10, late: true }) as SetupStop;
  const byCase: Record<(typeof KEEP_RUNNING_FOUND)[number], { setupStops?: SetupStop[]; notActed?: SetupStop[] }> = {
    unknown: {},
    none: { setupStops: [], notActed: [] },
    stopped: { setupStops: [stop('personnalisation')], notActed: [stop('personnalisation')] },
    otherTool: { setupStops: [stop('lienSocial')], notActed: [stop('lienSocial')] },
    // rule 6 counts a programme running at the end as kept: only rule 7 finds these (review21 m8)
    late: { setupStops: [], notActed: [late('personnalisation')] },
    stoppedThenLate: { setupStops: [], notActed: [stop('personnalisation')] },
    stoppedBefore7: { setupStops: [stop('personnalisation')] },
  };
  const known = KEEP_RUNNING_FOUND.map((c) => byCase[c]);
  const decisions: DecisionsLog = [
    { tick: 0, actions: [{ type: 'collecteDonnees', instrument: 'carteFidelite', target: { segments: ['tresBon'] } } as unknown as Action] },
    { tick: 1, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['tresBon'] } } as unknown as Action] },
  ];
  for (const rule of [false, true]) {
    const check = { kind: 'objective', metric: 'budgetLeft', comparator: '>=', target: 0, requires: ['personnalisation', 'collecteDonnees'], ...(rule ? { keepRunning: 'personnalisation' } : {}) };
    const mission = { id: 'perso', check } as unknown as Mission;
    for (const found of known)
      for (const lock of [[], ['personnalisation']])
        for (const flag of KEEP_RUNNING_FLAGS)
          for (const outcome of ['reussie', 'echouee'] as const)
            for (const reached of [false, true]) {
              const file = {
                scenario: { id: 'empreinte-mission-5' },
                missions: { shop: 'empreinte', total: 5, current: 5, attempted: [{ number: 5, id: 'perso', title: label('Perso'), outcome, ...(flag !== 'none' ? { keepRunning: true } : {}), ...(flag === 'rule7' ? { keepRunningActs: true } : {}) }] },
                summary: { objectives: [{ id: 'perso', state: reached ? 'atteint' : 'manque', pointsEarned: reached ? 1 : 0, pointsPossible: 1 }] },
                decisions,
                ...(lock.length > 0 ? { lock } : {}),
              } as unknown as ResultFile;
              const row = missionRow(file, 'confirmed', { budgetStop: null, ...found, missionOf: (shop, id) => (shop === 'empreinte' && id === 'perso' ? mission : undefined) });
              rows.push(row?.attempted.map((m) => [m.check, m.why]) ?? null);
            }
  }
  return rows;
}

/** The outcome of every canonical case (by name) and the valuations of the plan's series, as the fingerprint hashes them. */
export async function gradingOutcomes(): Promise<Record<string, unknown>> {
  const replay = gradingReplayer();
  const outcomes: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(GRADING_CASES)) {
    const seed = spec.seed ?? DEFAULT_SEED;
    const ticks = spec.ticks ?? TICKS;
    // the decisions of the periods played, as the file keeps them
    const decisions = (spec.decisions ?? PLAN).filter((d) => d.tick < ticks);
    const played = await replay({ scenario: GRADING_SCENARIO, seed, ticks, decisions });
    const recomputed = await replayedSeedAdjustment(replay, GRADING_SCENARIO, seed);
    const seedTargets = spec.seedTargets === 'recomputed' ? recomputed : typeof spec.seedTargets === 'function' && recomputed ? spec.seedTargets(recomputed) : null;
    const file = buildResultFile({
      learner: 'Camille Martin',
      scenario: GRADING_SCENARIO,
      seed,
      mode: 'committed',
      decisions,
      kpis: played.kpis,
      stateHash: played.stateHash,
      ...(spec.modelFingerprint === null ? {} : { modelFingerprint: spec.modelFingerprint ?? GRADING_MODEL }),
      seedTargets,
      appVersion: '0.1.0',
      createdAt: '2026-12-05T12:00:00.000Z',
    });
    spec.tamper?.(file);
    const verification = await verifyResult(file, replay, 'fr');
    const graded = evaluateGraded(withSeedTargets(GRADING_SCENARIO, recomputed), played.kpis);
    outcomes[name] = { verification: outcomeOf(verification), adjustment: recomputed, graded };
  }
  // the adjustment on other seeds: shifts with every kind of fraction (rounded to the euro, half up)
  outcomes.adjustments = await Promise.all([101, 103, 105, 109].map((seed) => replayedSeedAdjustment(replay, GRADING_SCENARIO, seed)));
  outcomes.figurePairs = figurePairs();
  outcomes.valuations = valuations((await replay({ scenario: GRADING_SCENARIO, seed: DEFAULT_SEED, ticks: TICKS, decisions: PLAN })).kpis);
  outcomes.missionChecks = missionChecks();
  outcomes.missionRules = await shippedMissionRules();
  outcomes.measuredAfterChecks = measuredAfterChecks();
  outcomes.keepRunningChecks = keepRunningChecks();
  return outcomes;
}

/** The objectives of `scenario` graded on `kpis`: value, state, points (the dashboard's progress is not grading). */
function evaluateGraded(scenario: Scenario, kpis: readonly TickKpis[]): unknown[] {
  return scenario.objectives.map((o) => {
    const s = evaluateObjective(scenario, o, kpis);
    return [s.id, s.value, s.target, s.checkTick, s.metNow, s.state, s.pointsEarned, s.pointsPossible];
  });
}

/** 16 hex digits: the outcomes of every canonical case hashed, ICU's no-break spaces (U+00A0, U+202F) made plain. */
export async function gradingFingerprint(): Promise<string> {
  return hashText(JSON.stringify(await gradingOutcomes()).replace(/[\u00a0\u202f]/g, ' '));
}
