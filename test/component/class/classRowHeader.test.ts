/**
 * A screen reader repeats a row's header at every cell it moves to: the class table's is the learner's name and its short
 * badges alone, the file's name and the buttons in the cell beside it (QA qa27class M2: ~30 words before every figure).
 * A file named after the learner, their only one, shows no file line: shortened, every student's read
 * « …du-marche-semaine-52.json » (m4). Each row's decisions are under « Détails », in the Bilan's words (M1).
 */
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeClassScreenDb, committedResultFile, visitClassScreenOnDb as visit } from '../../fixtures/classScreenOnDb.ts';

afterEach(closeClassScreenDb);

/** the fixture's file under the name the app gives a result file */
async function named(learner: string, fileName: string): Promise<File> {
  return new File([await committedResultFile(learner, []).text()], fileName, { type: 'application/json' });
}

describe('the class table’s row headers', () => {
  it('name the learner and their badges only (« en cours »); the file, its notes and buttons are in the next cell', async () => {
    const user = userEvent.setup();
    visit();
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      await named('Éva Moreau', 'fidelis-resultat-eva-moreau-boutique-de-test-semaine-8.json'),
      await named('Jules', 'devoir_final_JULES_version_corrigee.json'),
    ]);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    const table = screen.getByRole('table', { name: /^Résultats de la classe/ });
    const headers = within(table.querySelector('tbody')!).getAllByRole('rowheader');
    expect(headers.map((h) => h.textContent!.replace(/\s+/g, ' ').trim()).sort()).toEqual(['Jules en cours', 'Éva Moreau en cours']);
    for (const header of headers) expect(within(header).queryAllByRole('button')).toEqual([]);
    const row = (learner: string) => headers.find((h) => h.textContent!.includes(learner))!.closest('tr')!;
    expect(within(row('Éva')).getByRole('button', { name: 'Voir le bilan d’Éva Moreau' })).toBeInTheDocument();
    expect(within(row('Éva')).getByRole('button', { name: 'Retirer fidelis-resultat-eva-moreau-boutique-de-test-semaine-8.json' })).toBeInTheDocument();
    // her file's name says nothing the row does not; Jules's renamed one is shown
    expect(row('Éva').querySelector('.file')).toBeNull();
    expect(row('Jules').querySelector('.file')).not.toBeNull();
    // 8 periods of the fixture's game: « en cours » in the header, said whole in the next cell
    expect(within(row('Éva')).getByText(/^partie en cours : 8 \/ \d+ semaines/)).toBeInTheDocument();
    // the file's cell has a header of its own (one spanning name and file hid the next headers when scrolled sideways,
    // review17 m1): each cell of a row sits under the header of its own column
    const columnHeaders = within(table).getAllByRole('columnheader');
    // the words printed in place of the sort buttons (print only, aria-hidden) are not what the screen shows
    const shown = (h: HTMLElement) => {
      const copy = h.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.print-only').forEach((e) => e.remove());
      return copy.textContent!.replace(/[▲▼]/g, '').trim();
    };
    expect(columnHeaders.map(shown).slice(1, 3)).toEqual(['Élève', 'Fichier']);
    expect(row('Éva').children).toHaveLength(columnHeaders.length);
  }, 60_000);
});
