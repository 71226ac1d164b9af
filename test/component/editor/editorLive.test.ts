/**
 * What a screen reader hears in the scenario editor (QA qa32keyboard m1, m2): « Textes anglais effacés… » was both
 * focused and sent by its live region (read twice); « Vérification des objectifs… » was said at each edit and its end
 * never was; the group holding the remarks of a valid scenario had no name.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { liveLog } from '../liveLog.ts';

const bakery = shippedScenarios().scenarios.find((s) => s.scenario.id === 'boulangerie-du-marche')!.scenario;
const cheese: Scenario = {
  ...bakery,
  id: 'fromagerie-des-halles',
  name: { fr: 'Fromagerie des Halles' },
  description: { ...bakery.description, fr: 'Une fromagerie de halle couverte.' },
};
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

afterEach(async () => {
  localStorage.clear();
  await setLocale('fr');
});

describe('the editor’s live regions', () => {
  it('reads « Textes anglais effacés » by the focus only, not also as a live region (m1)', async () => {
    await setLocale('fr');
    render(ScenarioEditorScreen, { initial: cheese, replayer: () => new Promise(() => {}) });
    const button = await screen.findByRole('button', { name: 'Effacer les textes anglais restés du modèle' });
    const log = liveLog();
    await userEvent.click(button);
    const status = document.getElementById('editor-status')!;
    expect(status).toHaveFocus();
    expect(norm(status.textContent)).toMatch(/^Textes anglais effacés/);
    expect(log.said.filter((s) => /Textes anglais effacés/.test(s))).toEqual([]);
    log.stop();
  });

  it('closes « Vérification des objectifs… » with the count of remarks, in the same region; the remarks’ group is named (m2)', async () => {
    await setLocale('fr');
    const half: Scenario = { ...bakery, id: 'demi-boulangerie', customers: { ...bakery.customers, initial: 1500 } };
    const replay = engineReplayer(engine);
    let play: () => void = () => {};
    const log = liveLog();
    render(ScenarioEditorScreen, { initial: half, replayer: (request) => new Promise((resolve) => (play = () => void replay(request).then(resolve))) });
    const status = screen.getByTestId('editor-no-action-status');
    await waitFor(() => expect(status).toHaveTextContent('Vérification des objectifs sur la partie sans action…'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    play();
    expect((await screen.findAllByRole('link', { name: /hors d’atteinte/ }, { timeout: 15_000 })).length).toBeGreaterThan(0);
    const remarks = screen.getByRole('list', { name: frenchText`Remarques :` });
    const count = within(remarks).getAllByRole('listitem').length;
    expect(count).toBeGreaterThan(1);
    const closing = frenchText`Vérification terminée : ${String(count)} remarques, dans la liste « Remarques ».`;
    await waitFor(() => expect(norm(status.textContent)).toBe(norm(closing)));
    expect(log.said.map(norm)).toContain(norm(closing));
    // the group the focus is sent to (a save meeting problems) is named by its words, not unnamed
    expect(screen.getByRole('group', { name: frenchText`Le scénario est valide. À changer avant de jouer ce commerce : Remarques :` })).toBeInTheDocument();
    log.stop();
  });

  it('says the end of the check in English too', async () => {
    await setLocale('en');
    const replay = engineReplayer(engine);
    render(ScenarioEditorScreen, { initial: bakery, replayer: replay });
    const status = screen.getByTestId('editor-no-action-status');
    await waitFor(() => expect(status.textContent).toMatch(/^Check done: (no notes|1 note, in the “Notes” list|\d+ notes, in the “Notes” list)\.$/), { timeout: 15_000 });
  });
});
