/**
 * QA qa4 #8: the optician's learner ran a data collection on « Très bon client » (month 3: 267 of 444 accepted), then
 * launched a personalisation on that very target; the form, the programmes table and « Membres / groupe témoin » still said
 * « Pour le mesurer, lancez d’abord une collecte de données », as if the collection had been ignored. The advice now names
 * the collection already run (its period, how many accepted of how many contacted) and the honest next step; with none, the
 * old words. One function for the three places (app/collectionAdvice.ts).
 */
import { describe, expect, it } from 'vitest';
import { collectionsRun, consentAdvice, consentAdviceText, launchedAdvice, targetRelation, type CollectionRun } from '../../../src/app/collectionAdvice.ts';
import type { DecisionsLog, Target } from '../../../src/engine/decisions.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const veryGood: Target = { segments: ['tresBon'] };
const collect = (target: Target) => ({ type: 'collecteDonnees', instrument: 'carteFidelite', target }) as const;
const result = (contacted: number, accepted: number) => ({ instrument: 'carteFidelite', contacted, accepted, cost: contacted }) as const;

describe('the data collections a run made', () => {
  it('pairs each collection the engine ran with its result, skips a refused one, and guesses nothing when the counts differ', () => {
    const decisions: DecisionsLog = [
      { tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }, collect({}), collect(veryGood)] },
      { tick: 2, actions: [collect(veryGood), collect({})] },
      { tick: 4, actions: [collect(veryGood)] },
    ];
    const kpis = [
      { tick: 1, dataCollections: [result(2000, 1100), result(444, 267)] },
      // the second collection of tick 2 was refused (budget): the one result is the first's
      { tick: 2, dataCollections: [result(430, 100)] },
      // tick 4's KPIs without its result (a log and KPIs that do not go together)
      { tick: 4 },
    ];
    const runs = collectionsRun(decisions, kpis, [{ tick: 2, rejected: [{ actionIndex: 1, reason: 'budgetInsuffisant' }] }]);
    expect(runs).toEqual([
      { tick: 1, index: 1, target: {}, contacted: 2000, accepted: 1100 },
      { tick: 1, index: 2, target: veryGood, contacted: 444, accepted: 267 },
      { tick: 2, index: 0, target: veryGood, contacted: 430, accepted: 100 },
    ]);
  });

  it('compares targets by their criteria: the same ones (in any order), ones that take this target in, others', () => {
    expect(targetRelation(veryGood, { segments: ['tresBon'] })).toBe('same');
    expect(targetRelation({ segments: ['tresBon', 'bon'] }, { segments: ['bon', 'tresBon'] })).toBe('same');
    expect(targetRelation({}, veryGood)).toBe('wider');
    expect(targetRelation({ segments: ['tresBon', 'bon'] }, { segments: ['tresBon'], r: [4, 5] })).toBe('wider');
    expect(targetRelation({ r: [3, 5] }, { r: [4, 5], segments: ['bon'] })).toBe('wider');
    expect(targetRelation(veryGood, {})).toBe('other');
    expect(targetRelation({ segments: ['bon'] }, veryGood)).toBe('other');
    expect(targetRelation({ r: [4, 5] }, { r: [3, 5] })).toBe('other');
    // a limit keeps the first customers of the file, whoever they are: it takes in nobody for sure
    expect(targetRelation({ limit: 500 }, veryGood)).toBe('other');
    expect(targetRelation({ loyaltyCard: true }, { loyaltyCard: false })).toBe('other');
  });
});

const run = (tick: number, target: Target, contacted = 444, accepted = 267, index = 0): CollectionRun => ({ tick, index, target, contacted, accepted });

