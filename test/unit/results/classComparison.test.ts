import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv, type ClassCsvLabels } from '../../../src/results/classCsv.ts';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';
import { compareClass, gameLetter, gamesOf, scenariosOf, sortRows, type ClassEntry } from '../../../src/results/classComparison.ts';
import { csvCell, toCsv } from '../../../src/results/csvWriter.ts';
import { replayFigures } from '../../../src/results/replayFigures.ts';
import type { Verification } from '../../../src/results/verifyResult.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const survey = { type: 'enquete', instrument: 'questionnaire', sampleSize: 50 } as const;
const club = { type: 'lienSocial', instrument: 'club', target: {} } as const;
const coupon = { type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1 } as const;

/** A confirmed entry whose ticks have the given retention (objective worth 2 points) and margin shift, with its replay's figures. */
function entry(
  learner: string,
  options: { retention: number; margin: number; decisions?: DecisionsLog; hash?: string; scenarioId?: string; seed?: number; mode?: 'sandbox' | 'committed'; team?: string; fileName?: string },
): ClassEntry {
  const tweak = (k: TickKpis): TickKpis => ({ ...k, retentionRate: options.retention, netMargin: k.netMargin + options.margin });
  const scenario = fixtureScenario(options.scenarioId ? { id: options.scenarioId } : {});
  const kpis = makeKpiSeries(12, tweak);
  const file = buildResultFile({
    learner,
    scenario,
    ...(options.team ? { team: options.team } : {}),
    seed: options.seed ?? 42,
    mode: options.mode ?? 'committed',
    decisions: options.decisions ?? [],
    kpis,
    stateHash: options.hash ?? `${learner.length}`.padStart(16, 'a').replace(/[^0-9a-f]/g, 'b'),
    appVersion: '0.1.0',
  });
  const verification: Verification = { status: 'confirmed', file, warnings: [], replayed: replayFigures(scenario, kpis) };
  return { fileName: options.fileName ?? `${learner}.json`, verification };
}

/** `honest`'s file with its gross margin raised by `raise`, refuted by its replay for that figure alone. */
function grossMarginRaised(honest: ClassEntry, raise: number, fileName = 'retouche.json'): ClassEntry {
  const v = honest.verification as Extract<Verification, { status: 'confirmed' }>;
  const real = v.file.summary.cumulativeGrossMargin;
  const file = { ...v.file, summary: { ...v.file.summary, cumulativeGrossMargin: real + raise } };
  const differences = [{ what: 'cumulativeGrossMargin' as const, recorded: real + raise, recomputed: real, text: 'marge brute cumulée : …' }];
  return { fileName, verification: { status: 'refuted', file, differences, warnings: [], ...(v.replayed ? { replayed: v.replayed } : {}) } };
}

const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);

