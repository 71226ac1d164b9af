/**
 * The class view shows each learner's mode (committed: decisions were final). The mode is part of what
 * makes a game, so since 7658e89 it is said once in each game's line, not in every row.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { ResultMode } from '../../../src/results/resultFileSchema.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function resultFile(learner: string, mode: ResultMode): File {
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 6, decisions: [] });
  const file = buildResultFile({
    learner,
    scenario,
    seed: 3,
    mode,
    decisions: [],
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
  });
  return new File([exportResultFile(file).text], `${learner}.json`, { type: 'application/json' });
}

describe('class view and run modes', () => {
  it('says « mode engagé » or « mode bac à sable » in the line of each file’s game', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('Anna', 'committed'), resultFile('Bruno', 'sandbox')]);
    await screen.findByText(/Vérification terminée : 2 confirmés/, undefined, { timeout: 20_000 });
    // two modes, two games (A and B, in the order of the files), each line naming its mode
    expect(screen.getByText(/^Partie [AB] : .*mode engagé/, { selector: 'li' })).toBeInTheDocument();
    expect(screen.getByText(/^Partie [AB] : .*mode bac à sable/, { selector: 'li' })).toBeInTheDocument();
    // the chart's choice of game tells the two games of the same shop apart by their mode (QA qa23 F7)
    const chartGames = within(screen.getByRole('combobox', { name: 'Partie du graphique' })).getAllByRole('option');
    expect(chartGames.map((o) => o.textContent?.replace(/^.*\(/, '('))).toEqual(expect.arrayContaining(['(mode engagé)', '(mode bac à sable)']));
    const table = screen.getByRole('table', { name: /./ });
    expect(within(table).getByRole('row', { name: /Anna/ })).not.toHaveTextContent('Mode : engagé');
  });
});
