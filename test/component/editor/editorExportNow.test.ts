/**
 * Site data cleared while the editor is open: the browser closes the database and the shell says nothing more
 * is saved in this tab, to reload (db.terminated); the draft may have gone with the site data, so reloading
 * could lose the form. While the editor is open, that message offers « Exporter le scénario maintenant »: the
 * form as a scenario file, valid or not. The editor's own refused saves offer it too.
 */
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { registerMessages } from '../../../src/i18n/translate.ts';
import { noticeOfError } from '../../../src/app/errors.ts';
import { setLocale, t } from '../../../src/i18n/locale.svelte.ts';

/** The shell's notice for the browser's own words when it closed the database (as App pushes it). */
function databaseClosed(notices: Notices) {
  const error = new DOMException('Failed to execute \'transaction\' on \'IDBDatabase\': The database connection is closing.', 'InvalidStateError');
  const n = noticeOfError(error);
  notices.push('error', n.key, n.params, n.text);
}

/** The files offered for download: their text. */
function downloads(): Promise<string>[] {
  const texts: Promise<string>[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    texts.push((blob as Blob).text());
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return texts;
}

const field = (container: HTMLElement, id: string) => container.querySelector(`[id="${id}"]`) as HTMLInputElement;

/** The database closed before the editor opened; the teacher gives the draft a wrong id and exports it from the notice. */
async function exportBrokenDraftFromClosedNotice() {
  const notices = new Notices();
  databaseClosed(notices);
  const editor = render(ScenarioEditorScreen, { notices });
  await tick();
  await fireEvent.input(field(editor.container, 'ed-id'), { target: { value: 'Pas Un Identifiant' } });
  notices.list.find((n) => n.key === 'db.terminated')!.action!.run();
  await tick();
  return editor;
}

describe('« Exporter le scénario maintenant » when the browser closed the database', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });
  afterEach(() => vi.restoreAllMocks());

  it('is offered in the closed-database message while the editor is open, and exports the form as it is', async () => {
    const files = downloads();
    const notices = new Notices();
    const editor = render(ScenarioEditorScreen, { notices });
    await fireEvent.input(field(editor.container, 'ed-name-fr'), { target: { value: 'Fleuriste de la classe' } });
    databaseClosed(notices);
    await tick();
    const closed = notices.list.filter((n) => n.key === 'db.terminated');
    expect(closed).toHaveLength(1);
    expect(closed[0].action && t(closed[0].action.label)).toBe('Exporter le scénario maintenant');

    closed[0].action!.run();
    expect(files).toHaveLength(1);
    expect(JSON.parse(await files[0]).name.fr).toBe('Fleuriste de la classe');

    // the editor closed: the message stays, without an export it could no longer make
    editor.unmount();
    expect(notices.list.filter((n) => n.key === 'db.terminated').map((n) => n.action)).toEqual([undefined]);
  });

  it('is offered in a closed-database message shown before the editor opened; a draft with errors is exported as it is, said so', async () => {
    const files = downloads();
    const editor = await exportBrokenDraftFromClosedNotice();
    expect(JSON.parse(await files[0]).id).toBe('Pas Un Identifiant');
    expect(editor.container.textContent).toMatch(/Le scénario est exporté tel quel, avec ses erreurs\s:\s«\sImporter un fichier JSON\s» le rouvrira ici pour les corriger\./);
    editor.unmount();
  });

  it('is offered in the shell’s notice in place: the same notice, not pushed again and read again (review16 m4)', async () => {
    const notices = new Notices();
    databaseClosed(notices);
    notices.push('warning', 'db.inMemory');
    const ids = notices.list.map((n) => n.id);
    const editor = render(ScenarioEditorScreen, { notices });
    await tick();
    expect(notices.list.map((n) => n.id)).toEqual(ids);
    expect(notices.list[0].action && t(notices.list[0].action.label)).toBe('Exporter le scénario maintenant');
    editor.unmount();
    expect(notices.list.map((n) => n.id)).toEqual(ids);
    expect(notices.list[0].action).toBeUndefined();
  });

  it('is offered with the editor’s own message when the browser refuses a save', async () => {
    const files = downloads();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const editor = render(ScenarioEditorScreen, { notices: new Notices() });
    await fireEvent.input(field(editor.container, 'ed-name-fr'), { target: { value: 'Fleuriste de la classe' } });
    const button = (name: string) => [...editor.container.querySelectorAll('button')].find((b) => b.textContent === name);
    await fireEvent.click(button('Enregistrer dans le navigateur')!);
    expect(editor.container.textContent).toMatch(/Le stockage du navigateur n’est pas disponible/);
    await fireEvent.click(button('Exporter le scénario maintenant')!);
    expect(JSON.parse(await files[0]).name.fr).toBe('Fleuriste de la classe');
    // said once done: the storage message and its button are gone (review16 nit)
    expect(editor.container.textContent).toMatch(/Scénario exporté\s:\s\S+\.json\./);
    expect(editor.container.textContent).not.toMatch(/Le stockage du navigateur n’est pas disponible/);
    expect(button('Exporter le scénario maintenant')).toBeUndefined();
    editor.unmount();
  });

  it('names the import button by its label in the message of a draft exported with errors (review16 nit)', async () => {
    const files = downloads();
    registerMessages('fr', { editor: { importFile: 'Ouvrir un scénario' } } as never);
    try {
      const editor = await exportBrokenDraftFromClosedNotice();
      expect(files).toHaveLength(1);
      expect(editor.container.textContent).toMatch(/avec ses erreurs\s:\s«\sOuvrir un scénario\s» le rouvrira ici/);
      editor.unmount();
    } finally {
      registerMessages('fr', { editor: { importFile: 'Importer un fichier JSON' } } as never);
    }
  });

  it('stays offered in the editor once the closed-database message is dismissed, beside its reason, without being read again (review16 m4)', async () => {
    const files = downloads();
    const notices = new Notices();
    const editor = render(ScenarioEditorScreen, { notices });
    await fireEvent.input(field(editor.container, 'ed-name-fr'), { target: { value: 'Fleuriste de la classe' } });
    const offered = () => [...editor.container.querySelectorAll('button')].find((b) => b.textContent === 'Exporter le scénario maintenant');
    expect(offered()).toBeUndefined();
    databaseClosed(notices);
    await tick();
    notices.dismiss(notices.list.find((n) => n.key === 'db.terminated')!.id);
    await tick();
    expect(notices.list).toEqual([]);
    const button = offered()!;
    expect(button).toHaveAccessibleDescription(/Le navigateur a fermé la base de données de cet onglet/);
    // not in a live region: the shell's notice said it already
    expect(editor.container.querySelector('#ed-database-closed')!.closest('[role="status"], [role="alert"], [aria-live]')).toBeNull();
    expect(button.closest('[role="status"], [role="alert"], [aria-live]')).toBeNull();
    await fireEvent.click(button);
    expect(JSON.parse(await files[0]).name.fr).toBe('Fleuriste de la classe');
    // still there after the export: the database is still closed
    expect(offered()).toBeDefined();
    editor.unmount();
  });

  it('is offered once, not twice, when a save is refused while the database is closed (review17 nit 5)', async () => {
    const notices = new Notices();
    const editor = render(ScenarioEditorScreen, { notices });
    databaseClosed(notices);
    await tick();
    notices.dismiss(notices.list.find((n) => n.key === 'db.terminated')!.id);
    await tick();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    await fireEvent.input(field(editor.container, 'ed-name-fr'), { target: { value: 'Fleuriste de la classe' } });
    await fireEvent.click([...editor.container.querySelectorAll('button')].find((b) => b.textContent === 'Enregistrer dans le navigateur')!);
    expect(editor.container.textContent).toMatch(/Le stockage du navigateur n’est pas disponible/);
    expect([...editor.container.querySelectorAll('button')].filter((b) => b.textContent === 'Exporter le scénario maintenant')).toHaveLength(1);
    editor.unmount();
  });

  it('is offered in the editor opened after the closed-database message was dismissed', async () => {
    const notices = new Notices();
    databaseClosed(notices);
    notices.dismiss(notices.list[0].id);
    const editor = render(ScenarioEditorScreen, { notices });
    await tick();
    expect([...editor.container.querySelectorAll('button')].some((b) => b.textContent === 'Exporter le scénario maintenant')).toBe(true);
    editor.unmount();
  });
});