describe('class comparison', () => {
  it('ranks confirmed files by objective points, then net margin, ties sharing a rank', () => {
    const rows = compareClass([
      entry('Anna', { retention: 0.5, margin: 1000 }),
      entry('Bruno', { retention: 0.95, margin: 0 }),
      entry('Chloé', { retention: 0.95, margin: 500 }),
      entry('Driss', { retention: 0.5, margin: 1000, hash: 'ffffffffffffffff' }),
    ]);
    const byName = Object.fromEntries(rows.map((r) => [r.learner, r]));
    expect(byName.Chloé.points).toBeGreaterThan(byName.Anna.points!);
    expect(byName.Chloé.rank).toBe(1);
    expect(byName.Bruno.rank).toBe(2);
    expect(byName.Anna.rank).toBe(3);
    expect(byName.Driss.rank).toBe(3);
  });

  it('leaves refuted and invalid files unranked and lists their problems', () => {
    const honest = entry('Anna', { retention: 0.95, margin: 0 });
    const refuted: ClassEntry = {
      fileName: 'triche.json',
      verification: {
        status: 'refuted',
        file: (honest.verification as Extract<Verification, { status: 'confirmed' }>).file,
        warnings: [],
        differences: [{ what: 'stateHash', recorded: 'a', recomputed: 'b', text: 'empreinte différente' }],
      },
    };
    const invalid: ClassEntry = { fileName: 'photo.jpg', verification: { status: 'invalid', errors: ['pas du JSON'] } };
    const otherModel: ClassEntry = {
      fileName: 'tablette-pas-a-jour.json',
      verification: { ...(refuted.verification as Extract<Verification, { status: 'refuted' }>), status: 'otherModel', warnings: ['autre version du modèle (empreinte x ; ici y)'] },
    };
    const rows = compareClass([refuted, invalid, entry('Bruno', { retention: 0.5, margin: 0 }), otherModel]);
    expect(rows.map((r) => r.rank)).toEqual([null, null, 1, null]);
    expect(rows[0].problems).toEqual(['empreinte différente']);
    expect(rows[1].problems).toEqual(['pas du JSON']);
    expect(rows[1].points).toBeNull();
    // the explanation first, then what differs
    expect(rows[3].problems).toEqual(['autre version du modèle (empreinte x ; ici y)', 'empreinte différente']);
    expect(sortRows(rows, 'status', 'ascending').map((r) => r.status)).toEqual(['confirmed', 'otherModel', 'refuted', 'invalid']);
  });

  it('ranks each scenario separately and reports the scenarios present', () => {
    const rows = compareClass([
      entry('Anna', { retention: 0.5, margin: 0 }),
      entry('Bruno', { retention: 0.5, margin: 0, scenarioId: 'boutique-modifiee' }),
      entry('Chloé', { retention: 0.5, margin: 10 }),
      entry('Driss', { retention: 0.5, margin: 10, scenarioId: 'boutique-modifiee' }),
    ]);
    expect(rows.map((r) => r.rank)).toEqual([2, 2, 1, 1]);
    expect(scenariosOf(rows).map((s) => s.id)).toEqual(['boutique-test', 'boutique-modifiee']);
  });

  it('ranks together only games of the same scenario, seed and mode, the class’s game first', () => {
    const rows = compareClass([
      entry('Noé', { retention: 0.99, margin: 9000, seed: 99, mode: 'sandbox' }),
      entry('Léa', { retention: 0.95, margin: 500, seed: 4242 }),
      entry('Tom', { retention: 0.95, margin: 0, seed: 4242 }),
      entry('Ana', { retention: 0.95, margin: 0, seed: 4242, mode: 'sandbox' }),
    ]);
    const byName = Object.fromEntries(rows.map((r) => [r.learner, r]));
    expect(byName.Noé.points).toBeGreaterThanOrEqual(byName.Léa.points!);
    // Léa and Tom played the class's game (seed 4242, committed); Noé and Ana each another one
    // Noé and Ana, each alone in a game of their own, are not ranked: a rank among one means nothing
    expect(rows.map((r) => [r.learner, r.game?.index, r.rank, r.unranked])).toEqual([
      ['Noé', 1, null, 'alone'],
      ['Léa', 0, 1, undefined],
      ['Tom', 0, 2, undefined],
      ['Ana', 2, null, 'alone'],
    ]);
    expect(gamesOf(rows).map((g) => [gameLetter(g.index), g.seed, g.mode, g.files])).toEqual([
      ['A', 4242, 'committed', 2],
      ['B', 99, 'sandbox', 1],
      ['C', 4242, 'sandbox', 1],
    ]);
    // sorted by rank: game by game, the class's first
    expect(sortRows(rows, 'rank', 'ascending').map((r) => r.learner)).toEqual(['Léa', 'Tom', 'Noé', 'Ana']);
    // two files in the other game: ranked among themselves again
    const two = compareClass([...['Léa', 'Tom'].map((n) => entry(n, { retention: 0.95, margin: 0, seed: 4242 })), entry('Noé', { retention: 0.95, margin: -10, seed: 99 }), entry('Zoé', { retention: 0.95, margin: 0, seed: 99 })]);
    expect(two.map((r) => [r.rank, r.unranked])).toEqual([
      [1, undefined],
      [1, undefined],
      [2, undefined],
      [1, undefined],
    ]);
  });

  it('names a learner’s other files (same name and team, other content), not a namesake of another team', () => {
    const rows = compareClass([
      entry('Léa', { retention: 0.9, margin: 0, fileName: 'res-A.json' }),
      entry('Tom', { retention: 0.9, margin: 0 }),
      entry(' léa ', { retention: 0.95, margin: 0, fileName: 'res-A-v2.json' }),
      entry('Léa', { retention: 0.95, margin: 0, team: 'Les Lynx', fileName: 'autre-lea.json' }),
    ]);
    expect(rows.map((r) => r.sameLearnerAs)).toEqual([['res-A-v2.json'], [], ['res-A.json'], []]);
  });

  it('counts the actions of each type and the loyalty strategies used', () => {
    const [row] = compareClass([
      entry('Anna', {
        retention: 0.5,
        margin: 0,
        decisions: [
          { tick: 0, actions: [survey, club] },
          { tick: 3, actions: [coupon, coupon] },
        ],
      }),
    ]);
    expect(row.actions).toMatchObject({ enquete: 1, lienSocial: 1, financier: 2, personnalisation: 0 });
    expect(row.strategiesUsed).toBe(2);
  });

  it('counts the strategies used over those the teacher’s link left available, four when the file says nothing of it', () => {
    const decisions: DecisionsLog = [{ tick: 0, actions: [club, coupon] }];
    const open = entry('Anna', { retention: 0.5, margin: 0, decisions });
    const file = (open.verification as Extract<Verification, { status: 'confirmed' }>).file;
    // the link locked customisation and the coupon's strategy, and hid personnalisation: the coupon was used anyway
    const barred = Object.assign({}, file, { lock: ['customisation', 'financier', 'enquete'], hide: ['personnalisation'] });
    const rows = compareClass([open, { fileName: 'bruno.json', verification: { status: 'confirmed', file: barred, warnings: [] } }]);
    expect(rows.map((r) => [r.strategiesUsed, r.strategiesMax])).toEqual([
      [2, 4],
      [1, 1],
    ]);
  });

  it('flags files with the same final state and decisions, not two untouched runs', () => {
    const decisions: DecisionsLog = [{ tick: 1, actions: [club] }];
    const rows = compareClass([
      entry('Anna', { retention: 0.5, margin: 0, decisions, hash: '1111111111111111' }),
      entry('Bruno', { retention: 0.5, margin: 0, decisions, hash: '1111111111111111' }),
      entry('Chloé', { retention: 0.5, margin: 0, hash: '2222222222222222' }),
      entry('Driss', { retention: 0.5, margin: 0, hash: '2222222222222222' }),
    ]);
    expect(rows.map((r) => r.sameResultAs)).toEqual([['Bruno.json'], ['Anna.json'], [], []]);
  });

  it('never marks files of the same team as identical results: they are the team’s one game (QA qa11 F7)', () => {
    const decisions: DecisionsLog = [{ tick: 1, actions: [club] }];
    const game = { retention: 0.5, margin: 0, decisions, hash: '7777777777777777' };
    // Anaïs and Tom played together (« Équipe 3 », typed twice, case and spaces aside); Zoé, of no team, handed in the same game
    const rows = compareClass([entry('Anaïs', { ...game, team: 'Équipe 3' }), entry('Tom', { ...game, team: ' équipe  3 ' }), entry('Zoé', game)]);
    expect(rows.map((r) => [r.learner, r.sameTeamGameAs, r.sameResultAs])).toEqual([
      ['Anaïs', ['Tom.json'], ['Zoé.json']],
      ['Tom', ['Anaïs.json'], ['Zoé.json']],
      ['Zoé', undefined, ['Anaïs.json', 'Tom.json']],
    ]);
    // the team alone: no identical result at all
    const team = compareClass([entry('Anaïs', { ...game, team: 'Équipe 3' }), entry('Tom', { ...game, team: 'Equipe 3' })]);
    expect(team.map((r) => [r.sameTeamGameAs, r.sameResultAs])).toEqual([
      [['Tom.json'], []],
      [['Anaïs.json'], []],
    ]);
    // two teams' games are not one team's
    const two = compareClass([entry('Anaïs', { ...game, team: 'Équipe 3' }), entry('Tom', { ...game, team: 'Équipe 4' })]);
    expect(two.map((r) => [r.sameTeamGameAs, r.sameResultAs])).toEqual([
      [undefined, ['Tom.json']],
      [undefined, ['Anaïs.json']],
    ]);
  });

  it('says a game of at most 2 actions is a simple strategy, not one of 3 (QA qa11 F7)', () => {
    const same = (decisions: DecisionsLog) => compareClass([entry('Anna', { retention: 0.5, margin: 0, decisions, hash: '8888888888888888' }), entry('Bruno', { retention: 0.5, margin: 0, decisions, hash: '8888888888888888' })]);
    expect(same([{ tick: 1, actions: [club] }]).map((r) => r.simpleStrategyActions)).toEqual([1, 1]);
    // actions counted over every period of the log
    expect(same([{ tick: 1, actions: [club] }, { tick: 5, actions: [survey] }]).map((r) => r.simpleStrategyActions)).toEqual([2, 2]);
    const three = same([{ tick: 1, actions: [club, survey] }, { tick: 5, actions: [coupon] }]);
    expect(three.map((r) => [r.sameResultAs, r.simpleStrategyActions])).toEqual([
      [['Bruno.json'], undefined],
      [['Anna.json'], undefined],
    ]);
    // a log of periods without any action is the same empty run as no log: nothing in common to mark
    expect(same([{ tick: 1, actions: [] }]).map((r) => r.sameResultAs)).toEqual([[], []]);
  });

  it('ranks copies and exact ties by one rule: equal results share a rank, the next result takes the next one', () => {
    const decisions: DecisionsLog = [{ tick: 1, actions: [club] }];
    const rows = compareClass([
      entry('Bruno', { retention: 0.5, margin: 2000, hash: 'bbbbbbbbbbbbbbbb' }),
      entry('Anna', { retention: 0.5, margin: 1000, decisions, hash: '1111111111111111' }),
      entry('David', { retention: 0.5, margin: 1000, decisions, hash: '1111111111111111' }),
      entry('Chloé', { retention: 0.5, margin: 0, hash: 'cccccccccccccccc' }),
    ]);
    expect(rows.map((r) => [r.learner, r.rank])).toEqual([
      ['Bruno', 1],
      ['Anna', 2],
      ['David', 2],
      ['Chloé', 3],
    ]);
    expect(rows.map((r) => r.sameResultAs)).toEqual([[], ['David.json'], ['Anna.json'], []]);
    // two different results that tie exactly: the same rule (1, 1, 2), not a gap (1, 1, 3)
    const ties = compareClass([
      entry('Anna', { retention: 0.5, margin: 1000, hash: '1111111111111111' }),
      entry('Driss', { retention: 0.5, margin: 1000, hash: 'ffffffffffffffff' }),
      entry('Chloé', { retention: 0.5, margin: 0, hash: 'cccccccccccccccc' }),
    ]);
    expect(ties.map((r) => r.rank)).toEqual([1, 1, 2]);
  });

  it('does not call a learner’s own retouched file a copy of their honest one', () => {
    const decisions: DecisionsLog = [{ tick: 1, actions: [club] }];
    const hugo = entry('Hugo', { retention: 0.5, margin: 0, decisions, hash: '3333333333333333' });
    const copy = entry('Inès', { retention: 0.5, margin: 0, decisions, hash: '3333333333333333' });
    const rows = compareClass([hugo, grossMarginRaised(hugo, 20_000, 'hugo-retouche.json'), copy]);
    expect(rows.map((r) => r.status)).toEqual(['confirmed', 'refuted', 'confirmed']);
    // Hugo's two files are his (refuted, listed among his files), not copies of each other; Inès's holds the game of both
    expect(rows.map((r) => r.sameResultAs)).toEqual([['Inès.json'], ['Inès.json'], ['Hugo.json', 'hugo-retouche.json']]);
    expect(compareClass([hugo, grossMarginRaised(hugo, 20_000)]).map((r) => r.sameResultAs)).toEqual([[], []]);
  });

  it('marks a retouched copy of another learner’s file as refuted and as an identical result, by its replayed state (QA play F9)', () => {
    const decisions: DecisionsLog = [{ tick: 1, actions: [club] }];
    const lea = entry('Léa', { retention: 0.5, margin: 0, decisions, hash: '4444444444444444' });
    const retouched = grossMarginRaised(lea, 20_000, 'tom.json');
    const asTom = (e: ClassEntry): ClassEntry => {
      const v = e.verification as Extract<Verification, { status: 'refuted' }>;
      return { ...e, verification: { ...v, file: { ...v.file, learner: 'Tom' } } };
    };
    const tom = asTom(retouched);
    const rows = compareClass([lea, tom]);
    expect(rows.map((r) => [r.learner, r.status, r.sameResultAs, r.rank])).toEqual([
      ['Léa', 'confirmed', ['tom.json'], 1],
      ['Tom', 'refuted', ['Léa.json'], null],
    ]);
    // its claimed final state changed too: the replay's is Léa's
    const v = tom.verification as Extract<Verification, { status: 'refuted' }>;
    const hashChanged: ClassEntry = {
      ...tom,
      verification: {
        ...v,
        file: { ...v.file, stateHash: '5555555555555555' },
        differences: [...v.differences, { what: 'stateHash', recorded: '5555555555555555', recomputed: '4444444444444444', text: 'empreinte' }],
      },
    };
    expect(compareClass([lea, hashChanged]).map((r) => r.sameResultAs)).toEqual([['tom.json'], ['Léa.json']]);
    // other decisions, or a replay that reached another state: no copy
    const otherState: ClassEntry = { ...hashChanged, verification: { ...hashChanged.verification, differences: [{ what: 'stateHash', recorded: '4444444444444444', recomputed: '6666666666666666', text: 'empreinte' }] } as Verification };
    expect(compareClass([lea, otherState]).map((r) => r.sameResultAs)).toEqual([[], []]);
  });

  it('keeps, for a refuted file, only the figures its replay contradicts', () => {
    const hugo = entry('Hugo', { retention: 0.5, margin: 0 });
    const [honest, doctored] = compareClass([hugo, grossMarginRaised(hugo, 20_000)]);
    expect(honest.wrongFigures).toEqual([]);
    expect(doctored.wrongFigures.map((d) => d.what)).toEqual(['cumulativeGrossMargin']);
    // a changed final state is a reason to refute, not a figure of the table
    const refuted = grossMarginRaised(hugo, 0).verification as Extract<Verification, { status: 'refuted' }>;
    const hashOnly: ClassEntry = { fileName: 'h.json', verification: { ...refuted, differences: [{ what: 'stateHash', recorded: 'a', recomputed: 'b', text: 'x' }] } };
    expect(compareClass([hashOnly])[0].wrongFigures).toEqual([]);
    // another model's differences are not proven false
    const other: ClassEntry = { fileName: 'o.json', verification: { ...refuted, status: 'otherModel' } };
    expect(compareClass([other])[0].wrongFigures).toEqual([]);
  });

  it('shows the replay’s retention over a year, not the last period’s rate the file records, and none for another model', () => {
    const anna = entry('Anna', { retention: 0.99, margin: 0 });
    const [row] = compareClass([anna]);
    const file = (anna.verification as Extract<Verification, { status: 'confirmed' }>).file;
    expect(file.summary.retentionRate).toBe(0.99);
    // 12 weeks at 99 % a week, at that pace over a year: 0,99^52
    expect(row.retention).toBeCloseTo(0.99 ** 52, 12);
    const other: ClassEntry = { fileName: 'o.json', verification: { status: 'otherModel', file, differences: [], warnings: [], replayed: { yearlyRetention: 0.5 } } };
    const before: ClassEntry = { fileName: 'v.json', verification: { status: 'confirmed', file, warnings: [] } };
    expect(compareClass([other, before]).map((r) => r.retention)).toEqual([null, null]);
  });

  it('sorts by any column both ways, rows without a value last', () => {
    const rows = compareClass([
      entry('bruno', { retention: 0.7, margin: 0 }),
      { fileName: 'x.txt', verification: { status: 'invalid', errors: ['?'] } },
      entry('Anna', { retention: 0.9, margin: 0 }),
      entry('Élodie', { retention: 0.8, margin: 0 }),
    ]);
    expect(sortRows(rows, 'learner', 'ascending').map((r) => r.learner)).toEqual(['Anna', 'bruno', 'Élodie', '']);
    expect(sortRows(rows, 'retention', 'descending').map((r) => r.learner)).toEqual(['Anna', 'Élodie', 'bruno', '']);
    expect(sortRows(rows, 'retention', 'ascending').map((r) => r.learner)).toEqual(['bruno', 'Élodie', 'Anna', '']);
    expect(sortRows(rows, 'status', 'ascending').map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'invalid']);
    // the difference from doing nothing, as the caller gives it (none for bruno: last, as the unreadable file)
    const gaps = new Map([
      ['Anna', -300],
      ['Élodie', 1200],
    ]);
    const gapOf = (row: (typeof rows)[number]) => gaps.get(row.learner) ?? null;
    expect(sortRows(rows, 'gap', 'descending', gapOf).map((r) => r.learner)).toEqual(['Élodie', 'Anna', 'bruno', '']);
    expect(sortRows(rows, 'gap', 'ascending', gapOf).map((r) => r.learner)).toEqual(['Anna', 'Élodie', 'bruno', '']);
    // the actions the engine ran (none here: all 0, import order), the unreadable file last
    expect(sortRows(rows, 'actions', 'descending').map((r) => r.learner)).toEqual(['bruno', 'Anna', 'Élodie', '']);
  });

  it('sorts a refuted file by the replay’s figures, not by the ones it forged (QA qa33teacherEn m2)', () => {
    const anna = entry('Anna', { retention: 0.95, margin: 1000 });
    const best = (anna.verification as Extract<Verification, { status: 'confirmed' }>).file.summary;
    const honest = entry('Tina', { retention: 0.9, margin: 0 });
    const v = honest.verification as Extract<Verification, { status: 'confirmed' }>;
    const real = v.file.summary;
    // Tina's turnover, net margin and points inflated by hand above Anna's; the replay gives her true figures, below Anna's
    const forged = { ...real, cumulativeTurnover: best.cumulativeTurnover + 90_000, cumulativeNetMargin: best.cumulativeNetMargin + 40_000, objectivePoints: 5 };
    const differences = [
      { what: 'cumulativeTurnover' as const, recorded: forged.cumulativeTurnover, recomputed: real.cumulativeTurnover, text: 'chiffre d’affaires cumulé : …' },
      { what: 'cumulativeNetMargin' as const, recorded: forged.cumulativeNetMargin, recomputed: real.cumulativeNetMargin, text: 'marge nette cumulée : …' },
      { what: 'objectivePoints' as const, recorded: 5, recomputed: real.objectivePoints, text: 'points : …' },
    ];
    const tina: ClassEntry = { fileName: 'tina.json', verification: { status: 'refuted', file: { ...v.file, summary: forged }, differences, warnings: [] } };
    const rows = compareClass([anna, tina, entry('Bruno', { retention: 0.5, margin: -1000 })]);
    const byName = Object.fromEntries(rows.map((r) => [r.learner, r]));
    // the row keeps the file's claims (the cell strikes them): only the order follows the replay
    expect(byName.Tina.netMargin).toBeGreaterThan(byName.Anna.netMargin!);
    expect(byName.Tina.turnover).toBeGreaterThan(byName.Anna.turnover!);
    expect(sortRows(rows, 'netMargin', 'descending').map((r) => r.learner)).toEqual(['Anna', 'Tina', 'Bruno']);
    expect(sortRows(rows, 'turnover', 'descending').map((r) => r.learner)[0]).not.toBe('Tina');
    expect(sortRows(rows, 'points', 'descending').map((r) => r.learner)).toEqual(['Anna', 'Tina', 'Bruno']);
  });
});

