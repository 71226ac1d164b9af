/**
 * A failed import's message was an alert, read once, and the column selects it was about were not marked
 * (QA qa26a11y D2): a screen-reader user back on the form did not hear which one to change. Each select the
 * message names is now invalid and described by it while it shows.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

const clean = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
// the French « » take no-break spaces
const select = (name: string) => screen.getByRole('combobox', { name: (accessible) => clean(accessible) === name });

async function importFile(csv: string) {
  const user = userEvent.setup();
  render(AnalyticsScreen, { client: inPageClient() });
  await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([csv], 'ventes.csv', { type: 'text/csv' }));
  await user.click(await screen.findByRole('button', { name: 'Importer' }));
  await screen.findByRole('alert');
  return user;
}

describe('Données réelles: the column selects a failed import is about', () => {
  it('marks each unmapped required column, described by « Colonnes non associées », and no other select', async () => {
    await importFile('foo;bar\n1;2\n');
    for (const field of ['client', 'date', 'montant']) {
      const s = select(`Colonne « ${field} »`);
      expect(s).toHaveAttribute('aria-invalid', 'true');
      expect(s).toHaveAccessibleDescription(/^Colonnes non associées\s:\sclient, date, montant\. Indiquez quelle colonne/);
    }
    for (const name of ['Colonne « quantité »', 'Format des dates', 'Séparateur']) {
      expect(select(name)).not.toHaveAttribute('aria-invalid', 'true');
      expect(select(name)).toHaveAccessibleDescription('');
    }
  });

  it('marks the date column alone when it is left unmapped because its dates read in no format', async () => {
    await importFile(`customer;date;amount\n${Array.from({ length: 30 }, (_, i) => `${i};${35431 + i};11.77`).join('\n')}\n`);
    const date = select('Colonne « date »');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/^La colonne des dates, «\sdate\s», a bien été trouvée, mais ses dates sont des nombres/);
    for (const name of ['Colonne « client »', 'Colonne « montant »', 'Format des dates']) expect(select(name)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('marks the date column and its format when the dates chosen read in no format, described by that hint', async () => {
    const user = await importFile('foo;bar\n1;2\n');
    await user.selectOptions(select('Colonne « client »'), 'foo');
    await user.selectOptions(select('Colonne « date »'), 'bar');
    await user.selectOptions(select('Colonne « montant »'), 'bar');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const hint = await screen.findByTestId('date-hint');
    for (const name of ['Colonne « date »', 'Format des dates']) {
      expect(select(name)).toHaveAttribute('aria-invalid', 'true');
      expect(select(name)).toHaveAccessibleDescription(hint.textContent!);
    }
    for (const name of ['Colonne « client »', 'Colonne « montant »']) expect(select(name)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('marks « Format des dates » alone when every date reads in another format', async () => {
    const lines = ['customer,date,amount'];
    for (let d = 1; d <= 28; d++) lines.push(`${d},01/${String(d).padStart(2, '0')}/1997,10.50`);
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([`${lines.join('\n')}\n`], 'us.csv', { type: 'text/csv' }));
    await user.selectOptions(await screen.findByLabelText('Format des dates'), 'DD/MM/YYYY');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const hint = await screen.findByTestId('date-hint');
    expect(hint.textContent).toMatch(/Choisissez/);
    expect(select('Format des dates')).toHaveAttribute('aria-invalid', 'true');
    expect(select('Format des dates')).toHaveAccessibleDescription(hint.textContent!);
    expect(select('Colonne « date »')).not.toHaveAttribute('aria-invalid', 'true');

    // imported in the right format: nothing is marked
    await user.selectOptions(select('Format des dates'), 'MM/DD/YYYY');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^28 achats de 28 clients importés/)).toBeInTheDocument();
    expect(select('Format des dates')).not.toHaveAttribute('aria-invalid', 'true');
    expect(select('Format des dates')).toHaveAccessibleDescription('');
  });
});
