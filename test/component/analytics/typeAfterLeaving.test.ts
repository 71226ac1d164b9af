/**
 * « Type de fichier » chosen while a step runs, then « Données réelles » left and opened again before the step is
 * over (review9 #2): the app's store outlives the screen and reads the file as that type meanwhile; the select of
 * the screen opened again showed the type of before, and « Importer » used the new layout under the old name.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AnalyticsClient, AnalyticsRequest } from '../../../src/app/analytics/analyticsProtocol.ts';
import type { TransactionFormat } from '../../../src/import/types.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

const SUMMARY = 'ID,frequency,recency,T\n1,2,30.4,38.9\n2,0,0,38.9\n';

/** The page's session, as the app's store gets it; once `hold` is set, the readings wait for `release`; a reading as `failing` fails. */
const session = vi.hoisted(() => ({
  reads: [] as string[],
  waiting: [] as (() => void)[],
  state: { hold: false, failing: '' },
}));

vi.mock('../../../src/app/analytics/analyticsClient.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/app/analytics/analyticsClient.ts')>();
  return {
    ...original,
    defaultAnalyticsClient: (): AnalyticsClient => {
      const inner = original.inPageClient();
      return {
        request<T>(request: AnalyticsRequest): Promise<T> {
          if (request.kind !== 'load') return inner.request<T>(request);
          session.reads.push(request.format);
          const send = () => (request.format === session.state.failing ? Promise.reject(new Error('NotReadableError')) : inner.request<T>(request));
          if (!session.state.hold) return send();
          return new Promise<T>((resolve, reject) => session.waiting.push(() => void send().then(resolve, reject)));
        },
        stop: () => inner.stop(),
        dispose() {},
      };
    },
  };
});

describe('« Type de fichier » after leaving the screen while a type waits', () => {
  it('the screen opened again shows the type chosen, then the type the file is read as', async () => {
    const user = userEvent.setup();
    const first = render(AnalyticsScreen);
    let type = screen.getByLabelText('Type de fichier');
    await user.selectOptions(type, 'csv');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([SUMMARY], 'summary.csv'));
    await screen.findByRole('table', { name: 'Aperçu des premières lignes' });
    session.state.hold = true;
    await user.selectOptions(type, 'cdnow');
    await waitFor(() => expect(session.waiting).toHaveLength(1));
    // chosen while the file is read as CDNOW: waits for that reading
    await user.selectOptions(type, 'cdnow-sample');
    first.unmount();
    render(AnalyticsScreen);
    type = screen.getByLabelText('Type de fichier');
    expect(type).toHaveValue('cdnow-sample');
    // the file cannot be read as the type chosen last: it stays as CDNOW, and the select of this screen says so
    session.state.failing = 'cdnow-sample';
    session.state.hold = false;
    session.waiting.splice(0).forEach((go) => go());
    expect(await screen.findByRole('alert')).toHaveTextContent('NotReadableError');
    expect(session.reads as TransactionFormat[]).toEqual(['csv', 'cdnow', 'cdnow-sample']);
    await waitFor(() => expect(type).toHaveValue('cdnow'));
  });
});
