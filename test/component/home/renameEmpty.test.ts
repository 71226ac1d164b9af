/**
 * QA qa20 F7: « Renommer » with an empty name got only the browser's own « required » bubble, in the browser's language,
 * tied to nothing. The app says it, in its language, at the field (aria-invalid, aria-describedby, an alert), and
 * renames nothing.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary, RunSummary } from '../../../src/app/runLibrary.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

function libraryWith(runs: RunSummary[]): RunLibrary & { renamed: string[] } {
  let list = [...runs];
  const renamed: string[] = [];
  return {
    renamed,
    list: async () => list,
    rename: async (id, name) => {
      renamed.push(name);
      list = list.map((r) => (r.id === id ? { ...r, name } : r));
    },
    remove: async () => {},
  };
}

describe('renaming a saved game to an empty name', () => {
  afterEach(() => setLocale('fr'));

  it('says at the field that a name is needed, and renames nothing', async () => {
    const user = userEvent.setup();
    const library = libraryWith([savedRun({ tick: 3 })]);
    render(HomeScreen, { scenarios: [], library, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    const item = (await screen.findByText('Ma partie')).closest('li')!;
    await user.click(within(item).getByRole('button', { name: /^Renommer/ }));
    const field = await within(item).findByRole('textbox', { name: 'Nouveau nom de la partie' });
    expect(field.closest('form')).toHaveAttribute('novalidate');
    expect(field).toHaveAttribute('aria-invalid', 'false');
    await user.clear(field);
    await user.click(within(item).getByRole('button', { name: 'Enregistrer' }));
    expect(within(item).getByRole('alert')).toHaveTextContent('Donnez un nom à la partie.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Donnez un nom à la partie.');
    await waitFor(() => expect(field).toHaveFocus());
    expect(library.renamed).toEqual([]);
    // pressed again with the field still empty: the alert is put back, so a screen reader says it again (review3 #5)
    const first = within(item).getByRole('alert');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(item).getByRole('alert')).not.toBe(first));
    expect(within(item).getByRole('alert')).toHaveTextContent('Donnez un nom à la partie.');
    // a name typed: the message goes
    await user.type(field, 'Ma boulangerie');
    expect(within(item).queryByRole('alert')).toBeNull();
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  it('says it in English too', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    render(HomeScreen, { scenarios: [], library: libraryWith([savedRun({ tick: 3 })]), notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    const item = (await screen.findByText('Ma partie')).closest('li')!;
    await user.click(within(item).getByRole('button', { name: /^Rename/ }));
    const field = await within(item).findByRole('textbox', { name: 'New name of the game' });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(field).toHaveAccessibleDescription('Give the game a name.');
  });
});
