/**
 * What the class view can and cannot vouch for (QA robust #3, #8; teacher #10): the mode a file
 * declares is said to come from the file, not from the replay; a shipped scenario changed under its
 * own id is said before anything else; the run's name (a what-if branch's) is shown with the file.
 */
import { execFileSync } from 'node:child_process';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';

const bakery = shippedScenarios().scenarios.find((s) => s.scenario.id === 'boulangerie-du-marche')!.scenario;

function resultFile(name: string, learner: string, scenario: Scenario, runName: string): File {
  const { state, reports } = engine.runSimulation(scenario, { seed: 42, ticks: 1, decisions: [] });
  const file = buildResultFile({ learner, runName, scenario, seed: 42, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  return new File([exportResultFile(file).text], name, { type: 'application/json' });
}

describe('what the class view vouches for', () => {
  it('says the mode is the file’s word, names an edited shipped scenario, and shows the run’s name', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const edited = { ...bakery, customers: { ...bakery.customers, initial: bakery.customers.initial + 1 } };
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      resultFile('lea.json', 'Léa', bakery, 'Ma partie — et si… (la semaine 2)'),
      resultFile('max.json', 'Max', edited, 'Ma partie'),
    ]);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 60_000 });
    const table = screen.getByRole('table', { name: /Résultats de la classe/ });
    const lea = within(table).getByRole('row', { name: /Léa/ });
    const max = within(table).getByRole('row', { name: /Max/ });
    expect(lea).toHaveTextContent('Nom de la partie : Ma partie — et si… (la semaine 2)');
    // the mode is the game's (its key holds it): said once in each game's line, not in every row
    expect(lea).not.toHaveTextContent('Mode : engagé');
    expect(screen.getAllByText(/Partie [AB] : .* mode engagé/)).toHaveLength(2);
    expect(lea).not.toHaveTextContent('scénario modifié');
    expect(max).toHaveTextContent('scénario modifié : ce n’est pas « Boulangerie du Marché » tel que l’application le fournit');
    screen.getByText(/Le mode \(bac à sable ou engagé\) et les outils verrouillés viennent du fichier de l’élève/);
  }, 90_000);

  // the bakery as the app shipped it before 838666c (objective 398 000 €, since 390 000 €), when git has that commit
  const before838666c = (() => {
    try {
      const parsed = parseScenario(
        JSON.parse(execFileSync('git', ['show', '838666c^:scenarios/boulangerie-du-marche.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
      );
      return parsed.ok ? parsed.scenario : null;
    } catch {
      return null;
    }
  })();
  it.skipIf(before838666c === null)('calls a file of an earlier shipped version of the scenario an earlier version, not « modifié »', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('zoe.json', 'Zoé', before838666c!, 'Ma partie')]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 60_000 });
    const zoe = within(screen.getByRole('table', { name: /Résultats de la classe/ })).getByRole('row', { name: /Zoé/ });
    expect(zoe).toHaveTextContent('ancienne version du scénario fourni « Boulangerie du Marché » (modifié depuis par l’application)');
    expect(zoe).not.toHaveTextContent('scénario modifié');
  }, 90_000);
});
