/** A kept verification is shown again only if this app version and engine model made it and the text still reads as a result file. */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { keepOutcome, restoreVerification, type Verifier } from '../../../src/results/storedVerification.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
function text(tamper = 0, modelFingerprint?: string): string {
  const { state, reports } = engine.runSimulation(scenario, { seed: 5, ticks: 4, decisions: [] });
  const file = buildResultFile({
    learner: 'Anna',
    scenario,
    seed: 5,
    mode: 'committed',
    decisions: [],
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
    ...(modelFingerprint ? { modelFingerprint } : {}),
  });
  file.summary.cumulativeTurnover += tamper;
  return exportResultFile(file).text;
}
const replay = engineReplayer(engine);
const now: Verifier = { appVersion: '1.2.3', model: 'aaaa0000bbbb1111' };

describe('kept verification', () => {
  it('restores a confirmed, a refuted and an other-model outcome of the same version and model as verified, with the file read again', async () => {
    const statuses: string[] = [];
    for (const t of [text(0), text(500), text(500, 'ffff0000ffff0000')]) {
      const verified = await verifyResult(t, replay);
      const kept = JSON.parse(JSON.stringify(keepOutcome(verified, now, '2026-11-30T10:00:00.000Z')));
      expect(kept).not.toHaveProperty('file');
      expect(kept.model).toBe(now.model);
      expect(restoreVerification(t, kept, now, 'fr')).toEqual(verified);
      statuses.push(verified.status);
    }
    expect(statuses).toEqual(['confirmed', 'refuted', 'otherModel']);
  });

  it('asks for a new verification when the version or the model differs or is unknown, no outcome is kept, or the text no longer reads', async () => {
    const t = text();
    const kept = keepOutcome(await verifyResult(t, replay), now, 'x');
    expect(restoreVerification(t, kept, { ...now, appVersion: '1.2.4' }, 'fr')).toBeNull();
    // same app version, another model (a model change without a version bump)
    expect(restoreVerification(t, kept, { ...now, model: 'cccc2222dddd3333' }, 'fr')).toBeNull();
    expect(restoreVerification(t, kept, { ...now, model: null }, 'fr')).toBeNull();
    // kept before the fingerprint existed
    expect(restoreVerification(t, { ...kept, model: undefined }, now, 'fr')).toBeNull();
    expect(restoreVerification(t, null, now, 'fr')).toBeNull();
    expect(restoreVerification('{"format":"autre"}', kept, now, 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, status: 'refuted', differences: [{ what: 'inconnu', recorded: 1, recomputed: 2, text: '?' }] }, now, 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, status: 'refuted', differences: [{ what: 'stateHash', recorded: { x: 1 }, recomputed: 'b', text: '?' }] }, now, 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, status: 'refuted', differences: [{ what: 'stateHash', recorded: 'a', recomputed: 'b', text: 'empreinte' }] }, now, 'fr')).toMatchObject({
      status: 'refuted',
      differences: [{ what: 'stateHash', recorded: 'a', recomputed: 'b', text: 'empreinte' }],
    });
  });

  it('keeps the reason of a file that could not be read, whatever the version (nothing to verify again)', () => {
    const kept = keepOutcome({ status: 'invalid', errors: ['trop volumineux'] }, now, 'x');
    const later: Verifier = { appVersion: '2.0.0', model: 'ffff' };
    expect(restoreVerification(null, kept, later, 'fr')).toEqual({ status: 'invalid', errors: ['trop volumineux'] });
    expect(restoreVerification('pas du json', kept, now, 'fr')).toEqual({ status: 'invalid', errors: ['trop volumineux'] });
    expect(restoreVerification('pas du json', kept, later, 'fr')).toBeNull();
  });
});
