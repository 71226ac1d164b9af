/**
 * The model's fingerprint (src/engine/modelFingerprint.ts): its fixed simulation is a valid
 * scenario played with valid decisions that the engine accepts, it uses every kind of action, and
 * its value is pinned. When the pin fails, the model changed: result files made before no longer
 * verify, so write the new value here and the change in src/engine/README.md (« Empreinte du
 * modèle »); a refactoring must leave it as it is.
 */
import { describe, expect, it } from 'vitest';
import { actionSchema, tickDecisionsSchema } from '../../../src/engine/decisions.ts';
import { hashState, modelFingerprint, runSimulation } from '../../../src/engine/index.ts';
import { FINGERPRINT_DECISIONS, FINGERPRINT_SCENARIO, FINGERPRINT_SEED } from '../../../src/engine/modelFingerprint.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';

const MODEL_FINGERPRINT = '948020e7d78e4fa4';

describe('model fingerprint', () => {
  it('plays a valid scenario with valid decisions', () => {
    expect(scenarioSchema.parse(FINGERPRINT_SCENARIO)).toEqual(FINGERPRINT_SCENARIO);
    for (const d of FINGERPRINT_DECISIONS) expect(tickDecisionsSchema.parse(d)).toEqual(d);
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
  });

  it('is the hash of that simulation, the same on every call, and pinned', () => {
    const { state } = runSimulation(FINGERPRINT_SCENARIO, { seed: FINGERPRINT_SEED, ticks: FINGERPRINT_SCENARIO.durationTicks, decisions: FINGERPRINT_DECISIONS });
    expect(modelFingerprint()).toBe(hashState(state));
    expect(modelFingerprint()).toBe(modelFingerprint());
    expect(modelFingerprint(), 'the model changed: see the header of this test').toBe(MODEL_FINGERPRINT);
  });
});
