import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import HomeScreen from '../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../src/app/notices.svelte.ts';
import type { RunLibrary, RunSummary } from '../../src/app/runLibrary.ts';
import { shippedScenarioList } from '../unit/app/testServices.ts';
import { savedRun } from '../fixtures/runSummary.ts';
import { frenchText } from '../../src/i18n/frenchSpacing.ts';

// the real engine runs in these tests and the machine is shared: give asynchronous updates time
configure({ asyncUtilTimeout: 10_000 });

function libraryWith(runs: RunSummary[]): RunLibrary {
  let list = [...runs];
  return {
    list: async () => list,
    rename: async (id, name) => {
      list = list.map((r) => (r.id === id ? { ...r, name } : r));
    },
    remove: async (id) => {
      list = list.filter((r) => r.id !== id);
    },
    exportRun: async () => ({ fileName: 'x.json', blob: new Blob(['{}']) }),
    importRun: async () => {
      throw Object.assign(new Error('db.importNotJson'), { code: 'importNotJson', params: {} });
    },
  };
}

const saved = savedRun({ tick: 11 });

describe('home screen', () => {
  const scenarios = shippedScenarioList();

  it('shows each scenario with its shop, difficulty, duration and objectives, and starts with the chosen seed', async () => {
    const user = userEvent.setup();
    const onstart = vi.fn();
    render(HomeScreen, { scenarios, library: null, notices: new Notices(), busy: false, onstart, onresume: () => {} });
    const card = screen.getByRole('article', { name: 'Boulangerie du Marché' });
    expect(within(card).getByText('Difficulté : facile')).toBeInTheDocument();
    expect(within(card).getByText('Durée : 52 semaines')).toBeInTheDocument();
    expect(within(card).getByRole('heading', { name: 'Objectifs' })).toBeInTheDocument();
    const seed = within(card).getByLabelText('Graine du hasard');
    // named with its shop: one « Graine du hasard » per card (QA qa32keyboard m5)
    expect(seed).toHaveAccessibleName('Graine du hasard Boulangerie du Marché');
    expect(seed).toHaveValue(scenarios[0].defaultSeed);
    await user.clear(seed);
    await user.type(seed, '42');
    await user.click(within(card).getByRole('button', { name: /Commencer/ }));
    expect(onstart).toHaveBeenCalledWith(scenarios[0], 42);
    expect(screen.getByText(/la partie ne sera pas enregistrée/)).toBeInTheDocument();
  });

  it('says the original game is being reopened after its branch in progress was deleted, not « Création de la partie… » (QA qa32keyboard m3)', async () => {
    render(HomeScreen, { scenarios, library: libraryWith([savedRun({ id: 'a' })]), notices: new Notices(), busy: true, reopening: true, onstart: () => {}, onresume: () => {} });
    await screen.findByText('Ma partie');
    expect(await screen.findByText('Réouverture de la partie d’origine…')).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByText('Création de la partie…')).toBeNull();
  });

  it('tells apart the « Reprendre » of two saved games of the same name by when each was last changed (QA class 11)', async () => {
    const twins = [savedRun({ id: 'a', tick: 3, updatedAt: '2026-12-01T09:05:00.000Z' }), savedRun({ id: 'b', tick: 8, updatedAt: '2026-12-02T14:40:00.000Z' })];
    render(HomeScreen, { scenarios, library: libraryWith(twins), notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    await screen.findAllByText('Ma partie');
    const names = screen.getAllByRole('button', { name: /^Reprendre/ }).map((b) => b.getAttribute('aria-label'));
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^Reprendre «\u00a0Ma partie\u00a0», modifiée le /);
    expect(new Set(names).size).toBe(2);
  });

  it('names its game in every button of a saved game, the visible word first (QA class, screen reader: « Supprimer » three times)', async () => {
    const runs = [savedRun({ id: 'a', name: 'Boulangerie A', tick: 3 }), savedRun({ id: 'b', name: 'Sport B', tick: 8 })];
    render(HomeScreen, { scenarios, library: libraryWith(runs), notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    const row = (name: string) => within(screen.getByRole('group', { name }));
    await screen.findByText('Sport B');
    for (const [visible, name] of [
      ['Reprendre', 'Boulangerie A'],
      ['Renommer', 'Boulangerie A'],
      ['Exporter', 'Boulangerie A'],
      ['Supprimer', 'Boulangerie A'],
      ['Supprimer', 'Sport B'],
      ['Exporter', 'Sport B'],
    ]) {
      // label in name (WCAG 2.5.3): the visible word starts the accessible name, and the game follows
      const button = row(name).getByRole('button', { name: frenchText`${visible} « ${name} »` });
      expect(button).toHaveTextContent(new RegExp(`^${visible}$`));
    }
    const all = screen.getAllByRole('button', { name: /^(Reprendre|Renommer|Exporter|Supprimer) / }).map((b) => b.getAttribute('aria-label'));
    expect(all).toHaveLength(8);
    expect(new Set(all).size).toBe(8);
  });

  it('tells apart the « Supprimer » of two saved games of the same name by when each was last changed', async () => {
    const twins = [savedRun({ id: 'a', tick: 3, updatedAt: '2026-12-01T09:05:00.000Z' }), savedRun({ id: 'b', tick: 8, updatedAt: '2026-12-02T14:40:00.000Z' })];
    render(HomeScreen, { scenarios, library: libraryWith(twins), notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    await screen.findAllByText('Ma partie');
    const names = screen.getAllByRole('button', { name: /^Supprimer/ }).map((b) => b.getAttribute('aria-label'));
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^Supprimer «\u00a0Ma partie\u00a0», modifiée le /);
    expect(new Set(names).size).toBe(2);
  });

  it('lists saved runs, resumes one, renames and deletes after confirmation', async () => {
    const user = userEvent.setup();
    const onresume = vi.fn();
    render(HomeScreen, { scenarios, library: libraryWith([saved]), notices: new Notices(), busy: false, onstart: () => {}, onresume });
    const item = (await screen.findByText('Ma partie')).closest('li')!;
    expect(within(item).getByText(/semaine 12 sur 52 à jouer/)).toBeInTheDocument();
    // its accessible name says which game it resumes (QA class 11: every button read « Reprendre »)
    await user.click(within(item).getByRole('button', { name: frenchText`Reprendre « Ma partie »` }));
    expect(onresume).toHaveBeenCalledWith('r1');

    await user.click(within(item).getByRole('button', { name: frenchText`Renommer « Ma partie »` }));
    const input = screen.getByLabelText('Nouveau nom de la partie');
    await user.clear(input);
    await user.type(input, 'Essai 2{Enter}');
    expect(await screen.findByText('Essai 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: frenchText`Supprimer « Essai 2 »` }));
    const dialog = screen.getByRole('alertdialog', { name: frenchText`Supprimer la partie ?` });
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByText('Essai 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: frenchText`Supprimer « Essai 2 »` }));
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    expect(await screen.findByText('Aucune partie enregistrée pour l’instant.')).toBeInTheDocument();
  });

  it('shows the database layer’s error when an import fails', async () => {
    const user = userEvent.setup();
    const notices = new Notices();
    render(HomeScreen, { scenarios, library: libraryWith([]), notices, busy: false, onstart: () => {}, onresume: () => {} });
    await user.upload(screen.getByLabelText('Fichier de partie (.json)'), new File(['pas du json'], 'partie.json', { type: 'application/json' }));
    // under the import field (QA12 F3), not in the notices at the top of the page
    const alert = within(screen.getByRole('region', { name: 'Importer une partie' })).getByRole('alert');
    await vi.waitFor(() => expect(alert).toHaveTextContent(/Ce fichier n’est pas un fichier JSON lisible/), { timeout: 10_000 });
    expect(notices.list).toEqual([]);
  });
});
