/**
 * A change that only a monthly shop shows changes the model fingerprint (src/engine/modelFingerprint.ts): here
 * a month of 4 weeks instead of 52/12, which leaves every weekly run as it is. Before 05/12/2026 the fingerprint
 * ran a weekly shop only, and the monthly step's fixes (model audit F1, F8) would have left it unchanged.
 */
import { describe, expect, it, vi } from 'vitest';

const fingerprintModule = () => import('../../../src/engine/modelFingerprint.ts');

describe('model fingerprint and the monthly step', () => {
  it('changes with a rule only a monthly shop uses, its weekly run unchanged', async () => {
    const engine = await fingerprintModule();
    const runs = engine.fingerprintRuns();
    const fingerprint = engine.modelFingerprint();
    vi.resetModules();
    vi.doMock(import('../../../src/engine/params.ts'), async (original) => ({ ...(await original()), WEEKS_PER_MONTH: 4 }));
    const changed = await fingerprintModule();
    expect(changed.fingerprintRuns().weekly).toBe(runs.weekly);
    expect(changed.fingerprintRuns().monthly).not.toBe(runs.monthly);
    expect(changed.modelFingerprint()).not.toBe(fingerprint);
  });
});
