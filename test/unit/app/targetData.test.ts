/**
 * QA shops F8: the personalisation form never said how much the shop knew of its target, and the Bilan revealed « 0 of 307
 * had profile data … 0 % » after 52 weeks. The worker now sums the visible « données connues » (dataKnown) of the target's
 * customers still there, over all of them and over those who consented (a reminder by e-mail or SMS enrols only them).
 */
import { describe, expect, it } from 'vitest';
import { reachedData, targetData } from '../../../src/app/targetSpend.ts';
import { enrolment } from '../../../src/app/enrolment.ts';
import { VISIBLE_FIELDS } from '../../../src/engine/record.ts';
import { STAGES } from '../../../src/engine/vocabulary.ts';
import { createSimulation, selectTarget, visibleColumns } from '../../../src/engine/index.ts';
import { testScenario } from '../engine/fixtures.ts';

describe('what the shop knows of a target', () => {
  const columns = VISIBLE_FIELDS.map((k) => {
    const values: Record<string, number[]> = {
      stage: [STAGES.indexOf('actif'), STAGES.indexOf('actif'), STAGES.indexOf('nouveau'), STAGES.indexOf('perdu')],
      // 0 consented and known at 60 %, 1 did not consent and is known at 20 %, 2 consented and unknown, 3 lost (not counted)
      consent: [1, 0, 1, 1],
      dataKnown: [0.6, 0.2, 0, 0.9],
    };
    return Float64Array.from(values[k] ?? [0, 0, 0, 0]);
  });

  it('sums the data known of the customers still there, and of those who consented', () => {
    const data = targetData({ columns }, [0, 1, 2, 3]);
    expect(data.withData).toBe(2);
    expect(data.known).toBeCloseTo(0.8);
    expect(data.consentedWithData).toBe(1);
    expect(data.consentedKnown).toBeCloseTo(0.6);
  });

  it('reads it over who the instrument reaches: a reminder the consenting customers only, a personal shopper everyone', () => {
    const spend = { active: 3, withoutConsent: 1, data: targetData({ columns }, [0, 1, 2, 3]) };
    expect(reachedData(spend, 'relancePersonnalisee')).toEqual({ reached: 2, without: 1, mean: expect.closeTo(0.3) as number, exact: true });
    expect(reachedData(spend, 'personalShopper')).toEqual({ reached: 3, without: 1, mean: expect.closeTo(0.8 / 3) as number, exact: true });
    // not asked (an older answer), or nobody reached: nothing said
    expect(reachedData({ active: 3, withoutConsent: 1 }, 'personalShopper')).toBeNull();
    expect(reachedData({ ...spend, withoutConsent: 3 }, 'relancePersonnalisee')).toBeNull();
    expect(reachedData(null, 'personalShopper')).toBeNull();
  });

  it('leaves out the control group the programme holds out, as the enrolment lines do (QA qa23 F4)', () => {
    const none = { active: 574, withoutConsent: 0, data: { withData: 0, known: 0, consentedWithData: 0, consentedKnown: 0 } };
    expect(reachedData(none, 'personalShopper')).toEqual({ reached: 517, without: 517, mean: 0, exact: true });
    expect(reachedData(none, 'personalShopper')?.reached).toBe(enrolment(574, 574, 'personalShopper').enrolled);
    const all = { active: 574, withoutConsent: 0, data: { withData: 574, known: 287, consentedWithData: 574, consentedKnown: 287 } };
    expect(reachedData(all, 'personalShopper')).toEqual({ reached: 517, without: 0, mean: 0.5, exact: true });
    // a reminder: the 400 who consented, 40 held out; half of them without data, drawn at random: about 180 of the 360
    const half = { active: 574, withoutConsent: 174, data: { withData: 300, known: 100, consentedWithData: 200, consentedKnown: 80 } };
    expect(reachedData(half, 'relancePersonnalisee')).toEqual({ reached: 360, without: 180, mean: 0.2, exact: false });
    // never rounded to none or to all: 1 of 400 without data is still at least one of the 360
    const one = { active: 400, withoutConsent: 0, data: { withData: 399, known: 399, consentedWithData: 399, consentedKnown: 399 } };
    expect(reachedData(one, 'personalShopper')).toMatchObject({ reached: 360, without: 1, exact: false });
  });

  it('agrees with the engine’s own record of a real target (the Bilan’s « N sur M avaient des données »)', () => {
    const s = testScenario();
    const state = createSimulation(s, { seed: 3 });
    const ids = selectTarget(state, {});
    const data = targetData(visibleColumns(state), ids);
    let withData = 0;
    let known = 0;
    for (const i of ids) {
      if (state.customers.stage[i] === STAGES.indexOf('perdu')) continue;
      if (state.customers.dataKnown[i] > 0) withData++;
      known += state.customers.dataKnown[i];
    }
    // the customers still there (a fresh base holds former customers already lost)
    expect(withData).toBeGreaterThan(0);
    expect(data.withData).toBe(withData);
    expect(data.known).toBeCloseTo(known, 3);
  });
});
