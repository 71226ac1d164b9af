/**
 * Counted messages read with a real plural instead of « (s) » (QA C1): each `…One` / `…Other` pair
 * exists in both languages and translateCount picks it (French: 0 and 1 singular; English: only 1).
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/translate.ts';
import { translateCount, type PluralBase } from '../../../src/i18n/plural.ts';

const say = (locale: Locale, base: PluralBase, n: number, name = 'n') => translateCount(locale, base, n, { [name]: n });

describe('plural messages', () => {
  it('decisions: pending decisions and the periods the budget pays', () => {
    expect(say('fr', 'decisions.advance.pending', 0)).toBe('0 décision en attente pour cette période');
    expect(say('fr', 'decisions.advance.pending', 2)).toBe('2 décisions en attente pour cette période');
    expect(say('en', 'decisions.advance.pending', 0)).toBe('0 decisions waiting for this period');
    expect(say('en', 'decisions.advance.pending', 1)).toBe('1 decision waiting for this period');
    expect(say('fr', 'decisions.strategy.runwayPaid', 3)).toMatch(/^Payé environ 3 périodes avec/);
    expect(say('fr', 'decisions.strategy.runwayPaid', 1)).toMatch(/^Payé environ 1 période avec/);
  });

  it('dashboard: points of an objective and the age of the last survey', () => {
    expect(say('fr', 'dashboard.objectives.points', 2, 'points')).toBe('2 points');
    expect(say('fr', 'dashboard.objectives.points', 1, 'points')).toBe('1 point');
    expect(say('fr', 'dashboard.satisfaction.old', 12, 'ago')).toBe('Dernière mesure il y a 12 périodes.');
    expect(say('en', 'dashboard.satisfaction.old', 1, 'ago')).toBe('Last measured 1 period ago.');
  });

  it('glossary: the number of cards found', () => {
    expect(say('fr', 'glossary.resultCount', 40, 'count')).toBe('40 fiches');
    expect(say('en', 'glossary.resultCount', 1, 'count')).toBe('1 card');
  });
});

describe('plural messages of the Bilan', () => {
  it('score, game in progress and the duration of an action', () => {
    expect(translateCount('fr', 'debrief.objectives.score', 1, { earned: 1, possible: 4 })).toBe('Score : 1 point sur 4');
    expect(translateCount('fr', 'debrief.objectives.score', 3, { earned: 3, possible: 4 })).toBe('Score : 3 points sur 4');
    expect(translateCount('fr', 'debrief.inProgress', 5, { n: 5, total: 52 })).toBe('Partie en cours : bilan après 5 périodes sur 52.');
    expect(say('en', 'debrief.timeline.duration', 1)).toBe('for 1 period');
    expect(say('fr', 'debrief.timeline.duration', 4)).toBe('pendant 4 périodes');
  });
});

describe('plural messages of decisions and what-if', () => {
  it('complaint handling cost and the periods a timeline played', () => {
    expect(translateCount('fr', 'decisions.complaints.lastCost', 1, { period: 'Semaine 4', cost: '10 €', n: 1 })).toBe('Traitement des réclamations en Semaine 4 : 10 € pour 1 réclamation, payés sur le budget.');
    expect(say('fr', 'whatif.timelines.ticks', 12)).toBe('12 périodes jouées');
    expect(say('en', 'whatif.timelines.ticks', 1)).toBe('1 period played');
  });
});
