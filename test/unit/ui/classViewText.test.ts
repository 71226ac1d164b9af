/**
 * The class view's logic taken out of its markup (classViewText.ts): the table's sort, the
 * references in game order, a row's texts (actions used and refused, locked tools, identical results, points
 * as replayed, contradicted figures named) and the import's (files left out, what a clear does).
 */
import { describe, expect, it } from 'vitest';
import {
  actionList,
  actionsText,
  clearMessage,
  duplicateList,
  gameIndexOf,
  gameLine,
  lockedUsedText,
  namedWrongLines,
  nextSort,
  pointsReplayedText,
  referenceSummary,
  refusedText,
  rowScenarioName,
  sameResultText,
  shortFileName,
  distinctFileName,
  tableFileName,
  SHORT_FILE_NAME,
  sameTeamGameText,
  shownReferences,
  tableColumns,
} from '../../../src/ui/class/classViewText.ts';
import type { ClassGame, ClassRow } from '../../../src/results/classComparison.ts';
import type { NoActionReference } from '../../../src/results/noActionReference.ts';
import type { ActionCounts } from '../../../src/results/strategyCounts.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { classRow } from '../../fixtures/classRow.ts';
import { classTexts, plain } from '../../fixtures/classTexts.ts';

const en = classTexts('en');
const fr = classTexts('fr');

const noActions: ActionCounts = {
  financier: 0,
  lienSocial: 0,
  personnalisation: 0,
  customisation: 0,
  collecteDonnees: 0,
  enquete: 0,
  politiqueReclamations: 0,
  acquisition: 0,
  arreterProgramme: 0,
};

function game(key: string, index: number): ClassGame {
  return { key, index, scenarioName: { fr: 'S' }, scenarioFingerprint: 'aaaa', seed: 1, mode: 'committed', files: 1 };
}
function reference(gameKey: string, netMargin = 500): NoActionReference {
  return { gameKey, ticks: 12, points: 1, maxPoints: 4, turnover: 5000, grossMargin: 2000, netMargin, activeCustomers: 100, retention: 0.5 };
}
function inGame(row: ClassRow, key: string, index: number, activeCustomers = 120): ClassRow {
  return { ...row, game: { key, index }, activeCustomers };
}

describe('the table’s sort', () => {
  it('turns the same column round, starts words A→Z and figures from the best', () => {
    expect(nextSort({ column: 'rank', direction: 'ascending' }, 'rank')).toEqual({ column: 'rank', direction: 'descending' });
    expect(nextSort({ column: 'rank', direction: 'descending' }, 'rank')).toEqual({ column: 'rank', direction: 'ascending' });
    for (const column of ['learner', 'scenario', 'status'] as const)
      expect(nextSort({ column: 'points', direction: 'descending' }, column)).toEqual({ column, direction: 'ascending' });
    for (const column of ['points', 'turnover', 'netMargin', 'retention', 'strategiesUsed', 'gap', 'actions'] as const)
      expect(nextSort({ column: 'rank', direction: 'ascending' }, column)).toEqual({ column, direction: 'descending' });
  });

  it('sorts by every column (QA verify 2, N9), the difference from doing nothing after the name on the projector', () => {
    const ids = (gapFirst: boolean) => tableColumns(gapFirst).map((c) => c.id);
    expect(ids(false)).toEqual(['rank', 'learner', 'scenario', 'status', 'points', 'turnover', 'netMargin', 'retention', 'strategiesUsed', 'gap', 'actions']);
    // the projector shows only what the class reads from the back of the room (QA teacher 6: 1 525 px in a 984 px box at 1024 x 768)
    expect(ids(true)).toEqual(['rank', 'learner', 'gap', 'points', 'netMargin']);
    expect(tableColumns(true).find((c) => c.id === 'gap')!.label).toBe('classView.reference.column');
  });
});

