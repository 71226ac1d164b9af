/**
 * The saved runs' list shows once its strings are there too (i18n/areas.ts SAVED_RUN_AREAS: a part of their own, not
 * in the first screen's): until then the home keeps saying it looks for the runs, no button nor raw key shows.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import type { Part } from '../../../src/i18n/areas.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

const fetched = vi.hoisted(() => ({ parts: [] as string[], release: () => {} }));
vi.mock('../../../src/i18n/locale.svelte.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/i18n/locale.svelte.ts')>();
  return {
    ...original,
    // the part's download, held until the test releases it
    loadLocale: (locale: 'fr' | 'en', part: Part = 'learner') => {
      fetched.parts.push(`${locale}:${part}`);
      return new Promise<void>((resolve) => (fetched.release = resolve));
    },
  };
});

const library: RunLibrary = { list: async () => [savedRun({ id: 'r1', name: 'Partie r1' })], rename: async () => {}, remove: async () => {} };

describe('the saved runs’ list and its strings', () => {
  it('waits for its part of the strings before showing the runs and their buttons', async () => {
    render(SavedRuns, { library, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    await vi.waitFor(() => expect(fetched.parts).toContain('fr:savedRuns'), { timeout: 10_000 });
    await import('../../../src/ui/home/SavedRunList.svelte'); // the list's code is there: only the strings are awaited
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('Recherche de vos parties enregistrées…')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    fetched.release();
    expect(await screen.findByRole('button', { name: /^Reprendre .*Partie r1/ })).toHaveTextContent('Reprendre');
  });
});
