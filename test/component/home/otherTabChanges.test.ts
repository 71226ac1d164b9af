/**
 * Another tab of the browser changes the saved runs (app/whatif/familyNews.ts): the home page lists them again at once.
 * A run deleted there was still offered here to « Reprendre » until the click said « Partie introuvable »; it goes from
 * « Parties enregistrées », and when one of its buttons had the focus, the list's title gets it and a polite line says
 * which run went. A run renamed there shows its new name. The line « Partie « … » importée : elle figure dans « Parties
 * enregistrées » » kept the name the run had at import after a renaming (here or there): it shows the name it has now,
 * and goes once the run is deleted there too. An open question « La partie « … » sera supprimée » names the run as renamed there.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { RunLibrary, RunSummary } from '../../../src/app/runLibrary.ts';
import { savedRun } from '../../fixtures/runSummary.ts';
import { reactiveValue } from '../../fixtures/reactiveValue.svelte.ts';
import { DbError } from '../../../src/db/errors.ts';

/** The runs as stored (shared by both « tabs »), and this tab's library over them. */
function storedRuns(runs: RunSummary[]) {
  const stored = { list: [...runs] };
  const library: RunLibrary = {
    list: async () => stored.list,
    rename: async (id, name) => {
      stored.list = stored.list.map((r) => (r.id === id ? { ...r, name } : r));
    },
    remove: async (id) => {
      stored.list = stored.list.filter((r) => r.id !== id);
    },
    importRun: async () => {
      stored.list = [...stored.list, savedRun({ id: 'imported', name: 'Partie importée' })];
      return { id: 'imported', name: 'Partie importée' };
    },
  };
  return { stored, library };
}

const channels: BroadcastChannel[] = [];
afterEach(async () => {
  for (const c of channels.splice(0)) c.close();
  await setLocale('fr');
});

/** The other tab's word once it has changed the stored runs (what its library says: dbRunStore.ts). */
function otherTabSays(): void {
  const channel = new BroadcastChannel('fidelis-timelines');
  channels.push(channel);
  channel.postMessage('another tab');
}

const normal = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');
const importLine = () => normal(document.querySelector('#import-file ~ [role=status]')?.textContent);
const listLine = () => normal(screen.getByRole('heading', { name: 'Parties enregistrées' }).closest('section')!.querySelector(':scope > p[role=status]:last-of-type')?.textContent);