describe('the « sans action » references', () => {
  const games = [game('a', 0), game('b', 1)];
  it('shows only the games present, in game order', () => {
    const shown = shownReferences([reference('b'), reference('gone'), reference('a')], games);
    expect(shown.map((r) => r.gameKey)).toEqual(['a', 'b']);
    expect(gameIndexOf(games, reference('b'))).toBe(1);
    expect(gameIndexOf(games, reference('gone'))).toBe(0);
  });
  it('describes each game of a class with several: its letter, scenario, files, fingerprint, seed and mode', () => {
    const b = { ...game('b', 1), scenarioName: { fr: 'La boulangerie', en: 'The bakery' }, scenarioFingerprint: '1a2b3c4d5e6f', seed: 7, files: 2 };
    expect(gameLine(en, b)).toBe('Game B: The bakery — 2 files, fingerprint 1a2b3c4d; seed 7, committed mode');
    expect(plain(gameLine(fr, { ...b, files: 1 }))).toBe('Partie B : La boulangerie — 1 fichier, empreinte 1a2b3c4d ; graine 7, mode engagé');
  });
  // the game named after a comma, not in a second pair of brackets after « (même graine) » (QA qa11 F10)
  it('says how many compared students did better than doing nothing, naming the game when there are several, and where it would rank', () => {
    const rows = [inGame(classRow('Ana', 1, 3), 'b', 1), inGame(classRow('Bob', 2, 1), 'b', 1), inGame(classRow('Cy', 1, 9), 'a', 0)];
    // Ana 300 and Bob 100 € of net margin against 200: one of two did better; doing nothing (1 point, 200 €) ranks between them
    expect(referenceSummary(en, rows, games, reference('b', 200))).toBe(
      'Cumulative net margin with no action (same seed), game B: €200. 1 of 2 students did better. In the ranking (points, then net margin), no action would rank 2. The student ranked above it did better than no action.',
    );
    expect(referenceSummary(en, rows.slice(0, 2), [games[1]!], reference('b', 50))).toBe(
      'Cumulative net margin with no action (same seed): €50. 2 of 2 students did better. In the ranking (points, then net margin), no action would rank 3. Both students ranked above it did better than no action.',
    );
    expect(plain(referenceSummary(fr, rows, games, reference('b', 200)))).toBe(
      'Marge nette cumulée sans action (même graine), partie B : 200 €. 1 élève sur 2 a fait mieux. Au classement (points, puis marge nette), sans action serait au rang 2. L’élève classé devant lui a fait mieux que sans action.',
    );
  });
});

describe('the « sans action » summary of a game of one learner (QA qa11 F10)', () => {
  const games = [game('a', 0)];
  it('names the learner, not « 0 élève sur 1 a fait mieux », fr and en', () => {
    // Ana: 3 points, 300 € of net margin
    const rows = [inGame(classRow('Ana', 1, 3), 'a', 0)];
    expect(plain(referenceSummary(fr, rows, games, reference('a', 500)))).toBe(
      'Marge nette cumulée sans action (même graine) : 500 €. Ana n’a pas fait mieux. Au classement (points, puis marge nette), sans action serait au rang 2. L’élève classé devant lui a pourtant perdu de l’argent par rapport à sans action.',
    );
    expect(referenceSummary(en, rows, games, reference('a', 200))).toMatch(/^Cumulative net margin with no action \(same seed\): €200\. Ana did better\. In the ranking/);
    expect(referenceSummary(en, rows, games, reference('a', 500))).toMatch(/^Cumulative net margin with no action \(same seed\): €500\. Ana did not do better\. /);
    // a file without a learner's name: its file's
    expect(plain(referenceSummary(fr, [{ ...rows[0], learner: '' }], games, reference('a', 200)))).toMatch(/^Marge nette cumulée sans action \(même graine\) : 200 €\. Ana\.json a fait mieux\. /);
    // beside an unfinished game, the finished one is the one compared
    const unfinished = { ...inGame(classRow('Bob', null, 1), 'a', 0), key: 'Bob', ticks: 6 };
    expect(plain(referenceSummary(fr, [...rows, unfinished], games, reference('a', 200)))).toMatch(/ : 200 €\. Ana a fait mieux\. /);
  });

  it('says the margin alone while no learner is compared (a game only handed in unfinished)', () => {
    const unfinished = { ...inGame(classRow('Bob', null, 1), 'a', 0), ticks: 6 };
    expect(plain(referenceSummary(fr, [unfinished], games, reference('a', 200)))).toBe('Marge nette cumulée sans action (même graine) : 200 €.');
    expect(referenceSummary(en, [unfinished], games, reference('a', 200))).toBe('Cumulative net margin with no action (same seed): €200.');
  });
});

