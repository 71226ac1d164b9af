/**
 * QA qa11 F8: on a 1024 x 768 projector, the import, its notes and the « sans action » sentences put the
 * class table about three screens below the top of the class view. A link at the top of the view, once
 * the class has files, moves the focus (and the page) to the table: the next Tab is in the table.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function resultFile(learner: string): File {
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 4, decisions: [] });
  const file = buildResultFile({ learner, scenario, seed: 3, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  return new File([exportResultFile(file).text], `${learner}.json`, { type: 'application/json' });
}

describe('class view: « Aller au tableau de la classe » (QA qa11 F8)', () => {
  afterEach(() => setLocale('fr'));

  it('is there once the class has files, right under the title, and moves the focus to the table', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    // no table yet: no link to it
    expect(screen.queryByRole('link', { name: 'Aller au tableau de la classe' })).toBeNull();
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('Anna')]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });

    const link = screen.getByRole('link', { name: 'Aller au tableau de la classe' });
    // the first Tab stop after the view's title, before the switch and the import
    const title = screen.getByRole('heading', { level: 2, name: 'Vue classe' });
    title.tabIndex = -1;
    title.focus();
    await user.tab();
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    const table = screen.getByRole('region', { name: /Résultats de la classe/ });
    expect(table).toHaveFocus();
    expect(within(table).getByRole('table')).toBeInTheDocument();
    // the route (the address's hash) did not change
    expect(location.hash).not.toContain('class-table');
    // the next Tab is in the table: its first column's sort button
    await user.tab();
    expect(table.contains(document.activeElement)).toBe(true);
  });

  it('in English', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choose result files'), [resultFile('Anna')]);
    await user.click(await screen.findByRole('link', { name: 'Go to the class table' }));
    expect(screen.getByRole('region', { name: /Class results/ })).toHaveFocus();
  });
});