describe('CSV', () => {
  it('writes BOM, semicolons, CRLF, quotes and the decimal comma', () => {
    const text = toCsv([['a;b', 'dit "non"', 1.5, null], [2, 'fin']], { decimalComma: true });
    expect(text).toBe('\uFEFF"a;b";"dit ""non""";1,50;\r\n2;fin\r\n');
    expect(toCsv([[1.5]], { decimalComma: false })).toBe('\uFEFF1.50\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula, not negative numbers', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx']) expect(csvCell(evil, { decimalComma: false }).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-12.5, { decimalComma: true })).toBe('-12,50');
  });

  it('exports the class table with one line per file and translated headers', () => {
    const rows = compareClass([
      entry('=cmd|calc', { retention: 0.95, margin: 0, decisions: [{ tick: 0, actions: [survey] }] }),
      { fileName: 'x.txt', verification: { status: 'invalid', errors: ['pas du JSON'] } },
      entry('Zoé', { retention: 0.5, margin: 0 }),
    ]);
    const csv = classCsv(rows, { t, locale: 'fr' }, true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(lines[0].split(';').slice(0, 4)).toEqual(['Rang', 'Élève', 'Équipe', 'Fichier']);
    expect(lines[0]).toContain('Enquête de satisfaction');
    const first = lines[1].split(';');
    expect(first[0]).toBe('1');
    expect(first[1]).toBe("'=cmd|calc");
    expect(first[6]).toBe('12');
    expect(first[7]).toBe('terminée');
    expect(first[8]).toBe('confirmé');
    expect(lines[0].split(';')[15]).toBe('Rétention sur un an (%)');
    // 95 % a week over 12 weeks, at that pace over a year: 0,95^52 = 6,9 %
    expect(first[15]).toBe('6,90');
    // before the mode: the strategies the learner could use and the game the rank is within
    const header = lines[0].split(';');
    // the missions passed (mission files only: missionRows.ts) come last but for the objectives' columns (two per objective)
    const last = header.indexOf('Stratégies possibles') + 7;
    expect(header.length - last).toBe(6);
    expect(header.slice(last - 7, last)).toEqual([
      'Stratégies possibles',
      'Lettre de partie',
      'Mode',
      'Remarques',
      'Missions réussies',
      'Missions vérifiées par le rejeu',
      'Missions non confirmées par le rejeu (non comptées)',
    ]);
    expect(first.slice(last - 7, last - 4)).toEqual(['4', 'A', 'engagé']);
    expect(first.slice(last - 3, last)).toEqual(['', '', '']);
    expect(lines[2]).toContain('invalide');
    expect(lines[2].endsWith(`pas du JSON;;;${';'.repeat(6)}`)).toBe(true);
  });

  it('gives each objective of the scenario its value and whether it was met, after the other columns, fr and en (QA qa31lesson n3)', () => {
    const rows = compareClass([entry('Anna', { retention: 0.95, margin: 0 }), entry('Zoé', { retention: 0.5, margin: 0 })]);
    const table = (labels: ClassCsvLabels) => classCsv(rows, labels, true).slice(1).split('\r\n').map((line) => line.split(';'));
    const [header, anna, zoe] = table({ t, locale: 'fr' });
    const at = header.indexOf('Missions non confirmées par le rejeu (non comptées)') + 1;
    expect(header.slice(at)).toEqual([
      'Objectif 1 (Garder 90 % des clients) : valeur atteinte (%)',
      'Objectif 1 (Garder 90 % des clients) : atteint',
      'Objectif 2 (Au moins 150 clients actifs en semaine 8) : valeur atteinte',
      'Objectif 2 (Au moins 150 clients actifs en semaine 8) : atteint',
      'Objectif 3 (15 % de très bons clients) : valeur atteinte (%)',
      'Objectif 3 (15 % de très bons clients) : atteint',
    ]);
    // the last period's retention rate: 95 % met, 50 % missed; a spreadsheet filters on « oui »
    expect(anna.slice(at, at + 2)).toEqual(['95', 'oui']);
    expect(zoe.slice(at, at + 2)).toEqual(['50', 'non']);
    const summary = (rows[0].objectives ?? []).find((o) => o.id === 'actifs')!;
    expect(Number(anna[at + 2].replace(',', '.'))).toBe(summary.value);
    expect(anna[at + 3]).toBe(summary.state === 'atteint' ? 'oui' : 'non');
    const [enHeader, enAnna] = table({ t: (key, params) => translate('en', key, params), locale: 'en' });
    expect(enHeader.slice(at, at + 2)).toEqual(['Objective 1 (Keep 90% of customers): value reached (%)', 'Objective 1 (Keep 90% of customers): met']);
    expect(enAnna[at + 1]).toBe('yes');
  });

  it('says « résultat identique à », a simple strategy and a team’s one game in « Remarques », never « copie » (QA qa11 F7)', () => {
    const game = (decisions: DecisionsLog, hash: string) => ({ retention: 0.5, margin: 0, decisions, hash });
    const simple = game([{ tick: 1, actions: [club] }], '9999999999999999');
    const rich = game([{ tick: 1, actions: [club, survey] }, { tick: 3, actions: [coupon] }], 'cccccccccccccccc');
    const rows = compareClass([
      entry('Anna', simple),
      entry('Bruno', simple),
      entry('Chloé', rich),
      entry('Driss', rich),
      entry('Anaïs', { ...rich, hash: 'dddddddddddddddd', team: 'Équipe 3' }),
      entry('Tom', { ...rich, hash: 'dddddddddddddddd', team: 'Équipe 3' }),
    ]);
    const problems = (label: ClassCsvLabels) => {
      const [header, ...lines] = classCsv(rows, label, true).slice(1).split('\r\n');
      const column = header.split(';').indexOf(label.t('classView.column.notes'));
      return lines.slice(0, 6).map((line) => line.split(';')[column]);
    };
    expect(problems({ t, locale: 'fr' }).map(plainSpaces)).toEqual([
      'résultat identique à : Bruno.json — stratégie simple (1 action en tout), souvent choisie par plusieurs élèves',
      'résultat identique à : Anna.json — stratégie simple (1 action en tout), souvent choisie par plusieurs élèves',
      'résultat identique à : Driss.json',
      'résultat identique à : Chloé.json',
      'même équipe, même partie que : Tom.json',
      'même équipe, même partie que : Anaïs.json',
    ]);
    expect(problems({ t: (key, params) => translate('en', key, params), locale: 'en' })).toEqual([
      'same result as: Bruno.json — simple strategy (1 action in all), often chosen by several students',
      'same result as: Anna.json — simple strategy (1 action in all), often chosen by several students',
      'same result as: Driss.json',
      'same result as: Chloé.json',
      'same team, same game as: Tom.json',
      'same team, same game as: Anaïs.json',
    ]);
  });
});