describe('a row’s texts', () => {
  it('lists the actions the engine ran, « no action » for none, nothing without a replay', () => {
    const row = { ...classRow('Ana', 1, 2), actions: { ...noActions, lienSocial: 1, financier: 2 } };
    expect(actionsText(en, row)).toBe('Financial advantage × 2, Social bonding × 1');
    expect(actionsText(en, { ...row, actions: noActions })).toBe('no action');
    expect(actionsText(en, { ...row, actions: null })).toBe('');
    expect(actionList(en, noActions)).toBe('');
  });
  it('names the complaint policies by level: two levels are two decisions (QA12 F9), a row without levels as before', () => {
    const row = { ...classRow('Ana', 1, 2), actions: { ...noActions, enquete: 1, politiqueReclamations: 3 }, policyLevels: { accepted: { rapide: 2, standard: 1 }, refused: {} } };
    expect(actionsText(en, row)).toBe('Satisfaction survey × 1, Complaint policy (Standard) × 1, Complaint policy (Fast) × 2');
    expect(actionsText(en, { ...row, policyLevels: undefined })).toBe('Satisfaction survey × 1, Complaint policy × 3');
    expect(refusedText(en, { ...row, refusedActions: { ...noActions, politiqueReclamations: 1 }, policyLevels: { accepted: {}, refused: { excellente: 1 } } })).toBe(
      'refused by the simulation, never applied: Complaint policy (Excellent) × 1',
    );
  });
  it('lists refused actions as refused, or nothing', () => {
    const row = classRow('Ana', 1, 2);
    expect(refusedText(en, { ...row, refusedActions: { ...noActions, acquisition: 1 } })).toBe('refused by the simulation, never applied: Recruitment × 1');
    expect(refusedText(en, { ...row, refusedActions: noActions })).toBe('');
    expect(refusedText(en, row)).toBe('');
  });
  it('warns of locked tools used, or says nothing', () => {
    expect(lockedUsedText(en, { lockedUsed: ['financier', 'enquete'] })).toBe(
      'Warning: tool locked by the class link used: Financial advantage, Satisfaction survey',
    );
    expect(lockedUsedText(en, { lockedUsed: [] })).toBe('');
    expect(lockedUsedText(en, {})).toBe('');
  });
  it('names the learners of the files with the same result, the file name alone when it has none', () => {
    const ana = { ...classRow('Ana', 1, 2), sameResultAs: ['Bob.json', 'anon.json'] };
    const rows = [ana, classRow('Bob', 1, 2), { ...classRow('anon', 1, 2), learner: '' }];
    expect(sameResultText(en, rows, ana)).toBe('Bob (Bob.json); anon.json');
  });
  it('names the files with the same result short when asked, each learner found by the whole name (QA qa19 F6: ten lines at 1280 px)', () => {
    const long = 'fidelis-resultat-bob-martin-boulangerie-du-marche-semaine-52.json';
    const ana = { ...classRow('Ana', 1, 2), sameResultAs: [long] };
    const rows = [ana, { ...classRow('Bob', 1, 2), fileName: long }];
    // Bob has one file: his name is enough (QA qa24 m3: the shortened end was the same for every student)
    expect(sameResultText(en, rows, ana, true)).toBe('Bob');
    expect(sameResultText(en, rows, ana)).toBe(`Bob (${long})`);
    // two files of Bob: each by the part of its name that tells them apart
    const other = 'fidelis-resultat-bob-martin-optique-lumiere-semaine-52.json';
    const twice = [ana, { ...classRow('Bob', 1, 2), fileName: long }, { ...classRow('Bob', 1, 2), key: 'b2', fileName: other }];
    expect(sameResultText(en, twice, ana, true)).toBe('Bob (…boulangerie-du-marche…)');
  });
  it('shortens a file name from where it parts from the same learner’s others, at a word, within the table’s length', () => {
    const base = 'fidelis-resultat-bob-martin-boulangerie-du-marche-semaine-52.json';
    // no other file, or the difference in the end kept anyway: as shortFileName
    expect(distinctFileName(base, [base])).toBe(shortFileName(base));
    expect(distinctFileName(base, [base.replace('52', '13')])).toBe(shortFileName(base));
    expect(distinctFileName('bob.json', ['bob-2.json'])).toBe('bob.json');
    // a difference at the start or in the middle
    expect(distinctFileName(`v2-${base}`, [base])).toBe('v2-fidelis-resultat-bob…');
    const middle = distinctFileName(base, [base.replace('boulangerie-du-marche', 'optique-lumiere')]);
    expect(middle.startsWith('…boulangerie-')).toBe(true);
    for (const short of [middle, distinctFileName(`v2-${base}`, [base])]) expect([...short].length).toBeLessThanOrEqual(SHORT_FILE_NAME);
  });
  it('shows files renamed alike by the part where they differ, not by the same end (QA qa31lesson n1)', () => {
    const names = ['lea-martin', 'yanis-benali', 'chloe-dubois'].map((n, i) => `s${'ABC'[i]}-fidelis-resultat-${n}-fromagerie-des-halles-semaine-26.json`);
    const rows = ['Léa Martin', 'Yanis Benali', 'Chloé Dubois'].map((learner, i) => ({ ...classRow(learner, i + 1, 2), fileName: names[i] }));
    const shown = rows.map((row) => tableFileName(rows, row.learner)(row.fileName));
    // each its own, within the table's length: « …es-halles-semaine-26.json » three times told the teacher nothing
    expect(new Set(shown).size).toBe(3);
    expect(shown[0]).toBe('sA-fidelis-resultat-lea…');
    for (const short of shown) expect([...short].length).toBeLessThanOrEqual(SHORT_FILE_NAME);
    // a file whose end is its own keeps it
    const own = [...rows, { ...classRow('Zoé', 4, 2), fileName: 'devoir-final-de-zoe-martin-semaine-26-v2.json' }];
    expect(tableFileName(own, 'Zoé')('devoir-final-de-zoe-martin-semaine-26-v2.json')).toBe(shortFileName('devoir-final-de-zoe-martin-semaine-26-v2.json'));
  });
  it('names the teammates of the files with the same game apart from the files with the same result (QA qa11 F7)', () => {
    const tom = { ...classRow('Tom', 1, 2), key: 't', sameTeamGameAs: ['Anaïs.json'], sameTeamGameKeys: ['a'], sameResultAs: ['Zoé.json'], sameResultKeys: ['z'] };
    const rows = [{ ...classRow('Anaïs', 1, 2), key: 'a' }, tom, { ...classRow('Zoé', 1, 2), key: 'z' }];
    expect(sameTeamGameText(en, rows, tom)).toBe('Anaïs (Anaïs.json)');
    expect(sameResultText(en, rows, tom)).toBe('Zoé (Zoé.json)');
    expect(sameTeamGameText(en, rows, rows[2])).toBe('');
  });
  it('gives the points as replayed only when the file’s are contradicted', () => {
    const row = classRow('Ana', 1, 2);
    expect(pointsReplayedText(en, row)).toBeUndefined();
    const wrong = { ...row, wrongFigures: [{ what: 'objectivePoints' as const, recorded: 2, recomputed: 1, text: '' }] };
    expect(pointsReplayedText(en, wrong)).toBe('1 / 4');
  });
  it('names the scenario in the language shown, nothing for a file without one', () => {
    expect(rowScenarioName('en', { scenarioName: { fr: 'La boulangerie', en: 'The bakery' } })).toBe('The bakery');
    expect(rowScenarioName('fr', { scenarioName: { fr: 'La boulangerie', en: 'The bakery' } })).toBe('La boulangerie');
    expect(rowScenarioName('en', { scenarioName: null })).toBe('');
  });
  it('names three contradicted figures and counts the rest', () => {
    const line = (n: number) => ({ what: `w${n}`, recorded: '1', recomputed: '2' });
    expect(namedWrongLines([1, 2].map(line))).toEqual({ named: [line(1), line(2)], more: 0 });
    const five = namedWrongLines([1, 2, 3, 4, 5].map(line));
    expect(five.named.map((l) => l.what)).toEqual(['w1', 'w2', 'w3']);
    expect(five.more).toBe(2);
  });
});

describe('the import’s texts', () => {
  it('lists the files left out, with the one kept when its name differs', () => {
    expect(
      duplicateList(en, [
        { fileName: 'a.json', sameAs: 'a.json' },
        { fileName: 'b.json', sameAs: 'c.json' },
      ]),
    ).toBe('a.json; b.json (same as c.json)');
  });
  it('says what a clear does: the default class stays, empty, a named one leaves the list', () => {
    expect(clearMessage(en, 0, 'TD1', 'TD1')).toBe(translate('en', 'classView.confirmClear.emptyMessage', { name: 'TD1' }));
    expect(clearMessage(en, 2, 'TD1', 'TD1')).toMatch(/^The 2 imported files .* The class “TD1” will also leave the “Class” list\.$/);
    expect(clearMessage(en, 1, '', 'My class')).toMatch(/^The imported file .* “My class” stays in the “Class” list, empty\.$/);
  });
});