describe('what to advise when too few consented', () => {
  it('in the form: the latest collection on this target, else one that takes it in, else another; none: the old advice', () => {
    const now = { target: veryGood, tick: 3 };
    expect(consentAdvice([], now)).toEqual({ when: 'none' });
    expect(consentAdvice([run(2, veryGood)], now)).toEqual({ when: 'before', relation: 'same', tick: 2, contacted: 444, accepted: 267 });
    expect(consentAdvice([run(0, veryGood, 450, 200), run(1, {}, 2000, 900), run(2, { segments: ['bon'] })], now)).toMatchObject({ relation: 'same', tick: 0 });
    expect(consentAdvice([run(1, {}, 2000, 900), run(2, { segments: ['bon'] })], now)).toMatchObject({ relation: 'wider', tick: 1, accepted: 900 });
    expect(consentAdvice([run(2, { segments: ['bon'] })], now)).toMatchObject({ when: 'before', relation: 'other', tick: 2 });
  });

  it('for a launched programme: what ran before its launch (earlier in its own period too), or since on its target', () => {
    // launched at tick 3, the second decision of its period
    const launched = { target: veryGood, tick: 3, index: 1 };
    expect(consentAdvice([run(3, veryGood, 444, 267, 0)], launched)).toMatchObject({ when: 'before', relation: 'same', tick: 3 });
    expect(consentAdvice([run(3, veryGood, 444, 267, 2)], launched)).toMatchObject({ when: 'since', relation: 'same', tick: 3 });
    expect(consentAdvice([run(1, veryGood), run(5, {}, 2000, 900)], launched)).toMatchObject({ when: 'since', relation: 'wider', tick: 5 });
    // a later collection on other criteria says nothing about this target: the one before is named
    expect(consentAdvice([run(1, veryGood), run(5, { segments: ['bon'] })], launched)).toMatchObject({ when: 'before', relation: 'same', tick: 1 });
  });

  it('writes it: the collection, its period and result, the next step; the old words without one (fr, en)', () => {
    const same = consentAdvice([run(2, veryGood)], { target: veryGood, tick: 3 });
    expect(plain(consentAdviceText('fr', same, 'form', 'month'))).toBe(
      'Une collecte de données a déjà été faite sur cette cible (le mois 3 : acceptée par 267 des 444 clients contactés). Une nouvelle collecte en convaincrait d’autres : chacune ne convainc qu’une partie des clients qu’elle contacte. Ou choisissez un outil en magasin.',
    );
    expect(plain(consentAdviceText('fr', same, 'formOnline', 'month'))).toContain('Ou choisissez un outil qui ne passe ni par l’e-mail ni par le SMS.');
    expect(consentAdviceText('en', same, 'form', 'week')).toBe(
      'A data collection was already run on this target (week 3: accepted by 267 of the 444 customers contacted). Another collection would convince more of them: each one convinces only part of the customers it contacts. Or choose an in-store tool.',
    );
    for (const place of ['form', 'formOnline', 'charts', 'dashboard'] as const) {
      expect(plain(consentAdviceText('fr', same, place, 'month'))).not.toContain('lancez d’abord');
      expect(plain(consentAdviceText('fr', { when: 'none' }, place, 'month'))).toContain('Pour le mesurer, lancez d’abord une collecte de données');
      expect(consentAdviceText('en', { when: 'none' }, place, 'month')).toContain('To measure it, first run a data collection');
    }
    const before = consentAdvice([run(2, veryGood)], { target: veryGood, tick: 3, index: 0 });
    expect(plain(consentAdviceText('fr', before, 'dashboard', 'month'))).toBe(
      'Une collecte de données avait déjà été faite sur cette cible (le mois 3 : acceptée par 267 des 444 clients contactés). Pour le mesurer, une nouvelle collecte en convaincrait d’autres (chacune ne convainc qu’une partie des clients qu’elle contacte), puis un nouveau programme.',
    );
    const since = consentAdvice([run(5, {}, 2000, 900)], { target: veryGood, tick: 3, index: 0 });
    expect(plain(consentAdviceText('fr', since, 'charts', 'month'))).toContain('Depuis, une collecte de données a été faite sur une cible qui comprend celle-ci (le mois 6 : acceptée par 900 des 2 000 clients contactés)');
    const other = consentAdvice([run(2, { segments: ['bon'] })], { target: veryGood, tick: 3 });
    expect(plain(consentAdviceText('fr', other, 'form', 'week'))).toContain('Une collecte de données a déjà été faite (la semaine 3), mais sur une autre cible');
  });

  it('nobody in the target consented (the blocking line): the collection run and the next step, or collect first (fr, en; QA qa7)', () => {
    const same = consentAdvice([run(2, veryGood)], { target: veryGood, tick: 3 });
    expect(plain(consentAdviceText('fr', same, 'nobody', 'month'))).toBe(
      'Une collecte de données a déjà été faite sur cette cible (le mois 3 : acceptée par 267 des 444 clients contactés). Une nouvelle collecte en convaincrait d’autres : chacune ne convainc qu’une partie des clients qu’elle contacte. Les clients qui acceptent pourront être inscrits le mois suivant. Ou choisissez un outil en magasin.',
    );
    expect(consentAdviceText('en', same, 'nobodyOnline', 'week')).toBe(
      'A data collection was already run on this target (week 3: accepted by 267 of the 444 customers contacted). Another collection would convince more of them: each one convinces only part of the customers it contacts. The customers who accept can be enrolled next week. Or choose a tool that sends no e-mail or SMS.',
    );
    expect(plain(consentAdviceText('fr', { when: 'none' }, 'nobody', 'month'))).toBe(
      'Lancez d’abord une collecte de données (décision « Collecte de données » : carte de fidélité, jeu-concours, personnel) ; les clients qui acceptent pourront être inscrits le mois suivant. Ou choisissez un outil en magasin.',
    );
    expect(consentAdviceText('en', { when: 'none' }, 'nobody', 'month')).toMatch(/^First run a data collection .* can be enrolled next month\. Or choose an in-store tool\.$/);
    // a weekly shop: the week, « la semaine suivante » (feminine)
    expect(plain(consentAdviceText('fr', { when: 'none' }, 'nobodyOnline', 'week'))).toContain('pourront être inscrits la semaine suivante. Ou choisissez');
  });

  it('a launched programme is found from its id in the log; without the log, the old advice', () => {
    const decisions: DecisionsLog = [
      { tick: 1, actions: [collect(veryGood)] },
      { tick: 2, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: veryGood }] },
    ];
    const history = { decisions, runs: [run(1, veryGood)] };
    expect(launchedAdvice(history, '2:0')).toMatchObject({ when: 'before', relation: 'same', tick: 1 });
    expect(launchedAdvice(history, '7:0')).toEqual({ when: 'none' });
    expect(launchedAdvice(undefined, '2:0')).toEqual({ when: 'none' });
  });
});
