/**
 * QA qa16 F6: past the table, the export, « Effacer la classe… », the chart and the teams were reached
 * only through every row's buttons (16 Tab stops for 6 files, about 64 for 30). A second link at the top
 * of the view, beside « Aller au tableau de la classe », moves the focus past the table: « Exporter en
 * CSV » is then two Tab stops away, whatever the class's size.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { playedResultFile } from '../../fixtures/playedResultFile.ts';

const learners = ['Anna', 'Bruno', 'Chloé', 'Driss', 'Éva'];

/** each learner a coupon of another rate: five rows, each with its own buttons */
function resultFile(learner: string, i: number): File {
  const file = playedResultFile(learner, [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.05 + i * 0.05 }] }], { seed: 3 });
  return new File([exportResultFile(file).text], `${learner}.json`, { type: 'application/json' });
}

describe('class view: « Aller à l’export, au graphique et aux équipes » (QA qa16 F6)', () => {
  afterEach(() => setLocale('fr'));

  it('is the Tab stop after « Aller au tableau de la classe » and puts « Exporter en CSV » two Tab stops away, past every row', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), learners.map(resultFile));
    await screen.findByText('Vérification terminée : 5 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    // the export waits for the « sans action » reference: a disabled button is no Tab stop
    const exportButton = screen.getByRole('button', { name: 'Exporter en CSV' });
    await expect.poll(() => exportButton.hasAttribute('disabled'), { timeout: 20_000 }).toBe(false);
    expect(screen.getAllByRole('button', { name: /^Voir le bilan/ })).toHaveLength(5);

    const title = screen.getByRole('heading', { level: 2, name: 'Vue classe' });
    title.tabIndex = -1;
    title.focus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Aller au tableau de la classe' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Aller à l’export, au graphique et aux équipes' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const tools = screen.getByRole('group', { name: 'Exporter ou effacer la classe' });
    expect(tools).toHaveFocus();
    expect(tools).toContainElement(exportButton);
    // the route (the address's hash) did not change
    expect(location.hash).not.toContain('class-tools');
    // the decimal comma's box, then the export, then « Effacer la classe… »
    await user.tab();
    expect(screen.getByRole('checkbox', { name: /^Virgule décimale/ })).toHaveFocus();
    await user.tab();
    expect(exportButton).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Effacer la classe…' })).toHaveFocus();
  });

  it('in English', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choose result files'), learners.slice(0, 2).map(resultFile));
    await user.click(await screen.findByRole('link', { name: 'Go to the export, the chart and the teams' }));
    expect(screen.getByRole('group', { name: 'Export or clear the class' })).toHaveFocus();
  });
});
