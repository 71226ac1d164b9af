/**
 * QA qa31lesson m7: the projector leaves out the « Rétention sur un an » column (tableColumns) but its long note stayed
 * right under the table. The note follows its column: shown with it, gone with it.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { playedResultFile } from '../../fixtures/playedResultFile.ts';

function upload(learner: string): File {
  const file = playedResultFile(learner, [{ tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }], { seed: 3 });
  return new File([exportResultFile(file).text], `${learner}.json`, { type: 'application/json' });
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.display;
});

describe('the retention note follows its column (QA qa31lesson m7)', () => {
  it('is under the table with the column, and leaves with it on the projector', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [upload('Anna'), upload('Bruno')]);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 30_000 });
    const region = screen.getByRole('region', { name: /Résultats de la classe/ });
    const column = () => within(region).queryByRole('columnheader', { name: 'Rétention sur un an' });
    const note = () => screen.queryByText(/^Rétention sur un an : part des clients gardés/);
    expect(column()).not.toBeNull();
    expect(note()).not.toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Affichage projecteur' }));
    expect(column()).toBeNull();
    expect(note()).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Affichage projecteur' }));
    expect(column()).not.toBeNull();
    expect(note()).not.toBeNull();
  }, 60_000);
});
