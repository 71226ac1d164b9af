/**
 * A notice's words, said alike in the notices area and under the import field (ImportRun's refusal box): its level, its
 * sentence, and an unexpected error's browser text folded under « Détails techniques » (QA robust #11).
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NoticeMessage from '../../../src/ui/shell/NoticeMessage.svelte';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { noticeOfError } from '../../../src/app/errors.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const ABORTED = 'A request was aborted, for example through a call to IDBTransaction.abort.';

describe('a notice’s words', () => {
  it('its level, its sentence, and an unexpected error’s technical details folded away', () => {
    const { container } = render(NoticeMessage, { notice: { id: 1, level: 'error', ...noticeOfError(new Error(ABORTED)) } });
    expect(container.querySelector('strong')).toHaveTextContent(/^Erreur/);
    expect(container).toHaveTextContent(/Une erreur inattendue s’est produite\./);
    const fold = container.querySelector('details')!;
    expect(within(fold).getByText('Détails techniques')).toBeInTheDocument();
    expect(fold).toHaveTextContent(ABORTED);
    expect(fold.open).toBe(false);
  });

  it('no fold for a notice that is not an unexpected error', () => {
    const { container } = render(NoticeMessage, { notice: { id: 1, level: 'info', key: 'home.importDone', params: { name: 'Ma partie' } } });
    expect(container.querySelector('strong')).toHaveTextContent(/^Information/);
    expect(container).toHaveTextContent(/Ma partie/);
    expect(container.querySelector('details')).toBeNull();
  });

  it('an import refused by an unexpected error says it under the field as the notices area would, details folded', async () => {
    const library: RunLibrary = {
      list: async () => [],
      rename: async () => {},
      remove: async () => {},
      exportRun: async () => ({ fileName: 'x.json', blob: new Blob(['{}']) }),
      importRun: async () => {
        throw new Error(ABORTED);
      },
    };
    const user = userEvent.setup();
    render(HomeScreen, { scenarios: shippedScenarioList(), library, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    const section = await screen.findByRole('region', { name: 'Importer une partie' });
    await user.upload(within(section).getByLabelText('Fichier de partie (.json)'), new File(['{}'], 'partie.json', { type: 'application/json' }));
    const alert = await within(section).findByRole('alert');
    await expect.poll(() => alert.textContent).toMatch(/^Erreur\s*:\s*Une erreur inattendue s’est produite\./);
    const fold = alert.querySelector('details')!;
    expect(within(fold).getByText('Détails techniques')).toBeInTheDocument();
    expect(fold).toHaveTextContent(ABORTED);
  });
});
