/**
 * Importing a game file: before the replay's periods (« période 3 sur 52 ») the file is read and its
 * text checked, which takes a while for a large file, and nothing was said then. The status says it; then that the
 * game is imported and where it is (QA qa22 F8: said in the notices only, far above the field, nobody saw it).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

describe('importing a game file', () => {
  it('says « Lecture et vérification du fichier… » (role=status) until the replay counts its periods, then that the game is imported', async () => {
    let progress: ((tick: number, total: number) => void) | undefined;
    let finish = () => {};
    const library: RunLibrary = {
      list: async () => [],
      rename: async () => {},
      remove: async () => {},
      exportRun: async () => ({ fileName: 'x.json', blob: new Blob(['{}']) }),
      importRun: (_file, options) => {
        progress = options?.onProgress;
        return new Promise((resolve) => (finish = () => resolve({ id: 'r', name: 'Ma partie', copy: false, otherModel: false })));
      },
    };
    const user = userEvent.setup();
    render(HomeScreen, { scenarios: shippedScenarioList(), library, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    await user.upload(screen.getByLabelText('Fichier de partie (.json)'), new File(['{}'], 'partie.json', { type: 'application/json' }));
    const status = (await screen.findByText('Lecture et vérification du fichier…')).closest('[role=status]');
    expect(status).not.toBeNull();
    progress!(3, 52);
    await screen.findByText(/période 3 sur 52/);
    finish();
    await expect.poll(() => status!.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe('Partie « Ma partie » importée : elle figure dans « Parties enregistrées ».');
  });
});
