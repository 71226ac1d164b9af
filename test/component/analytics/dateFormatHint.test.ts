/**
 * Dates the screen cannot take as they are (QA qa25robust m2, m3): a US file imported as JJ/MM/AAAA with
 * « Importer quand même » imported its dates with day and month swapped, without a word; Excel day numbers
 * in a column named « date » gave « Colonnes non associées : date », then one line per date.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

const usFile = (): string => {
  const lines = ['customer,date,amount'];
  for (let m = 1; m <= 6; m++) for (let d = 1; d <= 28; d++) lines.push(`${m}${d},${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/1997,10.50`);
  return `${lines.join('\n')}\n`;
};

describe('Données réelles: dates in another format or in none', () => {
  it('imports nothing from a US file read as JJ/MM/AAAA, even with the bad lines skipped, and names the format to choose', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([usFile()], 'us.csv', { type: 'text/csv' }));
    const format = await screen.findByLabelText('Format des dates');
    expect(format).toHaveValue('MM/DD/YYYY');
    await user.selectOptions(format, 'DD/MM/YYYY');
    await user.click(screen.getByLabelText('Importer quand même les lignes correctes et ignorer les lignes en erreur'));
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const hint = await screen.findByTestId('date-hint');
    expect(screen.getByRole('alert')).toContainElement(hint);
    expect(hint.textContent).toMatch(/^96 dates sur 168 ne se lisent pas au format JJ\/MM\/AAAA, .*Choisissez «\sMM\/JJ\/AAAA\s» dans «\sFormat des dates\s»/);
    expect(screen.queryByText(/achats de .* importés/)).toBeNull();

    await user.selectOptions(format, 'MM/DD/YYYY');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^168 achats de 168 clients importés/)).toBeInTheDocument();
    expect(screen.queryByTestId('date-hint')).toBeNull();
  });

  it('says that Excel day numbers are dates to format in the spreadsheet, once, and the lines in one sentence', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    const csv = `customer;date;amount\n${Array.from({ length: 300 }, (_, i) => `${i};${35431 + i};11,77`).join('\n')}\n`;
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([csv], 'excel.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toMatch(/Colonnes non associées/);
    expect(alert.textContent).toMatch(/La colonne des dates, «\sdate\s», a bien été trouvée, mais ses dates sont des nombres \(par exemple «\s35431\s»\)\s: ce sont des dates Excel/);

    await user.selectOptions(screen.getByLabelText('Colonne « date »'), 'date');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const hint = await screen.findByTestId('date-hint');
    expect(hint.textContent).toMatch(/dates Excel.*mettez la colonne au format Date JJ\/MM\/AAAA/);
    const items = screen.getByRole('alert').querySelectorAll('.errors li');
    expect([...items].map((li) => li.textContent?.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      '300 lignes (2, 3, 4…), chacune avec sa valeur, par exemple la première : date illisible « 35431 » (format attendu : AAAA-MM-JJ).',
    ]);
  });
});
