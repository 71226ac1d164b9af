/** A kept verification is shown again only if this app version made it and the text still reads as a result file. */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { keepOutcome, restoreVerification } from '../../../src/results/storedVerification.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
function text(tamper = 0): string {
  const { state, reports } = engine.runSimulation(scenario, { seed: 5, ticks: 4, decisions: [] });
  const file = buildResultFile({ learner: 'Anna', scenario, seed: 5, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  file.summary.cumulativeTurnover += tamper;
  return exportResultFile(file).text;
}
const replay = engineReplayer(engine);

describe('kept verification', () => {
  it('restores a confirmed and a refuted outcome of the same version as verified, with the file read again', async () => {
    for (const tamper of [0, 500]) {
      const t = text(tamper);
      const verified = await verifyResult(t, replay);
      const kept = JSON.parse(JSON.stringify(keepOutcome(verified, '1.2.3', '2026-11-30T10:00:00.000Z')));
      expect(kept).not.toHaveProperty('file');
      expect(restoreVerification(t, kept, '1.2.3', 'fr')).toEqual(verified);
    }
  });

  it('asks for a new verification when the version differs, no outcome is kept, or the text no longer reads', async () => {
    const t = text();
    const kept = keepOutcome(await verifyResult(t, replay), '1.2.3', 'x');
    expect(restoreVerification(t, kept, '1.2.4', 'fr')).toBeNull();
    expect(restoreVerification(t, null, '1.2.3', 'fr')).toBeNull();
    expect(restoreVerification('{"format":"autre"}', kept, '1.2.3', 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, status: 'refuted', differences: [{ what: 'inconnu', recorded: 1, recomputed: 2, text: '?' }] }, '1.2.3', 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, status: 'refuted', differences: [{ what: 'stateHash', recorded: { x: 1 }, recomputed: 'b', text: '?' }] }, '1.2.3', 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, status: 'refuted', differences: [{ what: 'stateHash', recorded: 'a', recomputed: 'b', text: 'empreinte' }] }, '1.2.3', 'fr')).toMatchObject({
      status: 'refuted',
      differences: [{ what: 'stateHash', recorded: 'a', recomputed: 'b', text: 'empreinte' }],
    });
  });

  it('keeps the reason of a file that could not be read, whatever the version (nothing to verify again)', () => {
    const kept = keepOutcome({ status: 'invalid', errors: ['trop volumineux'] }, '1.0.0', 'x');
    expect(restoreVerification(null, kept, '2.0.0', 'fr')).toEqual({ status: 'invalid', errors: ['trop volumineux'] });
    expect(restoreVerification('pas du json', kept, '1.0.0', 'fr')).toEqual({ status: 'invalid', errors: ['trop volumineux'] });
    expect(restoreVerification('pas du json', kept, '2.0.0', 'fr')).toBeNull();
  });
});
