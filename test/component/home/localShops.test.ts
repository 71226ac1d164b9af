/**
 * The shops a teacher made in the scenario editor, on the home page: listed after the shipped ones
 * with their own name and the « créé dans l'éditeur » mark (a shipped card is never replaced), a
 * draft with errors left out, started with the draft checked again (a broken one is explained, not
 * started), deleted only after a confirmation, the focus kept on the page.
 */
import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { listSaved, playableShops, saveScenario, STORAGE_KEY } from '../../../src/scenario/localScenarios.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

configure({ asyncUtilTimeout: 10_000 });

const scenarios = shippedScenarioList();
const optician = scenarios.find((s) => s.sector === 'optique')!;
const lycee: Scenario = { ...structuredClone(optician), id: 'optique-du-lycee', name: { fr: 'Optique du Lycée' } };

function homeWith(onstart = vi.fn(), notices = new Notices()) {
  render(HomeScreen, { scenarios, library: null, notices, busy: false, onstart, onresume: () => {}, shopStorage: localStorage });
  return { onstart, notices };
}

describe('shops made in the editor, on the home page', () => {
  beforeEach(() => {
    localStorage.clear();
    saveScenario(localStorage, 'Séance 3', lycee, '2026-11-30T10:00:00.000Z', { scenario: lycee });
    saveScenario(localStorage, 'Brouillon', { ...lycee, id: 'brouillon', durationTicks: 2 }, '2026-11-30T11:00:00.000Z', { errors: 1 });
  });

  it('lists a saved shop beside the shipped ones, marked, under its own name; a draft is not offered', async () => {
    homeWith();
    await screen.findByRole('article', { name: 'Optique du Lycée' });
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 4 }).textContent)).toEqual([...scenarios.map((s) => s.name.fr), 'Optique du Lycée']);
    const card = screen.getByRole('article', { name: 'Optique du Lycée' });
    expect(within(card).getByTestId('local-note').textContent).toMatch(/Créé dans l’éditeur.*Enregistré sous «\u00a0Séance 3\u00a0»/s);
    // the shipped shop it was copied from keeps its own card
    expect(screen.getByRole('article', { name: optician.name.fr })).not.toBe(card);
    expect(screen.queryByRole('article', { name: /Brouillon/ })).toBeNull();
  });

  it('starts the shop with its draft checked again and the chosen seed', async () => {
    const user = userEvent.setup();
    const { onstart } = homeWith();
    const card = await screen.findByRole('article', { name: 'Optique du Lycée' });
    const seed = within(card).getByLabelText('Graine du hasard');
    await user.clear(seed);
    await user.type(seed, '12');
    await user.click(within(card).getByRole('button', { name: frenchText`Commencer « Optique du Lycée »` }));
    await vi.waitFor(() => expect(onstart).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const [scenario, chosen] = onstart.mock.calls[0] as [Scenario, number];
    expect(chosen).toBe(12);
    expect(scenario.id).toBe('optique-du-lycee');
    expect(scenario.name.fr).toBe('Optique du Lycée');
  });

  it('explains a stored shop that no longer passes the check instead of starting it', async () => {
    const user = userEvent.setup();
    const entries = listSaved(localStorage).map((e) => (e.name === 'Séance 3' ? { ...e, draft: { ...(e.draft as object), durationTicks: 1 } } : e));
    localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
    const { onstart, notices } = homeWith();
    await user.click(await screen.findByRole('button', { name: frenchText`Commencer « Optique du Lycée »` }));
    await vi.waitFor(() => expect(notices.list.map((n) => n.key)).toContain('editor.homeShops.broken'), { timeout: 10_000 });
    expect(onstart).not.toHaveBeenCalled();
  });

  it('deletes the shop only once confirmed, and keeps the focus on the page', async () => {
    const user = userEvent.setup();
    const { notices } = homeWith();
    const remove = await screen.findByRole('button', { name: frenchText`Supprimer le commerce « Optique du Lycée »` });
    await user.click(remove);
    const dialog = screen.getByRole('alertdialog', { name: frenchText`Supprimer ce commerce ?` });
    expect(within(dialog).getByText(/« Optique du Lycée », créé dans l’éditeur, sera supprimé de ce navigateur/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(remove).toHaveFocus();
    expect(playableShops(localStorage)).toHaveLength(1);

    await user.click(remove);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Supprimer le commerce' }));
    expect(screen.queryByRole('article', { name: 'Optique du Lycée' })).toBeNull();
    expect(playableShops(localStorage)).toEqual([]);
    // the draft is still there, in the editor's list
    expect(listSaved(localStorage).map((e) => e.name)).toEqual(['Brouillon']);
    expect(notices.list.at(-1)).toMatchObject({ level: 'info', key: 'editor.homeShops.deleted' });
    expect(screen.getByRole('heading', { name: 'Choisir un scénario' })).toHaveFocus();
  });

  it('shows only the shipped shops when the browser holds no playable shop', async () => {
    localStorage.clear();
    saveScenario(localStorage, 'Brouillon', { id: 'brouillon' }, '2026-11-30T11:00:00.000Z', { errors: 2 });
    homeWith();
    expect(screen.getAllByRole('article')).toHaveLength(scenarios.length);
    expect(screen.queryByTestId('local-note')).toBeNull();
  });
});
