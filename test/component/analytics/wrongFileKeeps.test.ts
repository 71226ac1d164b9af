/**
 * A wrong file chosen by mistake after an import (a binary renamed .csv, an empty file) is refused with
 * its message, and what was there stays: the import, the RFM, and the session behind them, so the next
 * step still works (QA qa7: the import and the RFM vanished, the teacher had to start again).
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

describe('Données réelles: a wrong file after an import', () => {
  it('says the file is not usable and keeps the import and its RFM', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    const input = screen.getByLabelText('Choisir un fichier (CSV ou texte)');
    await user.upload(input, new File(['client;date;montant\nA;05/01/2024;12,50\nA;06/02/2024;8\nB;07/03/2024;3\n'], 'ventes.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^3 achats de 2 clients importés/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Calculer le RFM' }));
    await screen.findByRole('table', { name: 'Les cinq segments du cours' });

    // a workbook renamed .csv: a ZIP header, then compressed bytes
    const bytes = new Uint8Array(2048).map((_, i) => (i * 151 + 7) % 256);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    await user.upload(input, new File([bytes], 'ventes.xlsx.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Le fichier ventes\.xlsx\.csv n’est pas un fichier CSV.* Le fichier précédent, ventes\.csv, reste chargé\.$/);
    expect(screen.getByText(/^3 achats de 2 clients importés/)).toBeInTheDocument();
    expect(screen.getByText(/^Fichier : ventes\.csv/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Les cinq segments du cours' })).toBeInTheDocument();

    await user.upload(input, new File([''], 'vide.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Le fichier vide\.csv est vide.* Le fichier précédent, ventes\.csv, reste chargé\.$/));
    expect(screen.getByText(/^3 achats de 2 clients importés/)).toBeInTheDocument();

    // the session still holds the purchases: the RFM is computed again on them
    await user.click(screen.getByRole('button', { name: 'Calculer le RFM' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByText(/^2 clients notés au/)).toBeInTheDocument();
  });

  it('after a failed import (QA qa12 F6): names the refused file, says the one loaded stays, and the old import error goes', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    const input = screen.getByLabelText('Choisir un fichier (CSV ou texte)');
    await user.upload(input, new File(['nom;montant\nA;12\n'], 'qa12-wrong.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    expect(await screen.findByRole('heading', { name: 'Import impossible' })).toBeInTheDocument();

    const png = new Uint8Array(2048).map((_, i) => (i * 151 + 7) % 256);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await user.upload(input, new File([png], 'photo.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByText(/n’est pas un fichier CSV/)).toBeInTheDocument());
    expect(screen.getByRole('alert')).toHaveTextContent(/^Le fichier photo\.csv n’est pas un fichier CSV : c’est une image ou un fichier binaire .* Le fichier précédent, qa12-wrong\.csv, reste chargé\.$/);
    expect(screen.queryByRole('heading', { name: 'Import impossible' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    // the file that stays is still there to fix: its name, its columns
    expect(screen.getByText(/^Fichier : qa12-wrong\.csv/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer' })).toBeInTheDocument();
  });
});
