/**
 * QA robust #2 and #4: a purchase dated in the future (a typo, 2099) would become the analysis date and
 * make every customer inactive; it is a line in error. A purchase dated long after the others but not in
 * the future stays imported, said, and ignored by the proposed analysis date. Negative amounts are said
 * with how they are counted, and so are amounts far above the median basket, with their lines. The
 * summary line has real plurals.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

/** `n` purchases in 1997 (two a day from 1 January), dd/mm/yyyy with decimal commas, then `extra` lines. */
function csv(n: number, extra: string[] = []): string {
  const lines = ['Client;Date;Montant'];
  for (let i = 0; i < n; i++) {
    const day = 1 + Math.floor(i / 2);
    const date = new Date(Date.UTC(1997, 0, day));
    const dd = String(date.getUTCDate()).padStart(2, '0');
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    lines.push(`C${i % 40};${dd}/${mm}/1997;${i % 50 === 7 ? '-' : ''}12,50`);
  }
  return [...lines, ...extra].join('\n') + '\n';
}

async function importText(text: string) {
  const user = userEvent.setup();
  render(AnalyticsScreen, { client: inPageClient() });
  await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([text], 'ventes.csv', { type: 'text/csv' }));
  await screen.findByRole('table', { name: 'Aperçu des premières lignes' });
  await user.click(screen.getByRole('button', { name: 'Importer' }));
  return user;
}

describe('suspicious lines in a purchases file', () => {
  it('one purchase by one customer: singular', async () => {
    await importText('Client;Date;Montant\nA;05/01/2024;12,50\n');
    expect(await screen.findByText(/^1 achat de 1 client importé, du/)).toBeInTheDocument();
  });

  it('a date in the future is a line in error; skipped, the analysis date is the last real purchase', async () => {
    const user = await importText(csv(200, ['C1;15/06/2099;12,50']));
    const alert = await screen.findByRole('heading', { name: 'Lignes à corriger' });
    expect(alert.parentElement).toHaveTextContent('Ligne 202 : date dans le futur « 15/06/2099 » (après aujourd’hui) : une faute de frappe ?');
    await user.click(screen.getByLabelText('Importer quand même les lignes correctes et ignorer les lignes en erreur'));
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^200 achats de 40 clients importés, du 1er janvier 1997 au 10 avril 1997/)).toBeInTheDocument();
    expect(screen.getByLabelText('Date d’analyse')).toHaveValue('1997-04-10');
    // every 50th amount is negative (from the 8th): 4 of them, said with how they count
    expect(screen.getByTestId('negative-amounts')).toHaveTextContent(
      /^4 achats ont un montant négatif \(des remboursements \?\)\. Ils sont gardés tels quels : chacun compte comme un achat dans la fréquence/,
    );
  });

  it('a date long after the others (not in the future) stays imported, is said, and the analysis date ignores it', async () => {
    await importText(csv(200, ['C1;15/06/2019;12,50']));
    expect(await screen.findByText(/^201 achats de 40 clients importés, du 1er janvier 1997 au 15 juin 2019/)).toBeInTheDocument();
    expect(screen.getByTestId('late-dates')).toHaveTextContent(/^1 achat est daté bien après tous les autres \(après le 10 avril 1997, jusqu’au 15 juin 2019\)/);
    expect(screen.getByLabelText('Date d’analyse')).toHaveValue('1997-04-10');
  });

  it('an amount far above the median basket (a decimal separator left out) stays imported and its line is named', async () => {
    await importText(csv(200, ['C1;12/01/1997;4590']));
    expect(await screen.findByText(/^201 achats de 40 clients importés/)).toBeInTheDocument();
    expect(screen.getByTestId('amount-outliers')).toHaveTextContent(
      /^1 achat a un montant de plus de 100 fois le panier médian du fichier \(12,5\), ligne 202 : une faute de frappe, ou un séparateur décimal oublié/,
    );
  });
});

describe('a till export with title lines above the table (QA robust #10)', () => {
  it('says the title lines are ignored and imports the table', async () => {
    await importText('Export caisse du 12/03/2024\nMagasin : Boulangerie\n\nclient;date;nb;montant\n00001;01/01/1997;1;11,77\n00002;12/01/1997;1;12,00\n');
    expect(await screen.findByText(/^2 achats de 2 clients importés/)).toBeInTheDocument();
    expect(screen.getByTestId('title-lines')).toHaveTextContent(/^Les 2 premières lignes du fichier ne sont pas des lignes du tableau/);
  });
});
