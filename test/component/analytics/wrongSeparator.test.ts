/**
 * A « ; » file imported with the separator set to « , »: every line is « il manque des colonnes », and the
 * screen now says what to change, « Séparateur » (QA qa7: it listed « 3 attendues, 1 trouvées » line after
 * line, and nothing about the separator).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

describe('Données réelles: a CSV read with the wrong separator', () => {
  it('names the separator to change, and imports once it is changed', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    const csv = 'client;date;montant\nA;2024-01-02;10,5\nA;2024-02-03;12\nB;2024-03-04;7\n';
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([csv], 'ventes.csv', { type: 'text/csv' }));
    const separator = await screen.findByLabelText('Séparateur');
    await user.selectOptions(separator, ',');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const hint = await screen.findByTestId('wrong-separator');
    expect(hint.textContent).toMatch(
      /^La plupart des lignes \(3 sur 3\) n’ont pas assez de colonnes\s: le séparateur choisi, virgule \(\s,\s\), n’est sans doute pas celui du fichier\. Choisissez-en un autre dans «\sSéparateur\s»/,
    );
    expect(screen.getByRole('alert')).toContainElement(hint);
    // the lines' own errors read « trouvées : 1 », not « 1 trouvées »
    expect(screen.getByRole('alert').textContent).toMatch(/il manque des colonnes \(attendues\s: 3, trouvées\s: 1\)/);

    await user.selectOptions(separator, ';');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^3 achats de 2 clients importés/)).toBeInTheDocument();
    expect(screen.queryByTestId('wrong-separator')).toBeNull();
  });

  it('says nothing of the separator when a few lines are short in a well-split file', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    const csv = 'client,date,montant\nA,2024-01-02,10.5\nA,2024-02-03\nB,2024-03-04,7\nC,2024-03-05,8\n';
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([csv], 'ventes.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toMatch(/Ligne 3\s: il manque des colonnes/);
    expect(screen.queryByTestId('wrong-separator')).toBeNull();
  });
});
