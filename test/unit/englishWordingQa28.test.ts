/**
 * English wording of the English-UI QA pass (qa28en m2–m9, m13, m17): French turns kept in the English texts.
 * « Mission not succeeded », « 1 mission passed of 6 », « Situation at the end of: Week 14 », « this seed has 39 more
 * than the reference seed » (more what?), a refusal called « insufficient budget » in the warning and « not enough
 * budget » after « Advance », « E-mailing », « the dearest », « The student’s », « 1 - easy », « USB key ».
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { translate } from '../../src/i18n/translate.ts';
import { translateCount } from '../../src/i18n/plural.ts';

/** every string of a catalogue, with its key */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}
const all = strings(en);
const matching = (re: RegExp) => all.filter(([, text]) => re.test(text)).map(([key]) => key);

describe('English wording (qa28en)', () => {
  it('says a failed mission failed, and counts the missions passed as « 1 of 6 missions passed »', () => {
    expect(translate('en', 'missions.debrief.failure')).toBe('Mission failed.');
    expect(translateCount('en', 'missions.handIn.intro', 1, { passed: 1, total: 6 })).toContain('(1 of 6 missions passed)');
    expect(translateCount('en', 'missions.handIn.self.intro', 3, { passed: 3, total: 6 })).toContain('(3 of 6 missions passed)');
    expect(translate('en', 'classView.missions.passedNone', { total: 6 })).toBe('None of the 6 missions passed');
    expect(matching(/\bmissions? passed of\b|not succeeded|\(of them, \{\{/)).toEqual([]);
  });

  it('writes the period inside the sentence, without a French « label: value » colon', () => {
    expect(translate('en', 'dashboardResults.asOf', { period: 'Week 14', periodIn: 'week 14' })).toBe('Situation at the end of week 14');
    expect(translate('en', 'dashboard.objectives.checkAt', { period: 'week 52' })).toBe('Checked at the end of week 52');
    // the French had the same « Vérifié à la fin de : Semaine 52 »
    expect(translate('fr', 'dashboard.objectives.checkAt', { period: 'de la semaine 52' })).toBe('Vérifié à la fin de la semaine 52');
    expect(matching(/end of: \{\{/)).toEqual([]);
    expect(strings(fr).filter(([, text]) => /fin de\s?: \{\{/.test(text))).toEqual([]);
  });

  it('says what a seed gives more or less of, compared « with the reference seed »', () => {
    const why = en.dashboard.objectives.adjustedWhy;
    expect(why.countMore.replace('{{gap}}', '39')).toBe('with no action, the count is 39 higher on this seed than on the reference seed');
    expect(why.countLess.replace('{{gap}}', '10')).toBe('with no action, the count is 10 lower on this seed than on the reference seed');
    for (const text of Object.values(why)) expect(text).toMatch(/ than on the reference seed$/);
  });

  it('calls a budget refusal by one name, the one the refusal itself gives, without a parenthesis after « decision 2 (Acquisition) »', () => {
    const reason = translate('en', 'decisions.reason.budgetInsuffisant');
    expect(reason).toBe('not enough budget');
    expect(matching(/insufficient budget/)).toEqual([]);
    const decision = translate('en', 'decisions.budget.refusedDecision', { n: 2, type: 'Acquisition' });
    const warning = translate('en', 'decisions.budget.refusedOne', { decisions: decision, margin: 3, running: '€0', launched: '€0', left: '€10', need: '€20' });
    expect(warning).toContain(`refuse decision 2 (Acquisition), for “${reason}”.`);
    expect(warning).not.toMatch(/\) \(/);
  });

  it('uses English words: email campaign, most expensive, the student’s own choice, an en dash, a USB stick', () => {
    expect(en.vocabulary.acquisitionChannel.emailing).toBe('Email campaign');
    expect(matching(/e-mailing|dearest|USB key/i)).toEqual([]);
    expect(en.classLink.langDefault).toBe('Student’s own choice');
    expect(Object.values(en.editor.option.difficulty)).toEqual(['1 – easy', '2 – medium', '3 – hard']);
  });
});
