/**
 * An unreadable file in the class table (QA teacher en 3): why it was refused (« c’est un fichier de
 * partie… », « le fichier n’est pas un JSON valide, ligne 130… ») sat in the « Vérification » column,
 * about 140 px wide at 1 366 px, one or two words a line over twenty lines, while the seven cells to
 * its right stayed empty. The reason now spans the rest of the row; a readable file keeps its cells.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { CLASS_COLUMNS } from '../../../src/ui/class/classViewText.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

function honest(learner: string): string {
  const scenario = fixtureScenario();
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 4, decisions: [] });
  const file = buildResultFile({ learner, scenario, seed: 3, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  return exportResultFile(file).text;
}

describe('an invalid file in the class table', () => {
  it('gives its reason the rest of the row', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      new File([honest('Anna')], 'anna.json', { type: 'application/json' }),
      new File(['{"format": "fidelis-result", "learner": "Bruno"'], 'bruno.json', { type: 'application/json' }),
    ]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 1 invalide.', undefined, { timeout: 20_000 });
    const rows = within(screen.getByRole('table').querySelector('tbody')!).getAllByRole('row');
    const row = (file: string) => rows.find((r) => within(r).queryByText(file))!;
    const cells = (r: HTMLElement) => [...r.children] as HTMLTableCellElement[];
    // rank, name, scenario, then the reason over the other eight columns
    const invalid = cells(row('bruno.json'));
    expect(invalid).toHaveLength(4);
    expect(invalid[3].colSpan).toBe(CLASS_COLUMNS.length - 3);
    expect(within(invalid[3]).getByText('invalide')).toBeInTheDocument();
    // a result file cut before its end (qa11 F2): says so, and whose it is
    expect(invalid[3].textContent).toMatch(/fichier de résultat incomplet/);
    expect(invalid[1].textContent).toMatch(/Bruno/);
    // a readable file keeps one cell per column
    expect(cells(row('anna.json'))).toHaveLength(CLASS_COLUMNS.length);
    expect(invalid.reduce((sum, c) => sum + c.colSpan, 0)).toBe(CLASS_COLUMNS.length);
  }, 40_000);
});
