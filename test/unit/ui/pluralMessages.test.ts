/**
 * Counted messages read with a real plural instead of « (s) » (QA C1): each `…One` / `…Other` pair
 * exists in both languages and translateCount picks it (French: 0 and 1 singular; English: only 1).
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, type Locale } from '../../../src/i18n/translate.ts';
import { translateCount, type PluralBase } from '../../../src/i18n/plural.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const say = (locale: Locale, base: PluralBase, n: number, name = 'n') => translateCount(locale, base, n, { [name]: n });
/** « période » in the shop's unit (decisions.tickWords, QA qa31phoneEn m1) */
const words = (locale: Locale, unit: 'week' | 'month') => messagesOf(locale).decisions.tickWords[unit];

describe('plural messages', () => {
  it('decisions: pending decisions and the periods the budget pays', () => {
    // the time bar's line, in the shop's unit (no « pour cette période » beside « Avancer d’une semaine »)
    expect(translateCount('fr', 'decisions.advance.pending', 0, { ...words('fr', 'week'), n: 0 })).toBe('0 décision en attente pour cette semaine');
    expect(translateCount('fr', 'decisions.advance.pending', 2, { ...words('fr', 'month'), n: 2 })).toBe('2 décisions en attente pour ce mois');
    expect(translateCount('en', 'decisions.advance.pending', 0, { ...words('en', 'week'), n: 0 })).toBe('0 decisions waiting for this week');
    expect(translateCount('en', 'decisions.advance.pending', 1, { ...words('en', 'month'), n: 1 })).toBe('1 decision waiting for this month');
    expect(translateCount('fr', 'decisions.strategy.runwayPaid', 3, { ...words('fr', 'week'), n: 3 })).toMatch(/^Payé environ 3 semaines avec .* prévues pour cette semaine, puis/);
    expect(translateCount('fr', 'decisions.strategy.runwayPaid', 1, { ...words('fr', 'month'), n: 1 })).toMatch(/^Payé environ 1 mois avec .* prévues pour ce mois, puis/);
    expect(translateCount('en', 'decisions.strategy.runwayPaid', 2, { ...words('en', 'month'), n: 2 })).toMatch(/^Paid for about 2 months with .* queued this month, then/);
  });

  it('dashboard: points of an objective and the age of the last survey', () => {
    expect(say('fr', 'dashboard.objectives.points', 2, 'points')).toBe('2\u00a0points');
    expect(say('fr', 'dashboard.objectives.points', 1, 'points')).toBe('1\u00a0point');
    // in the shop's unit, as the header says it (QA qa31robust: « il y a 12 périodes » under « Semaine 14 / 52 »)
    expect(say('fr', 'dashboard.satisfaction.old.week', 12, 'ago')).toBe('Dernière mesure il y a 12 semaines.');
    expect(say('fr', 'dashboard.satisfaction.old.month', 1, 'ago')).toBe('Dernière mesure il y a 1 mois.');
    expect(say('en', 'dashboard.satisfaction.old.week', 1, 'ago')).toBe('Last measured 1 week ago.');
    expect(say('en', 'dashboard.satisfaction.old.month', 3, 'ago')).toBe('Last measured 3 months ago.');
  });

  it('glossary: the number of cards found', () => {
    expect(say('fr', 'glossary.resultCount', 40, 'count')).toBe('40 fiches');
    expect(say('en', 'glossary.resultCount', 1, 'count')).toBe('1 card');
  });
});

describe('plural messages of the Bilan', () => {
  it('score, game in progress and the duration of an action', () => {
    expect(translateCount('fr', 'debrief.objectives.score', 1, { earned: 1, possible: 4 })).toBe(frenchText`Points gagnés : 1 sur 4`);
    expect(translateCount('fr', 'debrief.objectives.score', 3, { earned: 3, possible: 4 })).toBe(frenchText`Points gagnés : 3 sur 4`);
    expect(translateCount('fr', 'debrief.inProgress', 5, { ...words('fr', 'week'), n: 5, total: 52 })).toBe(frenchText`Partie en cours : bilan après 5 semaines sur 52.`);
    expect(translateCount('en', 'debrief.timeline.duration', 1, { ...words('en', 'week'), n: 1 })).toBe('for 1 week');
    expect(translateCount('fr', 'debrief.timeline.duration', 4, { ...words('fr', 'month'), n: 4 })).toBe('pendant 4 mois');
    expect(translateCount('fr', 'debrief.timeline.duration', 1, { ...words('fr', 'week'), n: 1 })).toBe('pendant 1 semaine');
  });
});

