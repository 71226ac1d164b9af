/**
 * The decisions form's enrolment preview (engineHandler selectTarget, app/enrolment.ts) says what the engine will
 * enrol for a target with a limit: « 120 au plus » counts customers not lost, so no lost customer is shown apart and
 * the programme enrols the 120 (model audit F16: before, the lost filled the limit, were shown « dont N perdus » and
 * left out). A target that asks for the lost (stage perdu) still shows them apart.
 */
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { enrolment } from '../../../src/app/enrolment.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { shippedScenarioList } from './testServices.ts';

const cosmetics = shippedScenarioList().find((s) => s.id === 'cosmetiques-en-ligne')!;
const scenario = { ...cosmetics, customers: { ...cosmetics.customers, initial: 1500, prospectPool: 1500 } };

describe('a limited target in the enrolment preview', () => {
  it('shows and enrols as many customers as the limit, none of them lost', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('a', scenario, 42);
    const everyone = await engine.selectTarget('a', {}, 0);
    // the lost come first by index (the initial base): without the rule they would fill the limit
    expect(everyone.count - everyone.spend.active).toBeGreaterThan(100);
    const limit = 120;
    const { count, spend } = await engine.selectTarget('a', { limit }, 0);
    const preview = enrolment(count, spend.active, 'club', spend.withoutConsent);
    expect(preview).toMatchObject({ targeted: limit, lost: 0 });
    expect(preview.enrolled + preview.control).toBe(limit);
    const club: Action = { type: 'lienSocial', instrument: 'club', target: { limit } };
    const { report } = await engine.step('a', [club]);
    const prog = report.kpis.programmes[0];
    expect(prog.targeted + prog.controlGroup).toBe(limit);
    expect(prog.controlGroup).toBe(preview.control);
  });

  it('shows the lost apart when the target asks for them', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('a', scenario, 42);
    const { count, spend } = await engine.selectTarget('a', { stages: ['perdu'], limit: 5 }, 0);
    expect(enrolment(count, spend.active, 'club')).toMatchObject({ targeted: 5, lost: 5, enrolled: 0 });
  });
});
