/**
 * A class of real hand-ins (QA class of 30): one file ranked per learner (the latest that is not a
 * what-if branch), the others shown unranked and why; a file alone in its game not ranked; the
 * run's name kept only when it says something; where « sans action » would sit in the ranking and
 * how many learners ranked ahead of it lost money against it; the CSV as the table shows it.
 */
import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass, placeInRanking, type ClassEntry } from '../../../src/results/classComparison.ts';
import { beatReference, referencePlace, referenceStrategiesMax, type NoActionReference } from '../../../src/results/noActionReference.ts';
import { replayFigures } from '../../../src/results/replayFigures.ts';
import { EN_BRANCH_RUN_NAME, runNameKind } from '../../../src/results/runNameKind.ts';
import { home as enHome } from '../../../src/i18n/en/home.ts';
import type { Verification } from '../../../src/results/verifyResult.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const club = { type: 'lienSocial', instrument: 'club', target: {} } as const;

interface Options {
  margin?: number;
  retention?: number;
  runName?: string;
  createdAt?: string;
  fileName?: string;
  seed?: number;
  decisions?: DecisionsLog;
  hash?: string;
  lock?: ('financier' | 'acquisition')[];
  branchTick?: number;
}

function entry(learner: string, o: Options = {}): ClassEntry {
  const tweak = (k: TickKpis): TickKpis => ({ ...k, retentionRate: o.retention ?? 0.5, netMargin: k.netMargin + (o.margin ?? 0) });
  const kpis = makeKpiSeries(12, tweak);
  const file = buildResultFile({
    learner,
    scenario,
    seed: o.seed ?? 42,
    mode: 'committed',
    decisions: o.decisions ?? [],
    kpis,
    stateHash: o.hash ?? 'abcdef0123456789',
    appVersion: '0.1.0',
    ...(o.runName ? { runName: o.runName } : {}),
    ...(o.createdAt ? { createdAt: o.createdAt } : {}),
    ...(o.lock ? { lock: o.lock } : {}),
    ...(o.branchTick !== undefined ? { branchTick: o.branchTick } : {}),
  });
  const verification: Verification = { status: 'confirmed', file, warnings: [], replayed: replayFigures(scenario, kpis) };
  return { fileName: o.fileName ?? `${learner}.json`, verification };
}

const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);

describe('one hand-in ranked per learner', () => {
  it('ranks the latest file that is not a what-if branch; the branch is a « variante », the earlier file an « ancien rendu »', () => {
    const rows = compareClass([
      entry('Nathan', { margin: 0, createdAt: '2026-11-30T10:00:00Z', fileName: 'nathan.json' }),
      entry('Nathan', {
        margin: 5000,
        runName: 'Boutique de test (42) — et si… (la semaine 5)',
        createdAt: '2026-11-30T11:00:00Z',
        fileName: 'nathan-et-si.json',
      }),
      entry('Anna', { margin: 300, createdAt: '2026-12-01T09:00:00Z', fileName: 'anna.json' }),
      entry('Anna', { margin: 100, createdAt: '2026-11-29T09:00:00Z', fileName: 'anna.json' }),
      entry('Tom', { margin: 200 }),
    ]);
    expect(rows.map((r) => [r.fileName, r.rank, r.unranked])).toEqual([
      ['nathan.json', 3, undefined],
      ['nathan-et-si.json', null, 'variant'],
      // imported first but made later: Anna's hand-in; the older one (same file name) is shown, unranked
      ['anna.json', 1, undefined],
      ['anna.json', null, 'olderHandIn'],
      ['Tom.json', 2, undefined],
    ]);
    // the branch's name says what it is; each of Anna's files knows the other one's row
    expect(rows[1].runName).toBe('Boutique de test (42) — et si… (la semaine 5)');
    expect(rows[2].sameLearnerKeys).toEqual([rows[3].key]);
    expect(rows[3].createdAt).toBe('2026-11-29T09:00:00Z');
  });

  it('a what-if branch says so in its file, so a renamed branch is still a « variante », not the learner’s hand-in (QA more M10)', () => {
    const branch = entry('Nathan', { margin: 5000, runName: 'Ma meilleure partie', createdAt: '2026-11-30T11:00:00Z', fileName: 'nathan-2.json', branchTick: 4 });
    expect(branch.verification.status === 'confirmed' && branch.verification.file.branchTick).toBe(4);
    const rows = compareClass([entry('Nathan', { margin: 0, createdAt: '2026-11-30T10:00:00Z', fileName: 'nathan.json' }), branch, entry('Tom', { margin: 200 })]);
    expect(rows.map((r) => [r.fileName, r.rank, r.unranked])).toEqual([
      ['nathan.json', 2, undefined],
      ['nathan-2.json', null, 'variant'],
      ['Tom.json', 1, undefined],
    ]);
    expect(rows[1].runName).toBe('Ma meilleure partie');
    // an original game's file has no mark
    const tom = entry('Tom').verification;
    expect(tom.status === 'confirmed' && 'branchTick' in tom.file).toBe(false);
  });

  it('without dates, the last imported file is the hand-in; a dated file beats an undated one', () => {
    const undated = compareClass([entry('Léa', { margin: 900, fileName: 'a.json' }), entry('Léa', { margin: 0, fileName: 'b.json' }), entry('Tom')]);
    expect(undated.map((r) => r.unranked)).toEqual(['olderHandIn', undefined, undefined]);
    const mixed = compareClass([entry('Léa', { createdAt: '2026-12-01T09:00:00Z', fileName: 'a.json' }), entry('Léa', { fileName: 'b.json' }), entry('Tom')]);
    expect(mixed.map((r) => r.unranked)).toEqual([undefined, 'olderHandIn', undefined]);
  });

  it('counts learners, not files, against doing nothing', () => {
    const rows = compareClass([
      entry('Nathan', { margin: 100 }),
      entry('Nathan', { margin: 100, runName: 'Boutique de test (42) — what if… (week 5)', fileName: 'branch.json' }),
      entry('Anna', { margin: 100, fileName: 'old.json' }),
      entry('Anna', { margin: -100 }),
    ]);
    const reference: NoActionReference = {
      gameKey: rows[0].game!.key,
      ticks: 12,
      points: 0,
      maxPoints: 0,
      turnover: 0,
      grossMargin: 0,
      netMargin: rows[0].netMargin! - 50,
      activeCustomers: 0,
      retention: null,
    };
    // four files better or worse than doing nothing, two learners: Nathan did better, Anna's hand-in did not
    expect(beatReference(rows, reference)).toEqual({ better: 1, learners: [rows[0], rows[3]] });
  });
});

