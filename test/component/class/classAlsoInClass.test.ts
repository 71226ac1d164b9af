/**
 * A file imported into a class while another class of this browser holds the very same file (same
 * content, as a copy within one class is told) is kept, with a note naming the other class: a
 * teacher who picked the wrong folder notices (QA qa16 F7).
 */
import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { closeClassScreenDb, committedResultFile as resultFile, visitClassScreenOnDb as visit } from '../../fixtures/classScreenOnDb.ts';

afterEach(closeClassScreenDb);

const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];

describe('a file already in another class', () => {
  it('is added, with a note naming the class that holds it too, in French and in English', async () => {
    const user = userEvent.setup();
    // each file built once: a file records when it was made, so two builds are two files
    const [lea, zoe] = [resultFile('Lea', club), resultFile('Zoe', [])];
    visit();
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    const choose = () => screen.getByLabelText(/Choisir des fichiers de résultat|Choose result files/);
    await user.upload(choose(), [lea]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });

    await user.type(screen.getByRole('textbox', { name: 'Nom de la nouvelle classe' }), 'BTS MCO 2{Enter}');
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Classe' }) as HTMLSelectElement).value).toBe('BTS MCO 2'));
    await user.upload(choose(), [zoe, lea]);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    expect(await screen.findByText('lea.json est aussi dans la classe « Ma classe » (même contenu) : vérifiez que ce fichier est bien de cette classe.')).toBeInTheDocument();
    expect(screen.queryByText(/zoe\.json est aussi/)).toBeNull();

    await setLocale('en');
    await user.upload(choose(), [lea]);
    // within its class a copy is still refused, and said of this class only
    await screen.findByText(/1 file already in the class \(same content\) was not added a second time/);
    expect(screen.queryByText(/is also in the class/)).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Class' }), 'My class');
    const mine = await screen.findByRole('table', { name: 'Results of the class “My class” — Test shop, seed 3 (activate a column header to sort)' });
    await waitFor(() => expect(within(mine).getByText(/Lea/)).toBeInTheDocument());
    await user.upload(choose(), [zoe]);
    expect(await screen.findByText('zoe.json is also in the class “BTS MCO 2” (same content): check that this file belongs to this class.')).toBeInTheDocument();
  }, 60_000);
});