describe('plural messages of decisions and what-if', () => {
  it('complaint handling cost and the periods a timeline played', () => {
    expect(translateCount('fr', 'decisions.complaints.lastCost', 1, { period: 'de la semaine 4', cost: '10 €', n: 1 })).toBe(frenchText`Traitement des réclamations de la semaine 4 : 10 € pour 1 réclamation, payés sur le budget.`);
    // in the shop's unit, as the time bar (QA qa30enTablet m2)
    expect(say('fr', 'whatif.timelines.ticks.week', 12)).toBe('12 semaines jouées');
    expect(say('fr', 'whatif.timelines.ticks.month', 1)).toBe('1 mois joué');
    expect(say('fr', 'whatif.timelines.ticks.month', 2)).toBe('2 mois joués');
    expect(say('en', 'whatif.timelines.ticks.week', 1)).toBe('1 week played');
    expect(say('en', 'whatif.timelines.ticks.month', 48)).toBe('48 months played');
  });
});

describe('plural messages of the class view (no « (s) »)', () => {
  it('verification progress, summary and the files found again', () => {
    expect(translateCount('fr', 'classView.progress', 1, { total: 3 })).toBe('1 fichier vérifié sur 3');
    expect(translateCount('fr', 'classView.progress', 2, { total: 3 })).toBe('2 fichiers vérifiés sur 3');
    expect(translateCount('en', 'classView.progress', 0, { total: 3 })).toBe('0 files verified out of 3');
    expect(['confirmed', 'refuted', 'invalid'].map((k) => translateCount('fr', `classView.doneCount.${k}` as PluralBase, k === 'confirmed' ? 2 : 1))).toEqual(['2 confirmés', '1 réfuté', '1 invalide']);
    expect(translateCount('fr', 'classView.keep.restored', 0)).toBe('0 fichier retrouvé depuis votre dernière visite.');
    expect(translateCount('en', 'classView.keep.skipped', 1)).toBe('1 damaged class record was ignored.');
    expect(translateCount('en', 'classView.keep.skipped', 3)).toBe('3 damaged class records were ignored.');
    expect(translateCount('fr', 'classView.wrongMore', 1)).toBe(frenchText`et 1 autre chiffre faux : voir Détails`);
    expect(translateCount('en', 'classView.scenarioLine', 2, { name: 'Boulangerie', fingerprint: 'ab12cd34' })).toBe('Boulangerie — 2 files, fingerprint ab12cd34');
  });
});

describe('plural messages of the scenario editor (no « (s) »)', () => {
  it('errors to fix, and the purchase rate by the figure shown (French: below 2 is singular)', () => {
    expect(translateCount('fr', 'editor.errorSummary', 1)).toBe(frenchText`1 erreur à corriger :`);
    expect(translateCount('en', 'editor.errorSummary', 2)).toBe('2 errors to fix:');
    expect(translateCount('fr', 'editor.mine.draft', 3)).toBe('brouillon, 3\u00a0points à régler avant de jouer');
    expect(translateCount('en', 'editor.mine.draft', 1)).toBe('draft, 1 thing to fix before playing');
    expect(translateCount('fr', 'editor.hint.purchaseRate', 1.5, { ...words('fr', 'week'), rate: '1,5' })).toBe('En moyenne 1,5 achat par client et par semaine (r / alpha).');
    expect(translateCount('fr', 'editor.hint.purchaseRate', 2.4, { ...words('fr', 'month'), rate: '2,4' })).toBe('En moyenne 2,4 achats par client et par mois (r / alpha).');
    expect(translateCount('en', 'editor.hint.purchaseRate', 0.8, { ...words('en', 'week'), rate: '0.8' })).toBe('On average 0.8 purchases per customer per week (r / alpha).');
  });
});

describe('plural messages of the analytics screen (no « (s) »)', () => {
  it('lines skipped, a failed import and the errors not detailed', () => {
    expect(translateCount('fr', 'analytics.skipped', 1)).toBe(frenchText`1 ligne en erreur ignorée :`);
    expect(translateCount('fr', 'analytics.skipped', 12)).toBe(frenchText`12 lignes en erreur ignorées :`);
    expect(translateCount('en', 'analytics.importFailed', 1)).toBe('Import cancelled, nothing was imported (1 error):');
    expect(translateCount('fr', 'analytics.moreErrors', 2)).toBe('… et 2 autres erreurs.');
    expect(translateCount('en', 'analytics.score.r', 0.35, { rate: '0.35' })).toMatch(/= 0\.35 purchases a week\)$/);
  });
});