describe('the saved runs another tab changes', () => {
  it('drops a run deleted there, its « Reprendre » with it, the focus on the list’s title and the run said; shows a new name', async () => {
    const { stored, library } = storedRuns([savedRun({ id: 'r1', name: 'Première' }), savedRun({ id: 'r2', name: 'Seconde' })]);
    const resumed: string[] = [];
    render(HomeScreen, { scenarios: [], library, notices: new Notices(), busy: false, onstart: () => {}, onresume: (id: string) => void resumed.push(id) });
    const resume = await screen.findByRole('button', { name: /^Reprendre «\sSeconde\s»$/ });
    resume.focus();

    stored.list = stored.list.filter((r) => r.id !== 'r2');
    otherTabSays();
    await waitFor(() => expect(screen.queryByText('Seconde')).toBeNull());
    expect(screen.queryByRole('button', { name: /^Reprendre «\sSeconde\s»$/ })).toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Parties enregistrées' })).toHaveFocus());
    await waitFor(() => expect(listLine()).toBe('La partie « Seconde » a été supprimée dans un autre onglet.'));

    stored.list = stored.list.map((r) => ({ ...r, name: 'Renommée ailleurs' }));
    otherTabSays();
    await screen.findByRole('button', { name: /^Reprendre «\sRenommée ailleurs\s»$/ });
    expect(screen.queryByText('Première')).toBeNull();
    // the focus was not on that run: it stays where it is
    expect(screen.getByRole('heading', { name: 'Parties enregistrées' })).toHaveFocus();
    expect(resumed).toEqual([]);
  });

  it('takes the focus from nowhere else: a button of a run still listed keeps it, and the last run deleted leaves the title focused', async () => {
    const { stored, library } = storedRuns([savedRun({ id: 'r1', name: 'Première' }), savedRun({ id: 'r2', name: 'Seconde' })]);
    render(HomeScreen, { scenarios: [], library, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    const kept = await screen.findByRole('button', { name: /^Renommer «\sPremière\s»$/ });
    kept.focus();
    stored.list = stored.list.filter((r) => r.id !== 'r2');
    otherTabSays();
    await waitFor(() => expect(screen.queryByText('Seconde')).toBeNull());
    expect(kept).toHaveFocus();
    expect(listLine()).toBe('');

    stored.list = [];
    otherTabSays();
    await screen.findByText('Aucune partie enregistrée pour l’instant.');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Parties enregistrées' })).toHaveFocus());
    await waitFor(() => expect(listLine()).toBe('La partie « Première » a été supprimée dans un autre onglet.'));
  });
});

describe('a tab that heard nothing of the other tab (no BroadcastChannel)', () => {
  it('lists the runs again once its game is closed, found deleted there at « Reprendre ici » (review11 #3)', async () => {
    const { stored, library } = storedRuns([savedRun({ id: 'r1', name: 'Première' }), savedRun({ id: 'r2', name: 'Seconde' })]);
    const current = reactiveValue<string | null>(null);
    let reads = 0;
    const list = library.list;
    library.list = () => (reads++, list());
    render(HomeScreen, {
      scenarios: [],
      library,
      notices: new Notices(),
      busy: false,
      onstart: () => {},
      onresume: () => {},
      get currentRunId() {
        return current.value;
      },
    });
    await screen.findByRole('button', { name: /^Reprendre «\sSeconde\s»$/ });
    // a game started (or opened) reads nothing again: a first visit would fetch the list's part with it (bench app-learner-js)
    const before = reads;
    current.value = 'r2';
    flushSync();
    expect(reads).toBe(before);
    // deleted there, another run started there, with no word here; the click on « Reprendre ici » closes the game (session.svelte.ts #deleted)
    stored.list = [stored.list[0], savedRun({ id: 'r3', name: 'Optique' })];
    current.value = null;
    await screen.findByRole('button', { name: /^Reprendre «\sOptique\s»$/ });
    expect(screen.queryByRole('button', { name: /^Reprendre «\sSeconde\s»$/ })).toBeNull();
  });
});

describe('« Reprendre » on a run this list still offers, deleted there without a word heard here', () => {
  it('reads the list again once the run could not be opened, the focus on the list’s title and the run said; not after a resume that opened it', async () => {
    const { stored, library } = storedRuns([savedRun({ id: 'r1', name: 'Première' }), savedRun({ id: 'r2', name: 'Seconde' })]);
    let reads = 0;
    const list = library.list;
    library.list = () => (reads++, list());
    // the app's resume: « Partie introuvable » (false) for a run no longer stored
    const onresume = async (id: string) => stored.list.some((r) => r.id === id);
    render(HomeScreen, { scenarios: [], library, notices: new Notices(), busy: false, onstart: () => {}, onresume });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Reprendre «\sPremière\s»$/ }));
    const before = reads;
    await new Promise((resolve) => setTimeout(resolve));
    expect(reads).toBe(before);

    // deleted in a tab whose word is not heard here (no BroadcastChannel): the click is where this tab learns it
    stored.list = [stored.list[0]];
    await user.click(screen.getByRole('button', { name: /^Reprendre «\sSeconde\s»$/ }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Reprendre «\sSeconde\s»$/ })).toBeNull());
    expect(screen.getByRole('button', { name: /^Reprendre «\sPremière\s»$/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Parties enregistrées' })).toHaveFocus());
    await waitFor(() => expect(listLine()).toBe('La partie « Seconde » a été supprimée dans un autre onglet.'));
  });
});

