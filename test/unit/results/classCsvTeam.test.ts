/**
 * The class CSV's team column (QA qa16 F1): the team view groups the files by team, the CSV said
 * nothing of it. « Équipe » / "Team" beside the learner's name: the team the file declares (named
 * as the team view names it), else the teams the teacher formed with it; empty without one.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass, type ClassEntry } from '../../../src/results/classComparison.ts';
import { teamOfFile } from '../../../src/results/teamColumn.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function entry(id: number, learner: string, team?: string): ClassEntry & { id: number } {
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 4, decisions: [] });
  const file = buildResultFile({ learner, team, scenario, seed: 3, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  return { id, fileName: `${learner}.json`, verification: { status: 'confirmed', file, warnings: [] } };
}

const files = [
  entry(1, 'Léa', 'Les Croissants'),
  entry(2, 'Bruno', ' les croissants '),
  entry(3, 'Inès'),
  entry(4, 'Jules'),
  entry(5, 'Driss', 'Équipe B'),
  { id: 6, fileName: 'cassé.json', verification: { status: 'invalid' as const, errors: ['pas du JSON'] } },
];

function table(locale: 'fr' | 'en'): string[][] {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params);
  // Jules and Driss ticked together by the teacher: Driss stays in the team his file declares
  const teams = teamOfFile(files, [{ name: 'Binôme 2', ids: [4, 5] }]);
  return classCsv(compareClass(files), { t, locale }, locale === 'fr', [], teams)
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(locale === 'fr' ? ';' : ','));
}

describe('class CSV: the team column', () => {
  it.each([
    ['fr', ['Rang', 'Élève', 'Équipe', 'Fichier']],
    ['en', ['Rank', 'Student', 'Team', 'File']],
  ] as const)('%s: beside the learner, the team as the team view shows it', (locale, headers) => {
    const [header, ...lines] = table(locale);
    expect(header.slice(0, 4)).toEqual(headers);
    const team = Object.fromEntries(lines.map((l) => [l[header.indexOf(headers[3])], l[2]]));
    expect(team).toEqual({
      'Léa.json': 'Les Croissants',
      'Bruno.json': 'Les Croissants',
      'Inès.json': '',
      'Jules.json': 'Binôme 2',
      'Driss.json': 'Équipe B',
      'cassé.json': '',
    });
  });
});
