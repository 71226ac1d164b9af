/**
 * The published BG/NBD fit is the CDNOW 1/10 sample's: under another CDNOW file's fit it is said to be
 * the sample's, not this file's; under any other file it is not shown (QA qa13 D2: the full log's fit,
 * printed above it, read as the app disagreeing with the paper).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

const LINES = [
  ['00001', '19970101', '1', '11.77'],
  ['00001', '19970315', '2', '20.00'],
  ['00001', '19971020', '1', '15.00'],
  ['00002', '19970112', '1', '12.00'],
  ['00002', '19970301', '5', '77.00'],
  ['00003', '19970102', '2', '20.76'],
  ['00003', '19970330', '2', '20.76'],
  ['00003', '19970402', '2', '19.54'],
  ['00003', '19971115', '5', '57.45'],
  ['00004', '19970201', '1', '9.99'],
  ['00004', '19980110', '1', '14.99'],
  ['00005', '19970220', '3', '30.00'],
];

async function scoreOf(text: string, name: string): Promise<void> {
  const user = userEvent.setup();
  render(AnalyticsScreen, { client: inPageClient() });
  await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([text], name, { type: 'text/plain' }));
  await user.click(await screen.findByRole('button', { name: 'Importer' }));
  await screen.findByText(/achats de 5 clients importés/);
  await user.click(screen.getByRole('button', { name: 'Calculer le score' }));
  await screen.findByTestId('fitted-parameters', {}, { timeout: 30_000 });
}

describe('the published reference under the score', () => {
  it('under another CDNOW file: the values are the 2 357-client sample’s, not this file’s', { timeout: 60_000 }, async () => {
    await scoreOf(LINES.map((l) => ` ${l.join('  ')}`).join('\n') + '\n', 'achats.txt');
    expect(screen.getByTestId('published-reference')).toHaveTextContent(
      /^Les valeurs de la publication de référence \(r = 0,243, alpha = 4,414, a = 0,793, b = 2,426\) sont celles de l’échantillon CDNOW au 1\/10 \(2\s357 clients, fin d’apprentissage au 30\/09\/1997\)\s; ce fichier a 5 clients\s: ses paramètres n’ont pas à être les mêmes\. Pour retrouver les valeurs publiées, essayez avec l’échantillon\.$/,
    );
  });

  it('under a shop’s own file: none', { timeout: 60_000 }, async () => {
    await scoreOf('client;date;nb;montant\n' + LINES.map(([c, d, n, a]) => `C${c};${d.slice(6)}/${d.slice(4, 6)}/${d.slice(0, 4)};${n};${a.replace('.', ',')}`).join('\n') + '\n', 'ventes.csv');
    expect(screen.queryByTestId('published-reference')).toBeNull();
    expect(screen.queryByText(/publication de référence/)).toBeNull();
  });
});
