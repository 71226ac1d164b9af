/**
 * The line under « Importer une partie » (review8 #10): « Partie « … » importée : elle figure dans « Parties
 * enregistrées » » stayed after the learner deleted that run from the list just above it. And a file imported as a
 * copy was said by the database part's text: its raw key showed when that part could not be fetched.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

/** `db`: false while the database's part of the strings is not there (its fetch failed, offline) */
const parts = vi.hoisted(() => ({ db: true }));
vi.mock('../../../src/i18n/translate.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/i18n/translate.ts')>();
  return {
    ...original,
    hasMessages: (locale: 'fr' | 'en', part?: string) => (part === 'db' ? parts.db : original.hasMessages(locale, part as never)),
    translate: (locale: 'fr' | 'en', key: string, params?: Record<string, string | number>) => (!parts.db && key.startsWith('db.') ? key : original.translate(locale, key, params)),
  };
});

function library(copy = false): RunLibrary {
  let list = [savedRun({ id: 'other', name: 'Autre partie' })];
  return {
    list: async () => list,
    rename: async () => {},
    remove: async (id) => {
      list = list.filter((r) => r.id !== id);
    },
    importRun: async () => {
      list = [...list, savedRun({ id: 'imported', name: 'Partie importée' })];
      return { id: 'imported', name: 'Partie importée', copy };
    },
  };
}

const status = () => document.querySelector('#import-file ~ [role=status]')?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

async function remove(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: new RegExp(`^Supprimer «\\s${name}\\s»`) }));
  await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
}

describe('the line that says a file is imported', () => {
  it('goes once that run is deleted from the saved runs, not when another one is', async () => {
    parts.db = true;
    const user = userEvent.setup();
    render(HomeScreen, { scenarios: shippedScenarioList(), library: library(), notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    await user.upload(screen.getByLabelText('Fichier de partie (.json)'), new File(['{}'], 'partie.json', { type: 'application/json' }));
    await expect.poll(status).toBe('Partie « Partie importée » importée : elle figure dans « Parties enregistrées ».');
    await remove(user, 'Autre partie');
    await expect.poll(() => screen.queryByText('Autre partie')).toBeNull();
    expect(status()).toBe('Partie « Partie importée » importée : elle figure dans « Parties enregistrées ».');
    await remove(user, 'Partie importée');
    await expect.poll(status).toBe('');
  });

  it('says a copy as any import when the database’s strings are not there, never by a raw key', async () => {
    parts.db = false;
    const user = userEvent.setup();
    render(HomeScreen, { scenarios: shippedScenarioList(), library: library(true), notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    await user.upload(screen.getByLabelText('Fichier de partie (.json)'), new File(['{}'], 'partie.json', { type: 'application/json' }));
    await expect.poll(status).toBe('Partie « Partie importée » importée : elle figure dans « Parties enregistrées ».');
    // once they are there, the copy is said as such
    parts.db = true;
    // (re-read: the strings arrive with locale.loaded, which the line follows)
    const { locale } = await import('../../../src/i18n/locale.svelte.ts');
    locale.loaded += 1;
    await expect.poll(status).toBe('Cette partie était déjà dans ce navigateur : le fichier est importé comme une copie, « Partie importée ».');
  });
});
