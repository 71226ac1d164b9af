/**
 * A student's Bilan opened from the class view grades the run as the class table does (verifyResult.ts):
 * on a seed that moves the targets, against the adjustment recomputed from the no-action games
 * (src/engine/seedTargets.ts), said in its objectives section and written in the labels; an older file
 * without the adjustment keeps the scenario's own targets, as it was graded when made.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { seedAdjustment } from '../../../src/engine/seedAdjustmentRun.ts';
import type { SeedAdjustment } from '../../../src/engine/seedTargets.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import ClassBilan from '../../../src/ui/class/ClassBilan.svelte';
import { playedResultFile } from '../../fixtures/playedResultFile.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const decisions: DecisionsLog = [{ tick: 2, actions: [{ type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon', 'bon'] } }] }];
const SEED = 7;

function playedFile(seedTargets: SeedAdjustment | null): ResultFile {
  return playedResultFile('Camille Martin', decisions, { seed: SEED, ticks: 12, seedTargets });
}

describe('the class view’s Bilan of a run on a seed that moves its targets', () => {
  afterEach(() => setLocale('fr'));
  const adjustment = seedAdjustment(scenario, SEED)!;
  const actifs = adjustment.objectives.find((o) => o.id === 'actifs')!;

  it('grades it on the recomputed adjustment, as the table, and says so', async () => {
    // the premise: this seed moves the target
    expect(actifs.target).not.toBe(150);
    // a file whose recorded adjustment was lowered: the Bilan uses the recomputed one, not the file's
    const forged = playedFile({ ...adjustment, objectives: adjustment.objectives.map((o) => ({ ...o, target: 0 })) });
    await loadLocale('fr', 'debrief');
    render(ClassBilan, { file: forged, fileName: 'camille.json', replayer: engineReplayer(engine), onback: () => {} });
    expect(await screen.findByText(/^Cibles ajustées à la graine 7/, undefined, { timeout: 20_000 })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /clients actifs en semaine 8/ });
    expect(row.querySelector('th')).toHaveTextContent(`Au moins ${actifs.target} clients actifs en semaine 8`);
    expect(row).toHaveTextContent(new RegExp(`≥ ${actifs.target} au lieu de ≥ 150 à la graine ${scenario.defaultSeed}`));
  });

  it('keeps the scenario’s own targets for an older file made without the adjustment', async () => {
    const older: Partial<ResultFile> = playedFile(null);
    delete older.seedAdjustment;
    await loadLocale('fr', 'debrief');
    render(ClassBilan, { file: older as ResultFile, fileName: 'ancien.json', replayer: engineReplayer(engine), onback: () => {} });
    const row = await screen.findByRole('row', { name: /clients actifs en semaine 8/ }, { timeout: 20_000 });
    expect(row.querySelector('th')).toHaveTextContent('Au moins 150 clients actifs en semaine 8');
    expect(screen.queryByText(/ajustées à la graine/)).toBeNull();
  });
});
