/**
 * QA qa11 F11: a PNG was refused before the class (« … ce n’est pas un fichier de résultat Fidélis …
 * Il n’a pas été ajouté à la classe. ») but a student's notes-cours.json, a JSON file that is no result
 * file at all, stayed in the class as an invalid « (sans nom) » row the teacher had to remove. A JSON
 * file with no result file's format nor its fields is now left out with the picture's sentence; a
 * result file damaged, cut short, empty, of a newer format, hostile or refuted, a result file that lost
 * its format, and a run file handed in instead are still rows, each with its own reason.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { RESULT_TEXTS } from '../../../src/results/readResultFile.ts';
import { translateCount } from '../../../src/i18n/plural.ts';
import { ClassImport, notAResultJson, type ResultSource } from '../../../src/ui/class/classImport.svelte.ts';
import { fixtureScenario, fixtureScenarioInput } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function resultText(learner: string, tamper?: (file: ReturnType<typeof buildResultFile>) => void): string {
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 4, decisions: [] });
  const file = buildResultFile({ learner, scenario, seed: 3, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  tamper?.(file);
  return exportResultFile(file).text;
}

const source = (name: string, text: string): ResultSource => ({ name, size: text.length, text: async () => text });

/** Not result files at all: out of the class. */
const notResults: [string, string][] = [
  ['notes-cours.json', JSON.stringify({ titre: 'Notes de cours', texte: 'RFM…', summary: 'la fidélisation' }, null, 2)],
  ['liste.json', '[1, 2]'],
  ['mot.json', '"bonjour"'],
  ['vide-objet.json', '{}'],
  ['autre-appli.json', '\uFEFF{"format": "autre-chose", "data": []}'],
  ['scenario.json', JSON.stringify(fixtureScenarioInput)],
];

describe('a JSON file that is no result file (QA qa11 F11)', () => {
  it('is left out of the class with the picture’s sentence, not kept as an invalid row', async () => {
    const imports = new ClassImport(engineReplayer(engine), () => 'fr');
    await imports.add([source('hugo.json', resultText('Hugo')), ...notResults.map(([name, text]) => source(name, text)), source('capture.png', '\u0089PNG\r\n\u001a\n')]);
    expect(imports.files.map((f) => f.fileName)).toEqual(['hugo.json']);
    expect(imports.notResults).toEqual([...notResults.map(([name]) => name), 'capture.png']);
    expect(imports.counts.invalid).toBe(0);
    expect(translateCount('fr', 'classView.notResult', 1, { files: 'notes-cours.json' })).toMatch(/^notes-cours\.json\s: ce n’est pas un fichier de résultat Fidélis .* Il n’a pas été ajouté à la classe\.$/);
  });

  it('keeps as a row, with its own reason, what is or was a result file, and a run file handed in instead', async () => {
    const honest = resultText('Léa');
    const kept: [string, string][] = [
      ['coupe.json', honest.slice(0, honest.length / 2)],
      ['vide.json', ''],
      ['casse.json', honest.replace('"seed": 3,', '"seed": 3')],
      ['photo.json', '\u0089PNG pas du JSON'],
      ['futur.json', honest.replace('"formatVersion": 1', '"formatVersion": 7')],
      ['sans-format.json', JSON.stringify({ ...JSON.parse(honest), format: undefined })],
      ['proto.json', '{"format":"fidelis-result","__proto__":{"x":1}}'],
      ['partie.json', JSON.stringify({ format: 'fidelis-run', version: 1, run: { id: 'r1', name: 'Boulangerie' }, seed: 1907 })],
    ];
    const imports = new ClassImport(engineReplayer(engine), () => 'fr');
    await imports.add([...kept.map(([name, text]) => source(name, text)), source('triche.json', resultText('Chloé', (f) => void (f.summary.cumulativeNetMargin += 5000)))]);
    expect(imports.notResults).toEqual([]);
    expect(imports.files.map((f) => f.fileName)).toEqual([...kept.map(([name]) => name), 'triche.json']);
    expect(imports.counts).toMatchObject({ invalid: kept.length, refuted: 1 });
    const reason = (name: string) => imports.rows.find((r) => r.fileName === name)!.problems;
    expect(reason('coupe.json')).toContain(RESULT_TEXTS.fr.invalid.truncated);
    expect(reason('vide.json')).toContain(RESULT_TEXTS.fr.invalid.empty);
    expect(reason('partie.json')[0]).toMatch(/^c’est un fichier de partie/);
    // Léa's file that lost its format still names her
    expect(imports.rows.find((r) => r.fileName === 'sans-format.json')!.learner).toBe('Léa');
  });

  it('tells them apart without the import', () => {
    for (const [, text] of notResults) expect(notAResultJson(text)).toBe(true);
    for (const text of ['', '{"format": "fidelis-result"', '{ pas du JSON', resultText('Léa'), '{"format": "fidelis-run"}', '{"learner": "Léa", "stateHash": "ab12cd34"}']) expect(notAResultJson(text)).toBe(false);
  });
});
