/**
 * Counted messages (src/i18n/plural.ts): translateCount and its reactive form tCount pick a
 * message's `…One` or `…Other` form by the language's plural rules and fill {{count}}.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { translateCount } from '../../src/i18n/plural.ts';
import { setLocale, tCount } from '../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../src/i18n/frenchSpacing.ts';

describe('translateCount', () => {
  it('French: 0 and 1 are singular, 2 is plural', () => {
    expect(translateCount('fr', 'decisions.advance.pending', 0, { n: 0, thisTick: 'cette semaine' })).toBe('0 décision en attente pour cette semaine');
    expect(translateCount('fr', 'decisions.advance.pending', 1, { n: 1, thisTick: 'cette semaine' })).toBe('1 décision en attente pour cette semaine');
    expect(translateCount('fr', 'decisions.advance.pending', 2, { n: 2, thisTick: 'cette semaine' })).toBe('2 décisions en attente pour cette semaine');
  });

  it('English: only 1 is singular', () => {
    expect(translateCount('en', 'decisions.advance.pending', 0, { n: 0, thisTick: 'this week' })).toBe('0 decisions waiting for this week');
    expect(translateCount('en', 'decisions.advance.pending', 1, { n: 1, thisTick: 'this week' })).toBe('1 decision waiting for this week');
    expect(translateCount('en', 'decisions.advance.pending', 2, { n: 2, thisTick: 'this week' })).toBe('2 decisions waiting for this week');
  });

  it('says a message’s …Zero form for 0, when it has one; its plural rules for the other counts (QA a11y qa8 F9)', () => {
    expect([0, 1, 2].map((n) => translateCount('fr', 'glossary.resultCount', n))).toEqual(['Aucune fiche', '1 fiche', '2 fiches']);
    expect([0, 1, 2].map((n) => translateCount('en', 'glossary.resultCount', n))).toEqual(['No cards', '1 card', '2 cards']);
  });

  it('says a message’s …Two form for 2, when it has one: « Both students », not « All 2 students » (QA qa16 F2)', () => {
    expect([1, 2, 3].map((n) => translateCount('en', 'classView.reference.aheadNoneWorse', n))).toEqual([
      'The student ranked above it did better than no action.',
      'Both students ranked above it did better than no action.',
      'All 3 students ranked above it did better than no action.',
    ]);
    expect(translateCount('en', 'classView.reference.aheadAllWorse', 2)).toBe('Both students ranked above it nevertheless lost money compared with no action.');
    expect(translateCount('fr', 'classView.reference.aheadNoneWorse', 2)).toBe('Les 2 élèves classés devant lui ont tous fait mieux que sans action.');
    // a message without one says 2 by its plural rules
    expect(translateCount('en', 'glossary.resultCount', 2)).toBe('2 cards');
  });

  it('fills the other placeholders, and a given count (written with separators) wins over the bare number', () => {
    expect(translateCount('fr', 'debrief.inProgress', 1, { tick: 'semaine', n: 1, total: 52 })).toBe(frenchText`Partie en cours : bilan après 1 semaine sur 52.`);
    expect(translateCount('fr', 'glossary.resultCount', 2088, { count: '2 088' })).toBe('2 088 fiches');
  });
});

describe('tCount', () => {
  afterEach(() => setLocale('fr'));

  it('speaks the current language', async () => {
    expect([0, 1, 2].map((n) => tCount('glossary.resultCount', n))).toEqual(['Aucune fiche', '1 fiche', '2 fiches']);
    await setLocale('en');
    expect([0, 1, 2].map((n) => tCount('glossary.resultCount', n))).toEqual(['No cards', '1 card', '2 cards']);
  });
});
