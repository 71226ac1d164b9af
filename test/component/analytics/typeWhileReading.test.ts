/**
 * « Type de fichier » while the file is read again (review8 #2): the select stays usable and keeps the focus (disabled,
 * it dropped the focus to <body> at the first arrow key, which on Windows changes the type), the types passed meanwhile
 * are not read, the last one is; a reading that fails puts the type in use back in the select.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import type { AnalyticsClient, AnalyticsRequest } from '../../../src/app/analytics/analyticsProtocol.ts';
import type { TransactionFormat } from '../../../src/import/types.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

const SUMMARY = 'ID,frequency,recency,T\n1,2,30.4,38.9\n2,0,0,38.9\n';

/** The page's session; once `hold` is set, the readings wait for `release`; `failing`: they fail (a file changed on disk). */
function heldClient() {
  const inner = inPageClient();
  const reads: TransactionFormat[] = [];
  const waiting: (() => void)[] = [];
  const state = { hold: false, failing: false };
  const client: AnalyticsClient = {
    request<T>(request: AnalyticsRequest): Promise<T> {
      if (request.kind !== 'load') return inner.request<T>(request);
      reads.push(request.format);
      const send = () => (state.failing ? Promise.reject(new Error('NotReadableError')) : inner.request<T>(request));
      if (!state.hold) return send();
      return new Promise<T>((resolve, reject) => waiting.push(() => void send().then(resolve, reject)));
    },
    stop: () => inner.stop(),
    dispose() {},
  };
  return { client, reads, waiting, state, release: () => waiting.splice(0).forEach((go) => go()) };
}

/** The screen with the summary file read as CSV, through heldClient. */
async function summaryRead() {
  const user = userEvent.setup();
  const held = heldClient();
  render(AnalyticsScreen, { client: held.client });
  const type = screen.getByLabelText('Type de fichier');
  await user.selectOptions(type, 'csv');
  await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([SUMMARY], 'summary.csv'));
  await screen.findByRole('table', { name: 'Aperçu des premières lignes' });
  return { user, type, ...held };
}

describe('« Type de fichier » while the file is read again', () => {
  it('stays usable with the focus, and reads only the last type chosen meanwhile', async () => {
    const user = userEvent.setup();
    const { client, reads, waiting, state, release } = heldClient();
    render(AnalyticsScreen, { client });
    const type = screen.getByLabelText('Type de fichier');
    await user.selectOptions(type, 'csv');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([SUMMARY], 'summary.csv'));
    await screen.findByRole('table', { name: 'Aperçu des premières lignes' });
    state.hold = true;
    type.focus();
    await user.selectOptions(type, 'cdnow');
    await waitFor(() => expect(waiting).toHaveLength(1));
    expect(await screen.findByText('Lecture du fichier…')).toBeInTheDocument();
    expect(type).toBeEnabled();
    expect(type).toHaveFocus();
    await user.selectOptions(type, 'cdnow-sample');
    await user.selectOptions(type, 'csv');
    expect(type).toHaveFocus();
    // the other controls still wait for the reading
    expect(screen.getByRole('button', { name: 'Essayer avec l’échantillon CDNOW' })).toBeDisabled();
    state.hold = false;
    release();
    await waitFor(() => expect(reads).toEqual(['csv', 'cdnow', 'csv']));
    const preview = await screen.findByRole('table', { name: 'Aperçu des premières lignes' });
    expect(await within(preview).findByRole('columnheader', { name: 'frequency' })).toBeInTheDocument();
    expect(type).toHaveValue('csv');
    expect(type).toHaveFocus();
  });

  it('shows the type in use again when the file could not be read as the type chosen', async () => {
    const { user, reads, state, type } = await summaryRead();
    state.failing = true;
    await user.selectOptions(type, 'cdnow');
    expect(await screen.findByRole('alert')).toHaveTextContent('NotReadableError');
    expect(reads).toEqual(['csv', 'cdnow']);
    expect(type).toHaveValue('csv');
  });
  it('shows the type in use again when the CDNOW sample could not be fetched (offline)', async () => {
    const { user, reads, state, type } = await summaryRead();
    state.failing = true;
    await user.click(screen.getByRole('button', { name: 'Essayer avec l’échantillon CDNOW' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('NotReadableError');
    expect(reads).toEqual(['csv', 'cdnow-sample']);
    await waitFor(() => expect(type).toHaveValue('csv'));
  });

  it('a new file refused while the type is changed: its refusal is shown, the file kept is not read again (review9 #1)', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { client, reads, waiting, state, release } = heldClient();
    render(AnalyticsScreen, { client });
    const type = screen.getByLabelText('Type de fichier');
    await user.selectOptions(type, 'csv');
    const input = screen.getByLabelText('Choisir un fichier (CSV ou texte)');
    await user.upload(input, new File([SUMMARY], 'summary.csv'));
    await screen.findByRole('table', { name: 'Aperçu des premières lignes' });
    state.hold = true;
    const bytes = new Uint8Array(2048).map((_, i) => (i * 151 + 7) % 256);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    await user.upload(input, new File([bytes], 'export.xlsx'));
    await waitFor(() => expect(waiting).toHaveLength(1));
    await user.selectOptions(type, 'cdnow');
    state.hold = false;
    release();
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Le fichier export\.xlsx n’est pas un fichier CSV.* Le fichier précédent, summary\.csv, reste chargé\.$/);
    await waitFor(() => expect(type).toHaveValue('csv'));
    expect(reads).toEqual(['csv', 'csv']);
    expect(screen.getByText(/^Fichier : summary\.csv/)).toBeInTheDocument();
  });
});
