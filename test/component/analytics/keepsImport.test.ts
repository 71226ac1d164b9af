/**
 * Leaving « Données réelles » and coming back (the « Labo de scoring » tab beside it, a glossary card)
 * keeps the file, its import and the RFM: each visit made a new store, the old one's worker ended, and a
 * teacher preparing a lesson found the screen empty again (QA qa7).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

describe('AnalyticsScreen, left and opened again', () => {
  it('finds the imported file and its RFM as they were', async () => {
    const user = userEvent.setup();
    const first = render(AnalyticsScreen);
    await user.selectOptions(screen.getByLabelText('Type de fichier'), 'cdnow');
    const log = ' 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n 00002 19970301  5   77.00\n';
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([log], 'ventes.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^3 achats de 2 clients importés/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Calculer le RFM' }));
    await screen.findByRole('table', { name: 'Les cinq segments du cours' });
    first.unmount();

    render(AnalyticsScreen);
    expect(screen.getByText(/^3 achats de 2 clients importés/)).toBeInTheDocument();
    expect(screen.getByText(/^Fichier : ventes\.txt/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Les cinq segments du cours' })).toBeInTheDocument();
    expect(screen.getByLabelText('Type de fichier')).toHaveValue('cdnow');
  });

  it('says in its introduction that nothing is saved: after a reload, the file is to be chosen again', () => {
    render(AnalyticsScreen);
    expect(screen.getByText(/^Importez le fichier des achats/).textContent).toMatch(
      /rien n’est enregistré\s: le fichier reste chargé tant que la page est ouverte, même si vous passez par d’autres écrans\s; après un rechargement de la page, choisissez-le à nouveau\.$/,
    );
  });
});
