/** A transaction file cut in the middle of its last line is imported, with a warning that it may be incomplete (QA qa25robust m4). */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

describe('Données réelles: a file cut short', () => {
  it('says that the last line seems cut and the file may be incomplete', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    const csv = 'client;date;montant\r\nA;02/01/2024;10,50\r\nB;03/01/2024;12,40\r\nC;04/01/2024;7,90\r\nD;05/01/2024;8,';
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([csv], 'ventes.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^4 achats de 4 clients importés/)).toBeInTheDocument();
    expect(screen.getByTestId('cut-last-line').textContent).toMatch(
      /^La dernière ligne du fichier \(ligne 5\) semble coupée\s: .*«\s8,\s».*Le fichier est peut-être incomplet/,
    );
  });
});
