/**
 * The class CSV carries what the class table shows of the « sans action (même graine) » reference:
 * its line, marked and not ranked, and each compared file's difference from it (net margin, active
 * customers) in two numeric columns; a refuted file gets its replay's.
 */
import { describe, expect, it } from 'vitest';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass, type ClassEntry } from '../../../src/results/classComparison.ts';
import type { NoActionReference } from '../../../src/results/noActionReference.ts';
import { replayFigures } from '../../../src/results/replayFigures.ts';
import type { Verification } from '../../../src/results/verifyResult.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function entry(learner: string, margin: number, status: 'confirmed' | 'refuted' = 'confirmed'): ClassEntry {
  const kpis = makeKpiSeries(12, (k) => ({ ...k, netMargin: k.netMargin + margin }));
  const file = buildResultFile({
    learner,
    scenario,
    seed: 42,
    mode: 'committed',
    decisions: [],
    kpis,
    stateHash: `${learner.length}`.padStart(16, 'a'),
    appVersion: '0.1.0',
  });
  const replayed = replayFigures(scenario, kpis);
  const verification: Verification =
    status === 'confirmed'
      ? { status, file, warnings: [], replayed }
      : { status, file, warnings: [], replayed, differences: [{ what: 'stateHash', recorded: 0, recomputed: 1, text: 'état final différent' }] };
  return { fileName: `${learner}.json`, verification };
}

function csvLines(locale: 'fr' | 'en', references: NoActionReference[]): string[][] {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const rows = compareClass([entry('Anna', 100), entry('Bruno', -50), entry('Tricheur', 9_000, 'refuted')]);
  const withRefs = references.map((r) => ({ ...r, gameKey: rows[0].game!.key }));
  return classCsv(rows, { t, locale }, locale === 'fr', withRefs)
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '')
    // the separator follows the decimal mark (csvWriter.ts): « ; » with a comma, « , » with a point
    .map((l) => l.split(locale === 'fr' ? ';' : ','));
}

describe('class CSV: the no-action reference', () => {
  const anna = compareClass([entry('Anna', 100)])[0];
  const reference: NoActionReference = {
    gameKey: '',
    ticks: 12,
    points: 1,
    maxPoints: 4,
    turnover: 300_000,
    grossMargin: 90_000,
    netMargin: anna.netMargin! - 1_000,
    activeCustomers: anna.activeCustomers! - 7,
    retention: 0.5,
  };

  it('adds each file’s difference in two columns, and the reference as a last line, marked and not ranked', () => {
    const [header, ...lines] = csvLines('fr', [reference]);
    const margin = header.indexOf('Écart de marge nette avec « sans action »');
    const customers = header.indexOf('Écart de clients actifs avec « sans action »');
    expect([margin, customers]).toEqual([header.indexOf('Rétention sur un an (%)') + 1, header.indexOf('Rétention sur un an (%)') + 2]);
    const byName = Object.fromEntries(lines.map((l) => [l[1], l]));
    expect([byName.Anna[margin], byName.Anna[customers]]).toEqual(['1000', '7']);
    // Bruno made 150 a period less than Anna over 12 periods
    expect(byName.Bruno[margin]).toBe('-800');
    // a refuted file: the difference from its replay's figures (here only its final state was contradicted: the same as its own), as the table gives it
    expect([byName.Tricheur[margin], byName.Tricheur[customers]]).toEqual([String(12 * 9_000 - 100 * 12 + 1_000), '7']);

    const last = lines[lines.length - 1];
    expect(last[0]).toBe('réf.');
    expect(last[1]).toBe('Sans action (même graine)');
    expect(last[3]).toBe(frenchText`référence, non classée : le même commerce, la même graine, aucune décision`);
    expect(last[header.indexOf('Vérification')]).toBe('référence rejouée');
    expect(Number(last[header.indexOf('Marge nette cumulée')].replace(',', '.'))).toBe(reference.netMargin);
    expect(last[header.indexOf('Lettre de partie')]).toBe('A');
    expect([last[margin], last[customers]]).toEqual(['', '']);
    // the learners' ranks are unchanged by it
    expect(lines.filter((l) => l[0] !== '' && l[0] !== 'réf.').map((l) => [l[1], l[0]])).toEqual([
      ['Anna', '1'],
      ['Bruno', '2'],
    ]);
  });

  it('without a reference yet, the columns stay empty and no line is added', () => {
    const [header, ...lines] = csvLines('fr', []);
    expect(lines).toHaveLength(3);
    const margin = header.indexOf('Écart de marge nette avec « sans action »');
    expect(lines.every((l) => l[margin] === '')).toBe(true);
  });

  it('in English too', () => {
    const [header, ...lines] = csvLines('en', [reference]);
    expect(header).toContain('Net margin difference from “no action”');
    expect(header).toContain('Active customers difference from “no action”');
    expect(lines[lines.length - 1].slice(0, 2)).toEqual(['ref.', 'No action (same seed)']);
  });
});
