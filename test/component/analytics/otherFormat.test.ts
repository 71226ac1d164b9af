/**
 * A file read as the wrong type, or amounts written 12,50 with « virgule décimale » unticked: the screen
 * says what to choose (QA qa22 F1: a customer summary and a till's CSV were both told to choose « CSV »,
 * with a remark about summaries for every file; F2: « montant illisible « 12,50 » » said nothing of the box).
 */
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

const SUMMARY = readFileSync('src/assets/cdnow/cdnow_customers_summary.csv', 'utf8');

async function importFile(text: string, name: string, format?: string) {
  const user = userEvent.setup();
  render(AnalyticsScreen, { client: inPageClient() });
  if (format) await user.selectOptions(screen.getByLabelText('Type de fichier'), format);
  await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([text], name, { type: 'text/csv' }));
  return user;
}

describe('Données réelles: what to choose when a file fails', () => {
  it('says that a customer summary is no purchase log, whatever the type', async () => {
    const user = await importFile(SUMMARY, 'cdnow_customers_summary.csv');
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    const hint = await screen.findByTestId('other-format');
    expect(hint.textContent).toMatch(/^Ce fichier est un résumé par client \(colonnes frequency, recency, T\)/);
    expect(hint.textContent).not.toMatch(/CSV/);
  });

  it('suggests « CSV » for a till’s file read as CDNOW, without the remark about summaries', async () => {
    const csv = 'client,date,montant\nA,2024-01-02,10.5\nA,2024-02-03,12\nB,2024-03-04,7\n';
    const user = await importFile(csv, 'ventes.csv', 'cdnow');
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    const hint = await screen.findByTestId('other-format');
    expect(hint.textContent).toMatch(/Choisissez «\sCSV \(colonnes à associer\)\s» dans «\sType de fichier\s» \(le fichier est relu\), puis importez à nouveau\.$/);
    expect(hint.textContent).not.toMatch(/résumé/);
  });

  it('points to « virgule décimale » when amounts written 12,50 are not read', async () => {
    const csv = 'client,date,montant\n1,2024-01-05,"12,50"\n2,2024-01-06,"1 208,00"\n';
    const user = await importFile(csv, 'ventes.csv');
    const box = await screen.findByLabelText('Montants avec une virgule décimale (12,50)');
    expect(box).toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const hint = await screen.findByTestId('decimal-comma');
    expect(hint.textContent).toMatch(/cochez «\sMontants avec une virgule décimale \(12,50\)\s»/);
    expect(screen.getByRole('alert')).toContainElement(hint);
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/^2 achats de 2 clients importés/)).toBeInTheDocument();
    expect(screen.queryByTestId('decimal-comma')).toBeNull();
  });
});
