/**
 * A data collection queued this period runs before a personalisation queued after it (engine actions.ts: a period's
 * decisions in their order) and records the consent of those who accept: the reminder then enrols and charges them. The
 * strategy form counted only who consented before (QA qa32optician M1: « 63 clients inscrits », « environ 894 € sur 6 mois »,
 * while the engine enrolled 155 and charged 1 066 € in 2 months). Its enrolment is now a range from who consents now to
 * everyone the collection asks, and its cost the range's top: what the engine does lies within, in a weekly and a monthly shop.
 */
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { enrolment } from '../../../src/app/enrolment.ts';
import { strategyCost } from '../../../src/app/costEstimate.ts';
import type { Action, Target } from '../../../src/engine/decisions.ts';
import { enrolmentLines } from '../../../src/ui/decisions/enrolmentLines.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { shippedScenarioList } from './testServices.ts';

const scenarios = shippedScenarioList();

describe('a personalisation after a data collection queued the same period', () => {
  it.each(['boulangerie-du-marche', 'optique-lumiere'])('%s: the form’s range holds what the engine enrols and charges', async (id) => {
    const scenario = scenarios.find((s) => s.id === id)!;
    const target: Target = { segments: ['tresBon'] };
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('a', scenario, scenario.defaultSeed);
    const { count, spend } = await engine.selectTarget('a', target, 0, true, [target]);
    const e = enrolment(count, spend.active, 'relancePersonnalisee', spend.withoutConsent, spend.asked);
    expect(spend.withoutConsent).toBeGreaterThan(0);
    expect(e.asked).toBe(spend.withoutConsent);
    const choice = { strategy: 'personnalisation' as const, instrument: 'relancePersonnalisee' as const, discountRate: 0.1, durationTicks: null };
    const upper = strategyCost(choice, count, scenario.tickUnit, undefined, spend, 1);
    const lower = strategyCost(choice, count, scenario.tickUnit, undefined, { ...spend, asked: undefined, askedCurves: undefined }, 1);

    const collect: Action = { type: 'collecteDonnees', instrument: 'carteFidelite', target };
    const remind: Action = { type: 'personnalisation', instrument: 'relancePersonnalisee', target };
    const { report } = await engine.step('a', [collect, remind]);
    expect(report.rejected).toEqual([]);
    const prog = report.kpis.programmes[0];
    expect(prog.targeted).toBeGreaterThan(e.enrolled);
    expect(prog.targeted).toBeLessThanOrEqual(e.upTo);
    expect(prog.costToDate).toBeGreaterThan(lower.setup + lower.perTick);
    expect(prog.costToDate).toBeLessThanOrEqual(upper.setup + upper.perTick + 0.01);

    // the form says the range, not « Une collecte de données peut recueillir ce consentement »
    const keys = enrolmentLines(e).map((l) => l.key);
    expect(keys).toContain('decisions.strategy.enrolledRange');
    expect(keys).toContain('decisions.strategy.enrolNoConsentAsked');
    expect(keys).not.toContain('decisions.strategy.enrolNoConsent');
  });

  it('nobody consents yet but the queued collection asks them: not blocked, the engine will enrol those who accept', () => {
    const e = enrolment(120, 120, 'relancePersonnalisee', 120, 120);
    expect(e).toMatchObject({ enrolled: 0, upTo: 120 });
    expect(enrolmentLines(e).some((l) => l.blocking)).toBe(false);
    expect(enrolmentLines(enrolment(120, 120, 'relancePersonnalisee', 120)).some((l) => l.blocking)).toBe(true);
  });

  it('without a queued collection nothing changes', async () => {
    const scenario = scenarios.find((s) => s.id === 'optique-lumiere')!;
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('a', scenario, scenario.defaultSeed);
    const { count, spend } = await engine.selectTarget('a', { segments: ['tresBon'] }, 0, true);
    expect(spend.asked).toBeUndefined();
    const e = enrolment(count, spend.active, 'relancePersonnalisee', spend.withoutConsent, spend.asked);
    expect(e.upTo).toBe(e.enrolled);
    expect(enrolmentLines(e).map((l) => l.key)).toContain('decisions.strategy.enrolNoConsent');
  });
});
