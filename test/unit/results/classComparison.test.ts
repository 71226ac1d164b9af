import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass, scenariosOf, sortRows, type ClassEntry } from '../../../src/results/classComparison.ts';
import { csvCell, toCsv } from '../../../src/results/csvWriter.ts';
import type { Verification } from '../../../src/results/verifyResult.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const survey = { type: 'enquete', instrument: 'questionnaire', sampleSize: 50 } as const;
const club = { type: 'lienSocial', instrument: 'club', target: {} } as const;
const coupon = { type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1 } as const;

/** A confirmed entry whose last tick has the given retention (objective worth 2 points) and margin shift. */
function entry(learner: string, options: { retention: number; margin: number; decisions?: DecisionsLog; hash?: string; scenarioId?: string }): ClassEntry {
  const tweak = (k: TickKpis): TickKpis => ({ ...k, retentionRate: options.retention, netMargin: k.netMargin + options.margin });
  const scenario = fixtureScenario(options.scenarioId ? { id: options.scenarioId } : {});
  const file = buildResultFile({
    learner,
    scenario,
    seed: 42,
    mode: 'committed',
    decisions: options.decisions ?? [],
    kpis: makeKpiSeries(12, tweak),
    stateHash: options.hash ?? `${learner.length}`.padStart(16, 'a').replace(/[^0-9a-f]/g, 'b'),
    appVersion: '0.1.0',
  });
  const verification: Verification = { status: 'confirmed', file, warnings: [] };
  return { fileName: `${learner}.json`, verification };
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
    ]);
    expect(rows.map((r) => r.rank)).toEqual([1, 1]);
    expect(scenariosOf(rows).map((s) => s.id)).toEqual(['boutique-test', 'boutique-modifiee']);
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

  it('sorts by any column both ways, rows without a value last', () => {
    const rows = compareClass([
      entry('bruno', { retention: 0.7, margin: 0 }),
      { fileName: 'x.txt', verification: { status: 'invalid', errors: ['?'] } },
      entry('Anna', { retention: 0.9, margin: 0 }),
      entry('Élodie', { retention: 0.8, margin: 0 }),
    ]);
    expect(sortRows(rows, 'learner', 'ascending').map((r) => r.learner)).toEqual(['Anna', 'bruno', 'Élodie', '']);
    expect(sortRows(rows, 'retention', 'descending').map((r) => r.retention)).toEqual([0.9, 0.8, 0.7, null]);
    expect(sortRows(rows, 'retention', 'ascending').map((r) => r.retention)).toEqual([0.7, 0.8, 0.9, null]);
    expect(sortRows(rows, 'status', 'ascending').map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'invalid']);
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
    ]);
    const csv = classCsv(rows, { t, locale: 'fr' }, true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0].split(';').slice(0, 3)).toEqual(['Rang', 'Élève', 'Fichier']);
    expect(lines[0]).toContain('Enquête de satisfaction');
    const first = lines[1].split(';');
    expect(first[0]).toBe('1');
    expect(first[1]).toBe("'=cmd|calc");
    expect(first[5]).toBe('12');
    expect(first[6]).toBe('terminée');
    expect(first[7]).toBe('confirmé');
    expect(first[13]).toBe('95');
    expect(lines[2]).toContain('invalide');
    expect(lines[2].endsWith('pas du JSON')).toBe(true);
  });
});
