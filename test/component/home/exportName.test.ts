/**
 * Exporting a saved run: the library gets the learner's word for a run (savedRuns.exportUnnamed), which
 * names the file of a run whose name keeps no letter or digit (fidelis-partie-p4.json in French,
 * fidelis-run-p4.json in English; the db layer reads no messages, db/exportRun.ts).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

function library(): RunLibrary & { exportRun: ReturnType<typeof vi.fn> } {
  return {
    list: async () => [savedRun({ name: '★' })],
    rename: async () => {},
    remove: async () => {},
    exportRun: vi.fn(async () => ({ fileName: 'x.json', blob: new Blob(['{}']) })),
  };
}

describe('exporting a saved run', () => {
  afterEach(() => setLocale('fr'));

  it('gives the library the word for a run in the learner’s language', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:run');
    URL.revokeObjectURL = vi.fn();
    const user = userEvent.setup();
    const lib = library();
    render(SavedRuns, { library: lib, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    await user.click(await screen.findByRole('button', { name: /^Exporter «/ }));
    expect(lib.exportRun).toHaveBeenLastCalledWith('r1', { unnamed: 'partie' });
    await setLocale('en');
    await user.click(await screen.findByRole('button', { name: /^Export “/ }));
    expect(lib.exportRun).toHaveBeenLastCalledWith('r1', { unnamed: 'run' });
  });

  it('says in a polite live region that the file is in the downloads, or why the export failed (issue #4)', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:run');
    URL.revokeObjectURL = vi.fn();
    const user = userEvent.setup();
    const lib = library();
    lib.exportRun.mockResolvedValueOnce({ fileName: 'fidelis-partie-p4.json', blob: new Blob(['{}']) });
    render(SavedRuns, { library: lib, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    await user.click(await screen.findByRole('button', { name: /^Exporter «/ }));
    const status = screen.getByText(/enregistré dans vos téléchargements/);
    expect(status).toHaveTextContent('Fichier « fidelis-partie-p4.json » enregistré dans vos téléchargements.');
    expect(status).toHaveAttribute('aria-live', 'polite');
    // the run was deleted in another tab: the storage's own French message
    lib.exportRun.mockRejectedValueOnce(Object.assign(new Error('gone'), { name: 'DbError', code: 'runNotFound' }));
    await user.click(screen.getByRole('button', { name: /^Exporter «/ }));
    expect(await screen.findByText(/^La partie « ★ » n’a pas pu être exportée\. Partie introuvable/)).toHaveAttribute('aria-live', 'polite');
    // the browser could not make the download: said in French, its own text as a detail
    URL.createObjectURL = vi.fn(() => {
      throw new Error('Blob URLs are disabled');
    });
    await user.click(screen.getByRole('button', { name: /^Exporter «/ }));
    expect(await screen.findByText(/n’a pas pu être exportée\. Le navigateur n’a pas pu préparer le fichier \(détail technique.: Blob URLs are disabled\)/)).toBeInTheDocument();
  });
});
