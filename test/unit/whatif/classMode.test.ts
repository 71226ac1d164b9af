/** The class view says each file's mode (issue 7: the result file says whether decisions were final). */
import { describe, expect, it } from 'vitest';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass, type ClassEntry } from '../../../src/results/classComparison.ts';
import type { ResultMode } from '../../../src/results/resultFileSchema.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

function entry(learner: string, mode: ResultMode): ClassEntry {
  const file = buildResultFile({
    learner,
    scenario: fixtureScenario(),
    seed: 1,
    mode,
    decisions: [],
    kpis: makeKpiSeries(4),
    stateHash: 'abcdef0123456789',
    appVersion: '0',
  });
  return { fileName: `${learner}.json`, verification: { status: 'confirmed', file, warnings: [] } };
}

describe('mode in the class view', () => {
  it('gives each row the mode of its file and none for an invalid file', () => {
    const rows = compareClass([
      entry('Anna', 'committed'),
      entry('Bruno', 'sandbox'),
      { fileName: 'x.json', verification: { status: 'invalid', errors: ['illisible'] } },
    ]);
    expect(Object.fromEntries(rows.map((r) => [r.fileName, r.mode]))).toEqual({ 'Anna.json': 'committed', 'Bruno.json': 'sandbox', 'x.json': null });
  });

  it('exports the mode in its own CSV column, translated', () => {
    const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);
    const lines = classCsv(compareClass([entry('Anna', 'committed'), entry('Bruno', 'sandbox')]), { t, locale: 'fr' }, true)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = lines[0].split(';');
    const column = header.indexOf('Mode');
    expect(column).toBe(header.indexOf('Remarques') - 1);
    const byLearner = Object.fromEntries(lines.slice(1, 3).map((l) => [l.split(';')[1], l.split(';')[column]]));
    expect(byLearner).toEqual({ Anna: 'engagé', Bruno: 'bac à sable' });
  });
});
