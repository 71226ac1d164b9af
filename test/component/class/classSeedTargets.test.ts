/**
 * The class table on a seed that moves the objectives' targets (src/engine/seedTargets.ts): a file
 * made before the adjustment existed is kept, its points said not adjusted (not comparable); a newer
 * file whose `seedTargets` were deleted is refuted, the reason said, and so is a file of a model made
 * after the adjustment whose marker was deleted with them. The no-action game on the seed,
 * which the adjustment needs, is the game's « sans action » reference too: played once.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { seedAdjustment } from '../../../src/engine/seedAdjustmentRun.ts';
import type { SeedAdjustment } from '../../../src/engine/seedTargets.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer, type ReplayRequest } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import { summarizeRun } from '../../../src/results/runSummary.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const SEED = 7;
const TICKS = 12;

function played(learner: string, seedTargets: SeedAdjustment | null, edit?: (file: Partial<ResultFile>) => void): File {
  const { state, reports } = engine.runSimulation(scenario, { seed: SEED, ticks: TICKS, decisions: [] });
  const file: Partial<ResultFile> = buildResultFile({
    learner,
    scenario,
    seed: SEED,
    mode: 'committed',
    decisions: [],
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
    seedTargets,
  });
  edit?.(file);
  return new File([exportResultFile(file as ResultFile).text], `${learner}.json`, { type: 'application/json' });
}

describe('class table on a seed that moves the targets', () => {
  it('marks an older file as not adjusted and refutes a newer one without its adjustment', async () => {
    const adjustment = seedAdjustment(scenario, SEED)!;
    const kpis = engine.runSimulation(scenario, { seed: SEED, ticks: TICKS, decisions: [] }).reports.map((r) => r.kpis);
    const user = userEvent.setup();
    const replay = engineReplayer(engine);
    const requests: ReplayRequest[] = [];
    render(ClassScreen, { replayer: (request: ReplayRequest) => (requests.push(request), replay(request)) });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      played('Léa', adjustment),
      // made before the adjustment: no marker, no seedTargets
      played('Max', null, (file) => delete file.seedAdjustment),
      // a newer file whose seedTargets were deleted and points regraded on the scenario's own targets
      played('Zoé', adjustment, (file) => {
        delete file.seedTargets;
        file.summary = JSON.parse(JSON.stringify(summarizeRun(scenario, kpis)));
      }),
      // the same with the marker deleted too, in a file of this model (made after the adjustment): refuted as well
      played('Noé', adjustment, (file) => {
        file.modelFingerprint = engine.modelFingerprint();
        delete file.seedTargets;
        delete file.seedAdjustment;
        file.summary = JSON.parse(JSON.stringify(summarizeRun(scenario, kpis)));
      }),
    ]);
    await screen.findByText('Vérification terminée : 2 confirmés, 2 réfutés, 0 invalide.', undefined, { timeout: 60_000 });
    const table = screen.getByRole('table', { name: /Résultats de la classe/ });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(row(/Max/)).toHaveTextContent('objectifs non ajustés à la graine (fichier d’une version antérieure)');
    expect(row(/Léa/)).not.toHaveTextContent('objectifs non ajustés');
    expect(row(/Zoé/)).toHaveTextContent('ajustement des objectifs à la graine retiré du fichier');
    expect(row(/Zoé/)).not.toHaveTextContent('objectifs non ajustés');
    // (the row's text with its spaces normalized: the no-break space before « : » reads as a space)
    expect(row(/Noé/)).toHaveTextContent(`ajustement des objectifs à la graine retiré du fichier : son modèle (${engine.modelFingerprint()}) est postérieur à l’ajustement`);
    expect(row(/Noé/)).not.toHaveTextContent('objectifs non ajustés');
    // the four files' replays (with no decision, as doing nothing), then the no-action games: the seed's
    // (adjustment and reference: one game, not two) and the default seed's, once each
    await within(table).findByRole('row', { name: /Sans action \(même graine\)/ }, { timeout: 20_000 });
    const games = (seed: number) => requests.filter((r) => r.seed === seed && r.ticks === TICKS && r.decisions.length === 0).length;
    expect([games(SEED), games(scenario.defaultSeed), requests.length]).toEqual([5, 1, 6]);
  }, 90_000);
});