describe('a run deleted there while this tab asks to delete it (review11 #4)', () => {
  it('closes the question as soon as the list hears of it (confirming it deleted nothing, yet said « Partie « … » supprimée » and told every tab)', async () => {
    const user = userEvent.setup();
    const { stored, library } = storedRuns([savedRun({ id: 'r1', name: 'Première' }), savedRun({ id: 'r2', name: 'Seconde' })]);
    const removed: string[] = [];
    const remove = library.remove;
    library.remove = async (id) => {
      removed.push(id);
      await remove(id);
    };
    const notices = new Notices();
    render(HomeScreen, { scenarios: [], library, notices, busy: false, onstart: () => {}, onresume: () => {} });
    await user.click(await screen.findByRole('button', { name: /^Supprimer «\sSeconde\s»$/ }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();

    stored.list = stored.list.filter((r) => r.id !== 'r2');
    otherTabSays();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Parties enregistrées' })).toHaveFocus());
    await waitFor(() => expect(listLine()).toBe('La partie « Seconde » a été supprimée dans un autre onglet.'));
    expect(removed).toEqual([]);
    expect(notices.list.map((n) => n.key)).toEqual([]);
  });
});

describe('the line that says which run another tab deleted (review11 #5)', () => {
  it('names the run as renamed there meanwhile, in the question and in what is said once it is deleted here', async () => {
    const user = userEvent.setup();
    const { stored, library } = storedRuns([savedRun({ id: 'r1', name: 'Première' }), savedRun({ id: 'r2', name: 'Seconde' })]);
    const notices = new Notices();
    render(HomeScreen, { scenarios: [], library, notices, busy: false, onstart: () => {}, onresume: () => {} });
    await user.click(await screen.findByRole('button', { name: /^Supprimer «\sSeconde\s»$/ }));
    const question = screen.getByRole('alertdialog');
    expect(normal(question.textContent)).toContain('La partie « Seconde » sera supprimée');
    const cancel = within(question).getByRole('button', { name: 'Annuler' });
    expect(cancel).toHaveFocus();

    stored.list = stored.list.map((r) => (r.id === 'r2' ? { ...r, name: 'Groupe B' } : r));
    otherTabSays();
    await waitFor(() => expect(normal(screen.getByRole('alertdialog').textContent)).toContain('La partie « Groupe B » sera supprimée'));
    expect(normal(screen.getByRole('alertdialog').textContent)).not.toContain('Seconde');
    // the same question, still open where the learner was
    expect(screen.getByRole('alertdialog')).toBe(question);
    expect(cancel).toHaveFocus();

    await user.click(within(question).getByRole('button', { name: 'Supprimer définitivement' }));
    await waitFor(() => expect(notices.list.map((n) => [n.key, n.params?.name])).toEqual([['savedRuns.deleted', 'Groupe B']]));
    expect(stored.list.map((r) => r.name)).toEqual(['Première']);
  });

  it('names the run that had the focus, follows the language, and goes with the next change of the list', async () => {
    const { stored, library } = storedRuns([savedRun({ id: 'r1', name: 'Première' }), savedRun({ id: 'r2', name: 'Seconde' }), savedRun({ id: 'r3', name: 'Troisième' })]);
    render(HomeScreen, { scenarios: [], library, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    (await screen.findByRole('button', { name: /^Reprendre «\sSeconde\s»$/ })).focus();

    // two runs go at once: the line names the one whose button had the focus, not the first one gone
    stored.list = stored.list.filter((r) => r.id === 'r3');
    otherTabSays();
    await waitFor(() => expect(listLine()).toBe('La partie « Seconde » a été supprimée dans un autre onglet.'));

    await setLocale('en');
    await waitFor(() => expect(normal(screen.getByRole('heading', { name: 'Saved games' }).closest('section')!.querySelector(':scope > p[role=status]:last-of-type')?.textContent)).toBe('The game “Seconde” was deleted in another tab.'));
    await setLocale('fr');
    await waitFor(() => expect(listLine()).toBe('La partie « Seconde » a été supprimée dans un autre onglet.'));

    // the next change of the list (a renaming there) takes the line away
    stored.list = stored.list.map((r) => ({ ...r, name: 'Renommée ailleurs' }));
    otherTabSays();
    await screen.findByRole('button', { name: /^Reprendre «\sRenommée ailleurs\s»$/ });
    expect(listLine()).toBe('');
  });
});

describe('the line that says a file is imported', () => {
  it('shows the run’s name as it is now, renamed here or in another tab, and goes once another tab deletes it', async () => {
    const user = userEvent.setup();
    const { stored, library } = storedRuns([]);
    render(HomeScreen, { scenarios: [], library, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    await user.upload(screen.getByLabelText('Fichier de partie (.json)'), new File(['{}'], 'partie.json', { type: 'application/json' }));
    await waitFor(() => expect(importLine()).toBe('Partie « Partie importée » importée : elle figure dans « Parties enregistrées ».'));

    // renamed here, from the list
    await user.click(await screen.findByRole('button', { name: /^Renommer «\sPartie importée\s»$/ }));
    await user.clear(screen.getByLabelText('Nouveau nom de la partie'));
    await user.type(screen.getByLabelText('Nouveau nom de la partie'), 'Mon étude{Enter}');
    await screen.findByRole('button', { name: /^Reprendre «\sMon étude\s»$/ });
    await waitFor(() => expect(importLine()).toBe('Partie « Mon étude » importée : elle figure dans « Parties enregistrées ».'));

    // renamed in another tab
    stored.list = stored.list.map((r) => ({ ...r, name: 'Étude du groupe B' }));
    otherTabSays();
    await waitFor(() => expect(importLine()).toBe('Partie « Étude du groupe B » importée : elle figure dans « Parties enregistrées ».'));

    // deleted in another tab
    stored.list = [];
    otherTabSays();
    await screen.findByText('Aucune partie enregistrée pour l’instant.');
    await waitFor(() => expect(importLine()).toBe(''));
  });
});

describe('a run deleted there, confirmed here before this tab heard of it (review12 #1)', () => {
  it('is gone all the same: no error, no « Partie supprimée », the list read again and the run said deleted elsewhere', async () => {
    const user = userEvent.setup();
    const { stored, library } = storedRuns([savedRun({ id: 'r1', name: 'Première' }), savedRun({ id: 'r2', name: 'Seconde' })]);
    // the other tab's news never comes (no BroadcastChannel, or the click comes first): the library finds the run gone
    library.remove = async () => {
      throw new DbError('runNotFound');
    };
    const notices = new Notices();
    const deleted: string[] = [];
    render(HomeScreen, { scenarios: [], library, notices, busy: false, onstart: () => {}, onresume: () => {}, ondeleted: (id: string) => void deleted.push(id) });
    await user.click(await screen.findByRole('button', { name: /^Supprimer «\sSeconde\s»$/ }));
    stored.list = stored.list.filter((r) => r.id !== 'r2');
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: /supprimer/i }));

    await waitFor(() => expect(notices.list.map((n) => [n.level, n.key, n.params?.name])).toEqual([['warning', 'savedRuns.deletedElsewhere', 'Seconde']]));
    expect(deleted).toEqual(['r2']);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Reprendre «\sSeconde\s»$/ })).toBeNull());
    expect(screen.getByRole('button', { name: /^Reprendre «\sPremière\s»$/ })).toBeTruthy();
  });
});