describe('a file alone in its game', () => {
  it('is not ranked, while the class’s game is', () => {
    const rows = compareClass([entry('Anna', { margin: 10 }), entry('Bruno'), entry('Paul', { seed: 7 })]);
    expect(rows.map((r) => [r.learner, r.rank, r.unranked])).toEqual([
      ['Anna', 1, undefined],
      ['Bruno', 2, undefined],
      ['Paul', null, 'alone'],
    ]);
    // a learner's branch beside it does not make it two
    const withBranch = compareClass([
      entry('Anna'),
      entry('Bruno'),
      entry('Paul', { seed: 7 }),
      entry('Paul', { seed: 7, runName: 'X — et si… (la semaine 3)' }),
    ]);
    expect(withBranch.map((r) => r.unranked)).toEqual([undefined, undefined, 'alone', 'variant']);
  });
});

describe('the run’s name', () => {
  const file = (runName: string | undefined) => ({
    runName,
    scenario: { ...scenario, name: { fr: 'Boulangerie : le Marché', en: 'Market bakery' } },
    seed: 2026,
  });
  it('is dropped when the app gave it (free play, a mission, either language), kept for a branch or a name of the learner’s', () => {
    expect(runNameKind(file(undefined))).toBe('none');
    expect(runNameKind(file('Boulangerie : le Marché (2026)'))).toBe('default');
    // the French spaces the app puts in the shop's name
    expect(runNameKind(file('Boulangerie\u00a0: le Marché (2026)'))).toBe('default');
    expect(runNameKind(file('Market bakery (2026)'))).toBe('default');
    expect(runNameKind(file('Boulangerie : le Marché — Mission 2 (2026)'))).toBe('default');
    // started again with the same seed (QA qa19 F4): « … (2026) 2 », a mission's « …, essai 2 (2026) », said nowhere as the learner's name
    expect(runNameKind(file('Boulangerie : le Marché (2026) 2'))).toBe('default');
    expect(runNameKind(file('Boulangerie : le Marché — Mission 2, essai 3 (2026)'))).toBe('default');
    expect(runNameKind(file('Market bakery — Mission 2, attempt 2 (2026)'))).toBe('default');
    expect(runNameKind(file('Boulangerie : le Marché — essai 2 (2026)'))).toBe('own');
    expect(runNameKind(file('Boulangerie : le Marché (2026) 2b'))).toBe('own');
    expect(runNameKind(file('Boulangerie : le Marché (7)'))).toBe('own');
    expect(runNameKind(file('Ma partie du lundi'))).toBe('own');
    expect(runNameKind(file('Boulangerie : le Marché (2026) — et si… (la semaine 20)'))).toBe('branch');
    expect(runNameKind(file('Market bakery (2026) — what if… (week 20)'))).toBe('branch');
    expect(EN_BRANCH_RUN_NAME).toBe(enHome.branchRunName); // the English template is a copy (bundle size)
    expect(runNameKind(file('Partie 1 — et si… (le mois 3) — et si… (le mois 5)'))).toBe('branch');
    // as branches are named since QA qa13 W1
    expect(runNameKind(file('Optique Lumière (2020) — et si… (à partir du mois 10)'))).toBe('branch');
    expect(runNameKind(file('Optique Lumière (2020) — what if… (from month 10)'))).toBe('branch');

    const rows = compareClass([entry('Anna', { runName: 'Boutique de test (42)' }), entry('Bruno', { runName: 'Ma partie' })]);
    expect(rows.map((r) => r.runName)).toEqual([undefined, 'Ma partie']);
  });
});

