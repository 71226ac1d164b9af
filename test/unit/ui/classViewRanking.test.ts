/**
 * The class view's texts of the ranking (classViewText.ts): where « sans action » would sit and how
 * many ranked ahead of it lost money against it, why a file is not ranked, the date that tells two
 * files of one name apart, the files that did not play the class's game. Both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  fileDate,
  fileDateText,
  sameResultText,
  offGameText,
  referencePlaceText,
  referenceRankText,
  referenceSummary,
  sameLearnerText,
  unrankedText,
} from '../../../src/ui/class/classViewText.ts';
import type { ClassGame, ClassRow } from '../../../src/results/classComparison.ts';
import type { NoActionReference } from '../../../src/results/noActionReference.ts';
import { classRow } from '../../fixtures/classRow.ts';
import { classTexts, plain } from '../../fixtures/classTexts.ts';

const en = classTexts('en');
const fr = classTexts('fr');

/** a ranked row of game `a` with `points` and a net margin of 100 € a point, `activeCustomers` for its gap */
const ranked = (learner: string, rank: number, points: number): ClassRow => ({
  ...classRow(learner, rank, points),
  game: { key: 'a', index: 0 },
  activeCustomers: 100,
});
const reference = (points: number, netMargin: number): NoActionReference => ({
  gameKey: 'a',
  ticks: 12,
  points,
  maxPoints: 4,
  turnover: 0,
  grossMargin: 0,
  netMargin,
  activeCustomers: 100,
  retention: null,
});
const game = (index: number, seed: number, mode: ClassGame['mode']): ClassGame => ({
  key: String(index),
  index,
  scenarioName: { fr: 'Boulangerie du Marché', en: 'Market bakery' },
  scenarioFingerprint: 'ffff',
  seed,
  mode,
  files: 1,
});

describe('« sans action » in the ranking', () => {
  // Ana 4 points (400 €), Bob 3 (300 €), Cy 1 (100 €); doing nothing: 2 points, 350 €
  const rows = [ranked('Ana', 1, 4), ranked('Bob', 2, 3), ranked('Cy', 3, 1)];
  it('says its rank and how many ranked ahead of it lost money against it', () => {
    expect(referenceRankText(en, rows, reference(2, 350))).toBe('would rank 3');
    expect(referencePlaceText(en, rows, reference(2, 350))).toBe(
      'In the ranking (points, then net margin), no action would rank 3. 1 of the 2 students ranked above it nevertheless lost money compared with no action.',
    );
    expect(plain(referencePlaceText(fr, rows, reference(2, 350)))).toBe(
      'Au classement (points, puis marge nette), sans action serait au rang 3. 1 des 2 élèves classés devant lui a pourtant perdu de l’argent par rapport à sans action.',
    );
    // all ahead lost money / none did / nobody ahead / a tie
    expect(referencePlaceText(en, rows, reference(2, 500))).toContain('Both students ranked above it nevertheless lost money');
    expect(referencePlaceText(en, rows, reference(2, 50))).toContain('Both students ranked above it did better than no action.');
    expect(referencePlaceText(en, rows, reference(9, 0))).toBe('In the ranking (points, then net margin), no action would rank 1.');
    expect(referenceRankText(fr, rows, reference(3, 300))).toBe('serait au rang 2 (à égalité)');
    expect(referencePlaceText(en, [], reference(2, 350))).toBe('');
  });
  it('is said after the summary, which counts students', () => {
    expect(
      referenceSummary(
        en,
        rows,
        [game(0, 1, 'committed')].map((g) => ({ ...g, key: 'a' })),
        reference(2, 350),
      ),
    ).toBe(
      'Cumulative net margin with no action (same seed): €350. 1 of 3 students did better. In the ranking (points, then net margin), no action would rank 3. 1 of the 2 students ranked above it nevertheless lost money compared with no action.',
    );
  });
});

describe('a file that is not ranked', () => {
  it('says why, in both languages', () => {
    expect(plain(unrankedText(fr, { unranked: 'variant' }))).toBe('variante « Et si… ? », non classée');
    expect(unrankedText(fr, { unranked: 'olderHandIn' })).toMatch(/^ancien rendu, non classé/);
    expect(unrankedText(fr, { unranked: 'alone' })).toBe('non classé (seul dans sa partie)');
    expect(unrankedText(en, { unranked: 'alone' })).toBe('not ranked (alone in its game)');
    expect(unrankedText(en, {})).toBe('');
  });
});

