/**
 * A CDNOW file chosen with « Type de fichier » left as it is is read as CDNOW: the type shown changes,
 * a line says why, and the amounts are in dollars (QA qa13 D1: they were « in the file's currency »).
 * A type chosen by hand is kept.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

const MASTER = ' customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n 00002 19970301  5   77.00\n';
const file = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

describe('AnalyticsScreen, a CDNOW file chosen as it is', () => {
  it('is recognised: the type, a line that says so, amounts in dollars; the next CSV is a CSV again', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    const type = screen.getByLabelText('Type de fichier');
    expect(type).toHaveValue('csv');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), file(MASTER, 'CDNOW_master.txt'));
    expect(await screen.findByTestId('format-recognised')).toHaveTextContent(
      /^Ce fichier a la forme d’un fichier CDNOW\s: il est lu comme «\sCDNOW \(client, date, nb de CD, montant\)\s», montants en dollars\. Si ce n’est pas le bon type, choisissez-le dans «\sType de fichier\s»\s: le fichier est relu\.$/,
    );
    expect(type).toHaveValue('cdnow');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^3 achats de 2 clients importés/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Calculer le RFM' }));
    expect(await screen.findByTestId('rfm-currency')).toHaveTextContent('dollars américains ($)');
    // the grid's legend speaks of this screen, not of the game and its « Taille des segments » chart (QA qa21 F6)
    const legend = screen.getByText(/^Plus la case est foncée/);
    expect(legend).toHaveTextContent('(tableau ci-dessus)');
    expect(legend).not.toHaveTextContent(/jeu|Taille des segments/);

    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), file('client;date;montant\nA;05/01/2024;12,50\n', 'ventes.csv'));
    await screen.findByText(/^Fichier : ventes\.csv/);
    expect(type).toHaveValue('csv');
    expect(screen.queryByTestId('format-recognised')).toBeNull();
  });

  it('keeps the type the teacher chose by hand', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    await user.selectOptions(screen.getByLabelText('Type de fichier'), 'csv');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), file(MASTER, 'CDNOW_master.txt'));
    const preview = await screen.findByRole('table', { name: 'Aperçu des premières lignes' });
    expect(within(preview).getByRole('columnheader', { name: 'dollar_value' })).toBeInTheDocument();
    expect(screen.getByLabelText('Type de fichier')).toHaveValue('csv');
    expect(screen.queryByTestId('format-recognised')).toBeNull();
  });

  it('reads the file already chosen again when the type is changed after it (QA qa21 F1: nothing changed)', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    const type = screen.getByLabelText('Type de fichier');
    await user.selectOptions(type, 'cdnow-sample');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), file('ID,frequency,recency,T\n1,2,30.4,38.9\n2,0,0,38.9\n', 'summary.csv'));
    const before = await screen.findByRole('table', { name: 'Aperçu des premières lignes' });
    expect(within(before).queryByRole('columnheader', { name: 'frequency' })).toBeNull();
    await user.selectOptions(type, 'csv');
    const after = await screen.findByRole('table', { name: 'Aperçu des premières lignes' });
    expect(await within(after).findByRole('columnheader', { name: 'frequency' })).toBeInTheDocument();
    expect(type).toHaveValue('csv');
    expect(screen.getByText(/^Fichier : summary\.csv/)).toBeInTheDocument();
  });

  it('writes the count of a refused import with its thousands separator (QA qa21 F9: « (2357 errors) »)', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    await user.selectOptions(screen.getByLabelText('Type de fichier'), 'cdnow-sample');
    const lines = Array.from({ length: 1200 }, (_, i) => `${i + 1},2,30.4,38.9`).join('\n');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), file(`ID,frequency,recency,T\n${lines}\n`, 'summary.csv'));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    const refused = await screen.findByText(/^Import annulé, rien n’a été importé/);
    expect(refused.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/\(1 20\d erreurs\)/);
  });
});