describe('doing nothing in the ranking', () => {
  // Chloé 3 points but less margin than doing nothing; Bruno 2 points and more; Anna 1 point
  const rows = compareClass([
    entry('Chloé', { retention: 0.99, margin: -500, hash: 'cccccccccccccccc' }),
    entry('Bruno', { retention: 0.5, margin: 400, hash: 'bbbbbbbbbbbbbbbb' }),
    entry('Anna', { retention: 0.5, margin: 300, hash: 'aaaaaaaaaaaaaaaa' }),
  ]);
  const [chloe, bruno] = rows;
  const key = chloe.game!.key;
  const reference = (points: number, netMargin: number): NoActionReference => ({
    gameKey: key,
    ticks: 12,
    points,
    maxPoints: 4,
    turnover: 0,
    grossMargin: 0,
    netMargin,
    activeCustomers: 0,
    retention: null,
  });
  it('takes the place its points and net margin give, by the ranking’s rule', () => {
    expect(chloe.points).toBeGreaterThan(bruno.points!);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    // between Bruno (400) and Anna (300) on the same points
    expect(placeInRanking(rows, key, { points: bruno.points!, netMargin: bruno.netMargin! - 50 })?.rank).toBe(3);
    // exactly Anna's result: her rank, tied
    const anna = placeInRanking(rows, key, { points: rows[2].points!, netMargin: rows[2].netMargin! });
    expect([anna?.rank, anna?.tied, anna?.ahead.map((r) => r.learner)]).toEqual([3, true, ['Chloé', 'Bruno']]);
    expect(placeInRanking(rows, 'other game', { points: 0, netMargin: 0 })).toBeNull();
  });
  it('says how many of the learners ranked ahead of it lost money against it', () => {
    const nothing = reference(bruno.points!, chloe.netMargin! + 100);
    const place = referencePlace(rows, nothing);
    // below Anna on Bruno's points: the three ahead of it, Chloé (more points) with 100 € less than doing nothing
    expect([place?.rank, place?.ahead.length, place?.aheadWorse]).toEqual([4, 3, 1]);
  });
  it('could use the strategies its game’s files could (the link’s locks left out)', () => {
    const locked = compareClass([entry('A', { lock: ['financier'] }), entry('B', { lock: ['financier'] }), entry('C', { seed: 3 })]);
    expect(referenceStrategiesMax(locked, { gameKey: locked[0].game!.key })).toBe(3);
    expect(referenceStrategiesMax(locked, { gameKey: 'none' })).toBe(4);
  });
});

describe('the class CSV as the table shows it', () => {
  function lines(rows: ReturnType<typeof compareClass>, references: NoActionReference[] = []): string[][] {
    return classCsv(rows, { t, locale: 'fr' }, true, references)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => l !== '')
      .map((l) => l.split(';'));
  }

  it('exports the replay’s value of a figure the replay contradicts, never the forged one', () => {
    const honest = entry('Eve', { margin: 0, decisions: [{ tick: 0, actions: [club] }] });
    const v = honest.verification as Extract<Verification, { status: 'confirmed' }>;
    const real = v.file.summary.cumulativeNetMargin;
    const forged: ClassEntry = {
      fileName: 'eve.json',
      verification: {
        status: 'refuted',
        file: { ...v.file, summary: { ...v.file.summary, cumulativeNetMargin: real + 3000 } },
        differences: [{ what: 'cumulativeNetMargin', recorded: real + 3000, recomputed: real, text: 'marge nette cumulée : déclaré …' }],
        warnings: [],
      },
    };
    const [header, eve] = lines(compareClass([forged]));
    const cell = eve[header.indexOf('Marge nette cumulée')];
    expect(Number(cell.replace(',', '.'))).toBeCloseTo(real, 2);
    expect(eve[header.indexOf('Remarques')]).toContain('déclaré');
  });

  it('gives « Stratégies utilisées » as a number, the nameless file its name on screen, an unranked file its reason, a reference its max', () => {
    const rows = compareClass([
      entry('', { fileName: 'sans-nom.json', lock: ['financier'] }),
      entry('Paul', { seed: 7 }),
      entry('Léa', { lock: ['financier'], decisions: [{ tick: 0, actions: [club] }], hash: 'dddddddddddddddd' }),
    ]);
    const reference: NoActionReference = {
      gameKey: rows[0].game!.key,
      ticks: 12,
      points: 0,
      maxPoints: 4,
      turnover: 1,
      grossMargin: 1,
      netMargin: 1,
      activeCustomers: 1,
      retention: null,
    };
    const [header, nameless, paul, lea, ref] = lines(rows, [reference]);
    const used = header.indexOf('Stratégies utilisées');
    const max = header.indexOf('Stratégies possibles');
    expect([lea[used], lea[max]]).toEqual(['1', '3']);
    expect(nameless[header.indexOf('Élève')]).toBe('(sans nom)');
    expect(paul[header.indexOf('Rang')]).toBe('');
    expect(paul[header.indexOf('Remarques')]).toBe('non classé (seul dans sa partie)');
    expect(ref[0]).toBe('réf.');
    expect([ref[used], ref[max]]).toEqual(['0', '3']);
  });
});
