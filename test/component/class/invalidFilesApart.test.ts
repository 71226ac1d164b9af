/**
 * An unreadable file in the class view (QA teacher en 3, then QA qa14 C1): its reason (« c’est un fichier de
 * partie… », « le fichier n’est pas un JSON valide, ligne 130… ») once sat in the « Vérification » column,
 * one or two words a line, then spanned the rest of its row; but the row stayed among the ranked learners as
 * « (sans nom) — invalide », on the projector too, until removed. It is now listed apart, under the table,
 * with its reason, whose it is when the file says so, and « Retirer »; a readable file keeps its cells.
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

describe('an invalid file in the class view', () => {
  it('is listed apart from the ranked table, with its reason and « Retirer »', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      new File([honest('Anna')], 'anna.json', { type: 'application/json' }),
      new File(['{"format": "fidelis-result", "learner": "Bruno"'], 'bruno.json', { type: 'application/json' }),
    ]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 1 invalide.', undefined, { timeout: 20_000 });
    const table = screen.getByRole('table');
    const rows = within(table.querySelector('tbody')!).getAllByRole('row');
    // only the readable file is a row, with one cell per column
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent(/anna\.json/);
    // the learner's column is two cells, their name (the row's header) and their file's (QA qa27class M2)
    expect([...rows[0].children]).toHaveLength(CLASS_COLUMNS.length + 1);
    expect(table).not.toHaveTextContent(/bruno\.json|sans nom|invalide/);
    // the unreadable one under the table: why, whose, and the next step
    const list = screen.getByRole('region', { name: 'Fichiers illisibles' });
    const [bruno] = list.querySelectorAll<HTMLElement>(':scope > ul > li');
    expect(bruno).toHaveTextContent(/bruno\.json/);
    expect(bruno).toHaveTextContent(/Bruno/);
    expect(within(bruno).getByText('invalide')).toBeInTheDocument();
    // a result file cut before its end (qa11 F2): says so
    expect(bruno.textContent).toMatch(/fichier de résultat incomplet/);
    await user.click(within(bruno).getByRole('button', { name: 'Retirer bruno.json' }));
    expect(screen.queryByRole('region', { name: 'Fichiers illisibles' })).toBeNull();
    expect(within(screen.getByRole('table').querySelector('tbody')!).getAllByRole('row')).toHaveLength(1);
  }, 40_000);
});
