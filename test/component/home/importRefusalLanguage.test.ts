/**
 * A learner whose run file is refused switches the language while the refusal is shown (Home « Importer une partie »): the
 * whole message is in the new language, its reason too (the reason was written once, when the file was refused: « Invalid run
 * file: date d’export : champ obligatoire manquant »), and its counts in the new language's figures.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ImportRun from '../../../src/ui/home/ImportRun.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { importRunFile } from '../../../src/app/importRunFile.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';

/** The app's import (app/dbRunStore.ts) without a database: a refused file never reaches it. */
const library = { importRun: (file: File, options: object) => importRunFile({} as never, file, { ...options, now: () => '2026-12-06T09:00:00.000Z' }) } as unknown as RunLibrary;

async function refuse(text: string): Promise<HTMLElement> {
  render(ImportRun, { library, notices: new Notices(), onimported: () => {} });
  await fireEvent.change(screen.getByLabelText('Fichier de partie (.json)'), { target: { files: [new File([text], 'partie.json')] } });
  return screen.getByRole('alert');
}

afterEach(async () => {
  await setLocale('fr');
});

describe('a refused run file, then a switch of language', () => {
  it('says the reason in the new language with the rest of the message', async () => {
    const alert = await refuse('{"format":"fidelis-run","version":1}');
    await expect.poll(() => alert.textContent).toMatch(/Fichier de partie invalide\s: date d’export\s: champ obligatoire manquant/);
    await setLocale('en');
    await expect.poll(() => alert.textContent).toMatch(/Invalid run file: export date: required field missing/);
    expect(alert.textContent).not.toMatch(/date d’export|champ/);
  });

  it('a syntax error’s line and column in the language’s figures', async () => {
    const alert = await refuse(`{\n${'"format":"fidelis-run",\n'.repeat(1_200)},"a":1\n,"b":1\n}`);
    await expect.poll(() => alert.textContent).toMatch(/\(ligne 1\u202f202, colonne 1\)\s: nom de champ attendu/);
    await setLocale('en');
    await expect.poll(() => alert.textContent).toMatch(/\(line 1,202, column 1\): field name expected/);
  });
});
