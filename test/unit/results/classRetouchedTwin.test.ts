/**
 * QA teacher 4 and 5: a retouched copy of a learner's hand-in (same date, refuted) must not put the
 * honest confirmed file out of the ranking as an « ancien rendu »; a team counts learners, not their
 * files; a file opened and saved again in Notepad (byte order mark, CRLF) is the same file; a CSV or
 * a Word document is refused before the table as no result file, a real .zip keeps its advice.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { compareClass, type ClassEntry } from '../../../src/results/classComparison.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import { buildTeam, type TeamSourceFile } from '../../../src/results/teamView.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { ClassImport, type ResultSource } from '../../../src/ui/class/classImport.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
const CREATED = '2026-12-01T10:00:00.000Z';

function file(learner: string, team?: string): ResultFile {
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 4, decisions: club });
  return buildResultFile({
    learner,
    team,
    scenario,
    seed: 3,
    mode: 'committed',
    decisions: club,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
    createdAt: CREATED,
  });
}

const honest = (f: ResultFile): ClassEntry => ({ fileName: 'ines.json', verification: { status: 'confirmed', file: f, warnings: [] } });
const retouched = (f: ResultFile): ClassEntry => ({
  fileName: 'ines-retouche.json',
  verification: { status: 'refuted', file: { ...f, summary: { ...f.summary, cumulativeNetMargin: f.summary.cumulativeNetMargin + 20_000 } }, differences: [], warnings: [] },
});

describe('two versions of one hand-in, one retouched (same date)', () => {
  const ines = file('Inès');
  const tom = file('Tom');
  const tomEntry: ClassEntry = { fileName: 'tom.json', verification: { status: 'confirmed', file: tom, warnings: [] } };

  it('ranks the confirmed file whatever the import order; the refuted one says what it is', () => {
    for (const entries of [
      [honest(ines), retouched(ines), tomEntry],
      [retouched(ines), honest(ines), tomEntry],
    ]) {
      const rows = compareClass(entries);
      const row = (name: string) => rows.find((r) => r.fileName === name)!;
      expect(row('ines.json').unranked).toBeUndefined();
      expect(row('ines-retouche.json').unranked).toBe('retouchedTwin');
    }
    expect(translate('fr', 'classView.unranked.retouchedTwin')).toMatch(/^deux versions du même rendu, l’une retouchée/);
    expect(translate('en', 'classView.unranked.retouchedTwin')).toMatch(/^two versions of the same hand-in, one retouched/);
  });

  it('a team counts the learner once', () => {
    const members: TeamSourceFile[] = [
      { id: 1, fileName: 'ines.json', verification: honest(file('Inès', 'Les Croissants')).verification },
      { id: 2, fileName: 'ines-retouche.json', verification: retouched(file('Inès', 'Les Croissants')).verification },
      { id: 3, fileName: 'tom.json', verification: { status: 'confirmed', file: file('Tom', 'Les Croissants'), warnings: [] } },
    ];
    const team = buildTeam('Les Croissants', 'file', members)!;
    expect(team.members).toHaveLength(3);
    expect(team.learnerCount).toBe(2);
  });
});

const source = (name: string, text: string): ResultSource => ({ name, size: text.length, text: async () => text });

describe('what the import keeps', () => {
  const text = exportResultFile(file('Hugo')).text;

  it('a file saved again by Notepad (byte order mark, CRLF) is the same file', async () => {
    const imports = new ClassImport(engineReplayer(engine), () => 'fr');
    await imports.add([source('hugo.json', text), source('hugo-bloc-notes.json', '\uFEFF' + text.replace(/\n/g, '\r\n'))]);
    expect(imports.files.map((f) => f.fileName)).toEqual(['hugo.json']);
    expect(imports.duplicates).toEqual([{ fileName: 'hugo-bloc-notes.json', sameAs: 'hugo.json', withinImport: true }]);
  });

  it('refuses a CSV and a Word document as no result file, outside the table; a real .zip keeps its advice', async () => {
    const imports = new ClassImport(engineReplayer(engine), () => 'fr');
    const docx = 'PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000\u0000\u0000!\u0000[Content_Types].xml';
    const odt = 'PK\u0003\u0004\u0014\u0000\u0000\u0008\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.text';
    await imports.add([
      source('hugo.json', text),
      source('fidelis-classe.csv', 'Rang;Élève;Partie\r\n1;Léa;A\r\n'),
      source('devoir-ines.docx', docx),
      source('devoir.bin', docx),
      source('devoir.odt', odt),
      source('rendus.zip', 'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000lea.json'),
    ]);
    expect(imports.files.map((f) => f.fileName)).toEqual(['hugo.json']);
    expect(imports.notResults).toEqual(['fidelis-classe.csv', 'devoir-ines.docx', 'devoir.bin', 'devoir.odt']);
    expect(imports.archives).toEqual(['rendus.zip']);
    expect(imports.counts.invalid).toBe(0);
    expect(translate('fr', 'classView.notResultOne', { files: 'a.csv' })).toContain(
      'ce n’est pas un fichier de résultat Fidélis (fichier .json téléchargé depuis le Bilan de l’élève)',
    );
    expect(translate('en', 'classView.notResultOne', { files: 'a.csv' })).toContain('this is not a Fidélis result file');
  });

  it('keeps a damaged file named .json as an invalid row', async () => {
    const imports = new ClassImport(engineReplayer(engine), () => 'fr');
    await imports.add([source('photo.json', '\u0089PNG pas du JSON')]);
    expect(imports.notResults).toEqual([]);
    expect(imports.counts.invalid).toBe(1);
  });
});
