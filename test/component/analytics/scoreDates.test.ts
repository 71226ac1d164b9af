/**
 * QA qa29: the dates of the scored-customers CSV (RFM at one date, the score learned up to another), the
 * hold-out check's own period, the weeks without a purchase in the risk list, the quintile limits of a
 * note nobody has, and the three « risks » told apart.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

// CDNOW's layout: customer, date, CDs, amount
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
const TEXT = LINES.map((l) => ` ${l.join('  ')}`).join('\n') + '\n';
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The files offered for download: name and text. */
function downloads(): { name: string; text: Promise<string> }[] {
  const files: { name: string; text: Promise<string> }[] = [];
  let text: Promise<string> = Promise.resolve('');
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    text = (blob as Blob).text();
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, text });
  });
  return files;
}

async function scored(user: ReturnType<typeof userEvent.setup>, calibrationEnd: string, horizon: string): Promise<void> {
  render(AnalyticsScreen, { client: inPageClient() });
  await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([TEXT], 'achats.txt', { type: 'text/plain' }));
  await user.click(await screen.findByRole('button', { name: 'Importer' }));
  await screen.findByText(/achats de 5 clients importés/);
  await user.click(screen.getByRole('button', { name: 'Calculer le RFM' }));
  await screen.findByRole('table', { name: 'Les cinq segments du cours' });
  const end = screen.getByLabelText('Fin de la période d’apprentissage');
  await user.clear(end);
  await user.type(end, calibrationEnd);
  const weeks = screen.getByLabelText('Prévision sur (semaines)');
  await user.clear(weeks);
  await user.type(weeks, horizon);
  await user.click(screen.getByRole('button', { name: 'Calculer le score' }));
  await screen.findByTestId('fitted-parameters', {}, { timeout: 30_000 });
}

describe('the score’s dates (QA qa29)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the check says the weeks the file has after learning, shorter than the forecast’s 39', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    // the file ends on 10 January 1998: 4 weeks after 13 December 1997
    await scored(user, '1997-12-13', '39');
    const check = plain(screen.getByTestId('score-holdout').textContent);
    expect(check).toMatch(/^Contrôle : sur les 4 semaines suivantes, le modèle prévoyait/);
    expect(check).toContain('Le fichier s’arrête 4 semaines après la fin de l’apprentissage : ce contrôle porte sur moins de semaines que la prévision du tableau (39 semaines).');
    expect(check).not.toContain('39 semaines suivantes');
    expect(check).not.toMatch(/ {2}/);
    expect(plain(screen.getByText(/clients avaient acheté avant la fin/).textContent)).toBe('5 clients avaient acheté avant la fin de la période d’apprentissage, le 13 décembre 1997.');
  });

  it('the risk list gives the weeks without a purchase at the end of learning (T − t_x)', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    await scored(user, '1997-12-13', '39');
    const table = screen.getByRole('table', { name: /clients les plus à risque/ });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    const column = headers.indexOf('Semaines sans achat (à la fin de l’apprentissage)');
    expect(column).toBeGreaterThan(0);
    const cell = (id: string) => {
      const row = within(table).getByRole('rowheader', { name: id }).closest('tr')!;
      return row.children[column].textContent;
    };
    // 00003 last bought on 15 November, 28 days before 13 December; 00001 on 20 October, 54 days
    expect(cell('00003')).toBe('4');
    expect(cell('00001')).toBe('7,7');
  });

  it('the CSV’s columns and name carry the RFM’s date and the score’s, said under the button', { timeout: 60_000 }, async () => {
    const files = downloads();
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([TEXT], 'achats.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    await user.click(await screen.findByRole('button', { name: 'Calculer le RFM' }));
    await screen.findByRole('table', { name: 'Les cinq segments du cours' });
    expect(plain(screen.getByTestId('export-dates').textContent)).toMatch(/^Le fichier donne le RFM au 10 janvier 1998 ; une fois le score calculé/);
    await user.click(screen.getByRole('button', { name: 'Exporter les clients notés (CSV)' }));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe('clients-rfm-1998-01-10.csv');
    expect((await files[0].text).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'client;recence_jours_au_1998-01-10;frequence;montant;R;F;M;segment_au_1998-01-10;segment_rxf_au_1998-01-10;type_produit',
    );

    const end = screen.getByLabelText('Fin de la période d’apprentissage');
    await user.clear(end);
    await user.type(end, '1997-12-13');
    const weeks = screen.getByLabelText('Prévision sur (semaines)');
    await user.clear(weeks);
    await user.type(weeks, '39');
    await user.click(screen.getByRole('button', { name: 'Calculer le score' }));
    await screen.findByTestId('fitted-parameters', {}, { timeout: 30_000 });
    expect(plain(screen.getByTestId('export-dates').textContent)).toMatch(
      /^Dans le fichier, le RFM est au 10 janvier 1998 et le score \(étape 4\) au 13 décembre 1997, fin de sa période d’apprentissage : chaque colonne porte sa date\./,
    );
    await user.click(screen.getByRole('button', { name: 'Exporter les clients notés (CSV)' }));
    await vi.waitFor(() => expect(files).toHaveLength(2));
    expect(files[1].name).toBe('clients-rfm-1998-01-10-score-1997-12-13.csv');
    expect((await files[1].text).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'client;recence_jours_au_1998-01-10;frequence;montant;R;F;M;segment_au_1998-01-10;segment_rxf_au_1998-01-10;type_produit;' +
        'achats_repetes_au_1997-12-13;semaines_sans_achat_au_1997-12-13;proba_actif_au_1997-12-13;achats_attendus_39_semaines_apres_1997-12-13;panier_attendu;valeur_client',
    );
  });

  it('tells the three « risks » apart', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    await scored(user, '1997-12-13', '39');
    const text = plain(screen.getByTestId('three-risks').textContent);
    expect(text).toMatch(/^Trois « risques » différents sur cet écran\. « À risque » : une case de la carte R × F \(notes de récence 1 ou 2 et de fréquence 3 ou 4\)\./);
    expect(text).toContain('« Futur non-client » : un des cinq segments du cours (note de récence 2, ou 3 avec une fréquence de 1 ou 2)');
  });

  it('a quintile note nobody has says « aucun client », not a limit shared with the next note', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([TEXT], 'achats.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    await user.click(await screen.findByRole('button', { name: 'Calculer le RFM' }));
    // in the year to 10 January 1998, the buyers made 1, 2, 2, 2 and 3 purchases: no one has the frequency notes 3 and 4
    const limits = await screen.findByRole('table', { name: /seuils des quintiles/ });
    const frequency = within(limits)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1].textContent);
    expect(frequency).toEqual(['2', 'aucun client', 'aucun client', '3']);
    const grid = screen.getByRole('table', { name: /Nombre de clients par note de récence/ });
    for (const f of [3, 4]) {
      const column = within(grid).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[f - 1].textContent);
      for (const text of column) expect(plain(text)).toMatch(/^0 \(0 %\)/);
    }
  });
});
