/**
 * A genuine file made before files named their model (30/11/2026), whose replay under today's engine
 * differs (QA qa15 F7): the class view puts it with another model's, not verifiable here, the unknown
 * version said on its row and in the CSV; never « réfuté », its figures never « faux », and never an
 * identical result with a classmate's file of the same decisions (the page's « modifié » paragraph).
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const decisions: DecisionsLog = [{ tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon'] } }] }];
const replay = engineReplayer(engine);

function played(learner: string): ResultFile {
  const { state, reports } = engine.runSimulation(scenario, { seed: scenario.defaultSeed, ticks: 8, decisions });
  return buildResultFile({
    learner,
    scenario,
    seed: scenario.defaultSeed,
    mode: 'committed',
    decisions,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
  });
}

/** Léa's file as an app of 30/11/2026 wrote it: no model named, no seed adjustment marker, the figures of its own engine */
function olderFile(): string {
  const file = played('Bruno Martin');
  delete file.modelFingerprint;
  delete file.seedAdjustment;
  file.stateHash = '0123456789abcdef';
  file.summary.cumulativeGrossMargin += 21_706;
  return exportResultFile(file).text;
}

describe('a file from before model fingerprints in the class view (QA qa15 F7)', () => {
  it('is not refuted nor called false, says the unknown version on its row and in the CSV, and is no identical result of a classmate’s', async () => {
    const lea = await verifyResult(exportResultFile(played('Léa Dubois')).text, replay);
    const bruno = await verifyResult(olderFile(), replay);
    expect(lea.status).toBe('confirmed');
    const rows = compareClass([
      { fileName: 'lea.json', verification: lea },
      { fileName: 'bruno.json', verification: bruno },
    ]);
    const row = rows[1];
    expect(row.status).toBe('otherModel');
    expect(row.wrongFigures).toEqual([]);
    expect(row.problems[0]).toMatch(/^Ce fichier ne dit pas avec quelle version du modèle il a été produit \(fichier antérieur au 30\/11\/2026\)/);
    expect(row.problems[0]).toContain('réexporter sa partie');
    expect(rows.map((r) => r.sameResultAs)).toEqual([[], []]);

    const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);
    const [header, , line] = plainSpaces(classCsv(rows, { t, locale: 'fr' }, true)).slice(1).split('\r\n');
    const cells = line.split(';');
    expect(cells[header.split(';').indexOf('Vérification')]).toBe('autre version du modèle');
    expect(cells[header.split(';').indexOf('Remarques')]).toMatch(/^"?Ce fichier ne dit pas avec quelle version du modèle/);
  });
});