describe('two files of one name', () => {
  const older = {
    ...classRow('Anna', null, 2),
    key: 'k1',
    fileName: 'anna.json',
    createdAt: '2026-11-29T09:00:00Z',
    sameLearnerAs: ['anna.json'],
    sameLearnerKeys: ['k2'],
  };
  const newer = {
    ...classRow('Anna', 1, 3),
    key: 'k2',
    fileName: 'anna.json',
    createdAt: '2026-12-01T14:30:00Z',
    sameLearnerAs: ['anna.json'],
    sameLearnerKeys: ['k1'],
  };
  const other = { ...classRow('Tom', 2, 1), key: 'k3', createdAt: '2026-12-01T14:30:00Z' };
  const rows = [older, newer, other];
  it('are told apart by their dates, beside each and in « autre fichier du même élève »', () => {
    const newerDate = fileDate('fr', newer.createdAt);
    expect(newerDate).toContain('2026');
    expect(newerDate).not.toBe(fileDate('fr', older.createdAt));
    expect(fileDateText(fr, rows, newer)).toBe(`fichier du ${newerDate}`);
    expect(plain(sameLearnerText(fr, rows, older))).toBe(plain(`autre fichier du même élève : anna.json (${newerDate})`));
    expect(sameLearnerText(en, rows, newer)).toBe(`another file of the same student: anna.json (${fileDate('en', older.createdAt)})`);
    // a name of its own needs no date; no date in the file, none shown
    expect(fileDateText(fr, rows, other)).toBe('');
    expect(fileDateText(fr, [{ ...older, createdAt: undefined }, newer], { ...older, createdAt: undefined })).toBe('');
    expect(sameLearnerText(fr, rows, other)).toBe('');
  });
  it('are told apart by their dates in « résultat identique à » (QA verify 2, N8)', () => {
    // Lucas copied Anna's older file: the badge names that one, not the file name both of hers share
    const lucas = { ...classRow('Lucas', 1, 2), key: 'k4', fileName: 'lucas.json', createdAt: '2026-12-01T10:00:00Z', sameResultAs: ['anna.json'], sameResultKeys: ['k1'] };
    const copied = { ...older, sameResultAs: ['lucas.json'], sameResultKeys: ['k4'] };
    const all = [copied, newer, other, lucas];
    expect(plain(sameResultText(fr, all, lucas))).toBe(plain(`Anna (anna.json, ${fileDate('fr', older.createdAt)})`));
    expect(sameResultText(en, all, lucas)).toBe(`Anna (anna.json, ${fileDate('en', older.createdAt)})`);
    // a file name of its own: no date
    expect(sameResultText(en, all, copied)).toBe('Lucas (lucas.json)');
    // no learner: the file name and its date, as its « Retirer » says it
    const anonymous = [{ ...copied, learner: '' }, newer, other, lucas];
    expect(sameResultText(en, anonymous, lucas)).toBe(`anna.json (${fileDate('en', older.createdAt)})`);
  });
});

describe('files that did not play the class’s game', () => {
  it('are named with their game, the class’s game said; variants left out', () => {
    const games = [game(0, 2026, 'committed'), game(1, 7, 'committed'), game(2, 2026, 'sandbox')];
    const rows: ClassRow[] = [
      { ...classRow('Anna', 1, 3), game: { key: '0', index: 0 } },
      { ...classRow('Paul', null, 3), game: { key: '1', index: 1 }, unranked: 'alone' },
      { ...classRow('Alice', null, 3), game: { key: '2', index: 2 }, unranked: 'alone' },
      { ...classRow('Nathan', null, 3), game: { key: '2', index: 2 }, unranked: 'variant' },
    ];
    expect(plain(offGameText(fr, rows, games))).toBe(
      '2 fichiers ne suivent pas la partie de la classe (Boulangerie du Marché, graine 2026, mode engagé) : Paul (partie B) ; Alice (partie C).',
    );
    expect(offGameText(en, rows.slice(0, 2), games.slice(0, 2))).toBe(
      '1 file does not follow the class’s game (Market bakery, seed 2026, committed mode): Paul (game B).',
    );
    expect(offGameText(en, rows.slice(0, 1), games.slice(0, 1))).toBe('');
  });
});
