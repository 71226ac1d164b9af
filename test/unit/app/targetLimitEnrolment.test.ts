/**
 * The decisions form's enrolment preview (engineHandler selectTarget, app/enrolment.ts) says what the engine will
 * enrol for a target with a limit: « 120 au plus » counts customers not lost, the lost among them shown apart
 * (« dont N perdus », as without a limit) and the programme enrols the 120 (model audit F16: before, the lost filled
 * the limit and were left out). The same for the win-back target « inactifs, 300 au plus », whose segment holds lost
 * and present customers (review1 R1: it enrolled about 110 of 300).
 */
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { enrolment } from '../../../src/app/enrolment.ts';
import type { Action, Target } from '../../../src/engine/decisions.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { shippedScenarioList } from './testServices.ts';

const cosmetics = shippedScenarioList().find((s) => s.id === 'cosmetiques-en-ligne')!;
const scenario = { ...cosmetics, customers: { ...cosmetics.customers, initial: 1500, prospectPool: 1500 } };

describe('a limited target in the enrolment preview', () => {
  async function enrolled(target: Target, limit: number) {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('a', scenario, 42);
    const { count, spend } = await engine.selectTarget('a', target, 0);
    const preview = enrolment(count, spend.active, 'club', spend.withoutConsent);
    expect(preview.targeted - preview.lost).toBe(limit);
    expect(preview.enrolled + preview.control).toBe(limit);
    const club: Action = { type: 'lienSocial', instrument: 'club', target };
    const { report } = await engine.step('a', [club]);
    const prog = report.kpis.programmes[0];
    expect(prog.targeted + prog.controlGroup).toBe(limit);
    expect(prog.controlGroup).toBe(preview.control);
    return preview;
  }

  it('shows and enrols as many customers as the limit, the lost before them shown apart', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('a', scenario, 42);
    const everyone = await engine.selectTarget('a', {}, 0);
    // the lost come first by index (the initial base): counted, they would fill the limit
    expect(everyone.count - everyone.spend.active).toBeGreaterThan(100);
    const preview = await enrolled({ limit: 120 }, 120);
    expect(preview.lost).toBeGreaterThan(0);
  });

  it('« inactifs, 300 au plus » enrols 300 customers still there, the lost among them shown apart', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('a', scenario, 42);
    const inactive = await engine.selectTarget('a', { segments: ['inactif'] }, 0);
    expect(inactive.spend.active).toBeGreaterThan(300);
    const preview = await enrolled({ segments: ['inactif'], limit: 300 }, 300);
    expect(preview.lost).toBeGreaterThan(0);
  });
});