describe('plural messages of the scoring lab (no « (s) »)', () => {
  it('customers targeted, strategies locked and the leavers a random target would catch (an average: its figure as shown)', () => {
    const scored = (locale: Locale, n: number) => translateCount(locale, 'scoringLab.target.scoredCount', n);
    expect(translateCount('fr', 'scoringLab.target.count', 1, { ...words('fr', 'week'), scored: scored('fr', 300) })).toBe('1 client ciblé sur 300 notés cette semaine.');
    expect(translateCount('fr', 'scoringLab.target.count', 1, { ...words('fr', 'month'), scored: scored('fr', 1) })).toBe('1 client ciblé sur 1 noté ce mois.');
    expect(translateCount('en', 'scoringLab.target.count', 50, { ...words('en', 'week'), scored: scored('en', 300) })).toBe('50 customers targeted out of 300 scored this week.');
    expect(translateCount('fr', 'scoringLab.target.countNew', 1, { ...words('fr', 'week'), scored: scored('fr', 300) })).toBe('1 client ciblé sur 300 notés cette semaine (ce que viserait une nouvelle prédiction).');
    expect(translateCount('fr', 'scoringLab.campaign.locked', 2, { strategies: 'Avantage financier, Lien social' })).toBe(frenchText`Verrouillées par l’enseignant ou la mission : Avantage financier, Lien social.`);
    expect(translateCount('fr', 'scoringLab.result.random', 1.4, { customers: translateCount('fr', 'scoringLab.result.customerCount', 50), hits: '1,4' })).toBe('Une cible tirée au hasard de 50 clients aurait attrapé en moyenne 1,4 partant.');
    expect(translateCount('en', 'scoringLab.result.random', 1.4, { customers: translateCount('en', 'scoringLab.result.customerCount', 1), hits: '1.4' })).toBe('A random target of 1 customer would have caught 1.4 leavers on average.');
  });
});

describe('plural messages of the scenario file checks (no « (s) »)', () => {
  it('errors in a file and the length of a list', () => {
    expect(translateCount('fr', 'scenario.error.summaryErrors', 1, { file: 'a.json' })).toBe(frenchText`1 erreur dans le fichier a.json :`);
    expect(translateCount('en', 'scenario.error.summaryErrors', 3, { file: 'a.json' })).toBe('3 errors in file a.json:');
    expect(translateCount('fr', 'scenario.error.listMax', 4, { max: 4, count: 6 })).toBe(frenchText`la liste doit contenir au plus 4 éléments (reçu : 6)`);
  });
});

describe('plural messages of the strategies a learner could use (issue #4: « 1 sur 1 autorisées »)', () => {
  it('agrees with the strategies allowed', () => {
    expect(translateCount('fr', 'classView.strategiesOf', 1, { count: 1, max: 1 })).toBe('1 sur 1 autorisée');
    expect(translateCount('fr', 'classView.strategiesOf', 4, { count: 1, max: 4 })).toBe('1 sur 4 autorisées');
    expect(translateCount('en', 'classView.strategiesOf', 1, { count: 0, max: 1 })).toBe('0 of 1 allowed');
  });
});

describe('plural messages of the decisions screen (issue #4: « 1 clients »)', () => {
  it('the strategy form’s button and a running programme’s line agree with their number', () => {
    expect(translateCount('fr', 'decisions.strategy.apply', 1, { n: 1 })).toBe('Appliquer à la cible (1 client)');
    expect(translateCount('fr', 'decisions.strategy.apply', 12, { n: 12 })).toBe('Appliquer à la cible (12 clients)');
    expect(translateCount('en', 'decisions.strategy.apply', 1, { n: 1 })).toBe('Apply to the target (1 customer)');
    expect(translateCount('fr', 'decisions.programmes.line', 1, { name: 'Club', targeted: 1, cost: '5 €' })).toBe('Club, 1 client, coût à ce jour 5 €');
    expect(translateCount('en', 'decisions.programmes.line', 40, { name: 'Club', targeted: 40, cost: '€5' })).toBe('Club, 40 customers, cost to date €5');
  });
});
