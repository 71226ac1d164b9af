/**
 * The model's fingerprint (src/engine/modelFingerprint.ts): its fixed simulations (weekly, then monthly) are
 * valid scenarios played with valid decisions that the engine accepts, the weekly one uses every kind of
 * action, the monthly one a price rise felt by buyers and the four strategies, and its value is pinned. When the pin fails, the model changed: result files made before no longer
 * verify, so write the new value here and the change in src/engine/README.md (« Empreinte du
 * modèle »); a refactoring must leave it as it is.
 */
import { describe, expect, it } from 'vitest';
import { actionSchema, tickDecisionsSchema } from '../../../src/engine/decisions.ts';
import { hashState, modelFingerprint, runSimulation } from '../../../src/engine/index.ts';
import {
  FINGERPRINT_DECISIONS,
  FINGERPRINT_MONTHLY_DECISIONS,
  FINGERPRINT_MONTHLY_SCENARIO,
  FINGERPRINT_SCENARIO,
  FINGERPRINT_SEED,
  fingerprintRuns,
} from '../../../src/engine/modelFingerprint.ts';
import { hashText } from '../../../src/engine/hash.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';

const MODEL_FINGERPRINT = 'd721a79ca5e7907a';
/** the two runs' state hashes (before 05/12/2026's model audit F11/F16 revision: 948020e7d78e4fa4 and 38f4b8e197cab62e) */
const FINGERPRINT_RUNS = { weekly: '8c71bcdc625f17da', monthly: '36e5b60201935395' };

describe('model fingerprint', () => {
  it('plays a valid scenario with valid decisions', () => {
    expect(scenarioSchema.parse(FINGERPRINT_SCENARIO)).toEqual(FINGERPRINT_SCENARIO);
    expect(scenarioSchema.parse(FINGERPRINT_MONTHLY_SCENARIO)).toEqual(FINGERPRINT_MONTHLY_SCENARIO);
    for (const d of [...FINGERPRINT_DECISIONS, ...FINGERPRINT_MONTHLY_DECISIONS]) expect(tickDecisionsSchema.parse(d)).toEqual(d);
  });

  it('plays the shop by the month too: a price rise felt by buyers, the four strategies charged by the month', () => {
    expect(FINGERPRINT_MONTHLY_SCENARIO.tickUnit).toBe('month');
    const { state, reports } = runSimulation(FINGERPRINT_MONTHLY_SCENARIO, { seed: FINGERPRINT_SEED, ticks: FINGERPRINT_MONTHLY_SCENARIO.durationTicks, decisions: FINGERPRINT_MONTHLY_DECISIONS });
    expect(state.weeksPerTick).toBeGreaterThan(4);
    expect(reports.flatMap((r) => r.rejected)).toEqual([]);
    expect(FINGERPRINT_MONTHLY_SCENARIO.events.some((e) => e.kind === 'hausseDesPrix')).toBe(true);
    const kpis = reports.map((r) => r.kpis);
    // a buyer left over a price above his reference (churn.ts): the price shock is in the fingerprint
    expect(kpis.some((k) => k.departuresByCause.prix > 0)).toBe(true);
    const last = kpis.at(-1)!.programmes;
    expect(last.map((p) => p.type).sort()).toEqual(['customisation', 'financier', 'lienSocial', 'personnalisation']);
    expect(last.every((p) => p.endTick === undefined && p.costThisTick > 0)).toBe(true);
    expect(last.find((p) => p.type === 'financier')!.imitated).toBeDefined();
  });

  it('uses every kind of action, and the engine refuses none', () => {
    const kinds = actionSchema.def.options.map((o) => o.def.shape.type.def.values[0]);
    const used = new Set(FINGERPRINT_DECISIONS.flatMap((d) => d.actions.map((a) => a.type)));
    expect([...used].sort()).toEqual([...kinds].sort());
    const { reports } = runSimulation(FINGERPRINT_SCENARIO, { seed: FINGERPRINT_SEED, ticks: FINGERPRINT_SCENARIO.durationTicks, decisions: FINGERPRINT_DECISIONS });
    expect(reports.flatMap((r) => r.rejected)).toEqual([]);
    // the mechanics it is meant to cover happen in it
    const kpis = reports.map((r) => r.kpis);
    expect(kpis.some((k) => k.complaints > 0)).toBe(true);
    expect(kpis.some((k) => k.acquired > 0)).toBe(true);
    expect(kpis.some((k) => k.satisfactionMeasured !== null)).toBe(true);
    expect(kpis.some((k) => k.lost > 0)).toBe(true);
    // dormant customers lost after a prolonged silence (cause inactivite): the rule changes the fingerprint
    expect(kpis.some((k) => k.departuresByCause.inactivite > 0)).toBe(true);
    // a programme large enough for a control group (groupe témoin), whose effect is measured
    expect(kpis.at(-1)!.programmes.some((p) => p.controlGroup > 0 && p.incrementalMarginToDate !== null)).toBe(true);
    // a limit counts only customers not lost (model audit F16): the collection on « 80 au plus » contacts 80
    expect(kpis[0].dataCollections?.[0].contacted).toBe(80);
    // the competitor closes (week 12) before imitating the points card launched at week 8 (week 14): no imitation (model audit F11)
    expect(FINGERPRINT_SCENARIO.competitors[0].events.some((e) => e.kind === 'fermeture' && e.tick > 8 && e.tick < 8 + FINGERPRINT_SCENARIO.competitors[0].imitationDelayTicks)).toBe(true);
    expect(kpis.at(-1)!.programmes.find((p) => p.id === '8:0')!.imitated).toBeUndefined();
  });

  it('is the hash of that simulation, the same on every call, and pinned', () => {
    const { state } = runSimulation(FINGERPRINT_SCENARIO, { seed: FINGERPRINT_SEED, ticks: FINGERPRINT_SCENARIO.durationTicks, decisions: FINGERPRINT_DECISIONS });
    const { state: monthly } = runSimulation(FINGERPRINT_MONTHLY_SCENARIO, { seed: FINGERPRINT_SEED, ticks: FINGERPRINT_MONTHLY_SCENARIO.durationTicks, decisions: FINGERPRINT_MONTHLY_DECISIONS });
    expect(fingerprintRuns()).toEqual({ weekly: hashState(state), monthly: hashState(monthly) });
    expect(modelFingerprint()).toBe(hashText(hashState(state) + hashState(monthly)));
    expect(modelFingerprint()).toBe(modelFingerprint());
    expect(modelFingerprint(), 'the model changed: see the header of this test').toBe(MODEL_FINGERPRINT);
    expect(fingerprintRuns()).toEqual(FINGERPRINT_RUNS);
  });
});
