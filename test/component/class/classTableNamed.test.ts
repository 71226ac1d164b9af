/**
 * With several classes kept, the table's caption (and so the table's and its scroller's names) says
 * which class is shown: on a projector scrolled to the table the « Classe » selector is out of view
 * (QA qa16 F8). A teacher with the single default class keeps the plain caption.
 * With one game, the caption also names it (« — Boutique de test, graine 3 »): on a narrow screen the table hides its
 * « Scénario » column then, and that line is all a screen reader gets of the game (review22 m4). jsdom applies no
 * media query, so the names here carry it; on a wide screen it is display:none and out of the name.
 */
import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { closeClassScreenDb, committedResultFile as resultFile, visitClassScreenOnDb as visit } from '../../fixtures/classScreenOnDb.ts';

afterEach(closeClassScreenDb);

const sortHint = '(activez un en-tête de colonne pour trier)';
const game = '— Boutique de test, graine 3';

describe('the class table names the class shown', () => {
  it('keeps the plain caption with one class, names the selected class once there are two, and follows a switch', async () => {
    const user = userEvent.setup();
    visit();
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('Anna', [])]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    expect(screen.getByRole('table', { name: `Résultats de la classe ${game} ${sortHint}` })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Nom de la nouvelle classe' }), 'BTS MCO 2{Enter}');
    const picker = () => screen.getByRole('combobox', { name: 'Classe' }) as HTMLSelectElement;
    await waitFor(() => expect(picker().value).toBe('BTS MCO 2'));
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('Bruno', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }])]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    const mco = screen.getByRole('table', { name: frenchText`Résultats de la classe « BTS MCO 2 » ${game} ${sortHint}` });
    expect(within(mco).getByText(/Bruno/)).toBeInTheDocument();
    // the scroller « Aller au tableau de la classe » focuses is named by the caption too
    expect(screen.getByRole('region', { name: /Résultats de la classe «\u00a0BTS MCO 2\u00a0»/ })).toBeInTheDocument();

    await user.selectOptions(picker(), 'Ma classe');
    const mine = await screen.findByRole('table', { name: frenchText`Résultats de la classe « Ma classe » ${game} ${sortHint}` });
    await waitFor(() => expect(within(mine).getByText(/Anna/)).toBeInTheDocument());
    expect(screen.queryByRole('table', { name: /BTS MCO 2/ })).toBeNull();

    const select = picker(); // named « Class » once in English
    await setLocale('en');
    await user.selectOptions(select, 'BTS MCO 2');
    await screen.findByRole('table', { name: 'Results of the class “BTS MCO 2” — Test shop, seed 3 (activate a column header to sort)' });
  }, 60_000);
});
