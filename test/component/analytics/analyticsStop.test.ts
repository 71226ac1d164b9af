/**
 * Données réelles, a big file (QA robustness #12): while the import runs the screen says the lines
 * read and the share of the file; « Arrêter » stops the score, the page stays usable and keeps the
 * imported purchases and the RFM.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import { STOPPED, type AnalyticsClient, type AnalyticsRequest, type ProgressListener } from '../../../src/app/analytics/analyticsProtocol.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

const SAMPLE = readFileSync(resolve(process.cwd(), 'src/assets/cdnow/CDNOW_sample.txt'), 'utf8');

/** The page's session; requests of the held kinds wait (their progress told by the test) until released or stopped. */
function heldClient(held: Set<AnalyticsRequest['kind']>) {
  const inner = inPageClient();
  const waiting: { progress: ProgressListener; release: () => void; reject: (e: Error) => void }[] = [];
  const client: AnalyticsClient = {
    request<T>(request: AnalyticsRequest, onProgress?: ProgressListener): Promise<T> {
      if (!held.has(request.kind)) return inner.request<T>(request, onProgress);
      return new Promise<T>((res, reject) =>
        waiting.push({ progress: onProgress ?? (() => {}), release: () => void inner.request<T>(request, onProgress).then(res, reject), reject }),
      );
    },
    stop() {
      inner.stop();
      for (const w of waiting.splice(0)) w.reject(new Error(STOPPED));
    },
    dispose() {},
  };
  return { client, waiting };
}

describe('AnalyticsScreen on a big file', () => {
  it('shows the lines read during the import, and « Arrêter » stops the score and keeps the rest', async () => {
    const user = userEvent.setup();
    const held = new Set<AnalyticsRequest['kind']>(['import', 'score']);
    const { client, waiting } = heldClient(held);
    render(AnalyticsScreen, { client });
    await user.selectOptions(screen.getByLabelText('Type de fichier'), 'cdnow-sample');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([SAMPLE], 'CDNOW_sample.txt'));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    await waitFor(() => expect(waiting).toHaveLength(1));
    waiting[0].progress(0.45, 3100);
    const busy = await screen.findByText('Import en cours…');
    const status = busy.closest('[role="status"]') as HTMLElement;
    await waitFor(() => expect(within(status).getByTestId('lines-read')).toHaveTextContent(/^3\s100 lignes lues \(45\s% du fichier\)/));
    expect(within(status).getByRole('button', { name: 'Arrêter' })).toBeEnabled();
    held.delete('import');
    waiting.splice(0)[0].release();
    expect(await screen.findByText(/6\s919 achats de 2\s357 clients importés/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Calculer le RFM' }));
    await screen.findByText(/clients notés au/);
    await user.click(screen.getByRole('button', { name: 'Calculer le score' }));
    const fitting = (await screen.findByText('Ajustement du modèle…')).closest('[role="status"]') as HTMLElement;
    expect(fitting).toHaveTextContent('Sur un gros fichier, l’ajustement peut prendre plusieurs minutes.');
    expect(screen.getByRole('button', { name: 'Calculer le RFM' })).toBeDisabled();
    await user.click(within(fitting).getByRole('button', { name: 'Arrêter' }));

    const stopped = await screen.findByText(/^Calcul du score arrêté\s: aucun score n’est affiché\. Les achats importés et le RFM au .+ sont gardés\./);
    expect(stopped).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // the page is usable again, with what it had before the score
    await waitFor(() => expect(screen.getByRole('button', { name: 'Calculer le score' })).toBeEnabled());
    expect(screen.getByText(/6\s919 achats de 2\s357 clients importés/)).toBeInTheDocument();
    expect(screen.getByText(/clients notés au/)).toBeInTheDocument();
    expect(screen.queryByTestId('fitted-parameters')).not.toBeInTheDocument();
    held.clear();
    await user.click(screen.getByRole('button', { name: 'Calculer le score' }));
    expect(await screen.findByTestId('fitted-parameters')).toBeInTheDocument();
    expect(screen.queryByText(/Calcul du score arrêté/)).not.toBeInTheDocument();
  });
});
