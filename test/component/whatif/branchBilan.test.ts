/**
 * QA more M10: the Bilan of a what-if branch read like the original game's (« Bilan — Boulangerie du
 * Marché … Partie en cours »), and its result file was told apart only by its name. The Bilan says it
 * is a branch, of which game and from which period, before and after the end, in both languages; the
 * file handed in from it records the branching (branchTick), which the class view reads as a variant.
 * QA qa23 F1: a branch is not ranked, and the learner learnt it only on the Bilan; the screen's sandbox note and the
 * branch's question say it before the learner branches, and the Bilan says which game to hand in to be ranked.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import DebriefRoute from '../../../src/ui/shell/DebriefRoute.svelte';
import { whatIfSession } from '../../fixtures/whatIfSession.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { readResultFile } from '../../../src/results/readResultFile.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

const downloads = vi.hoisted(() => [] as { text: string; fileName: string }[]);
vi.mock('../../../src/ui/shell/download.ts', () => ({
  downloadText: (text: string, fileName: string) => downloads.push({ text, fileName }),
  downloadBlob: () => {},
}));

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');


afterEach(() => setLocale('fr'));

describe('the Bilan of a what-if branch', () => {
  it('says it is a branch of the game, from which period, and its result file records it', async () => {
    const user = userEvent.setup();
    const { session, props } = await whatIfSession();
    await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'Ma partie', { mode: 'sandbox' });
    await session.advance(4);
    const whatIf = render(WhatIfScreen, props);
    // the sandbox mode's note says a branch is not ranked, before any branch
    expect(norm(document.body.textContent)).toContain(
      'Une branche est jouée en connaissant la suite : elle n’est pas classée dans la vue classe. Pour figurer au classement, rendez la partie d’origine.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choisir une semaine' }), 'Semaine 3');
    await user.click(screen.getByRole('button', { name: frenchText`Et si… ? Rejouer la semaine 3 et la suite` }));
    // the question says it where the learner decides
    expect(screen.getByRole('alertdialog', { name: frenchText`Rejouer à partir de la semaine 3 ?` })).toHaveAccessibleDescription(
      frenchText`Une nouvelle chronologie repart de la semaine 3, avec les mêmes clients. Votre partie actuelle reste enregistrée : « Ouvrir », dans « Chronologies », la ramène à tout moment. Une branche n’est pas classée dans la vue classe : pour figurer au classement, rendez la partie d’origine.`,
    );
    await user.click(screen.getByRole('button', { name: 'Rejouer à partir de la semaine 3' }));
    await waitFor(() => expect(screen.getByTestId('whatif-status')).toHaveTextContent('Vous jouez maintenant « Ma partie — et si… (à partir de la semaine 3) »'), { timeout: 20_000 });
    expect(session.tick).toBe(2);
    expect(session.branchTick).toBe(2);
    whatIf.unmount();

    // before the end: the hand-in page
    const route = render(DebriefRoute, { session });
    expect(norm(screen.getByTestId('debrief-branch').textContent)).toBe(
      'Chronologie « Et si… ? » : ce bilan est celui d’une branche de la partie « Ma partie », rejouée à partir de la semaine 3, pas celui de la partie d’origine. Son fichier de résultat le dit aussi : la vue classe l’affiche comme une variante, non classée. Pour figurer au classement, rendez la partie d’origine.',
    );
    await setLocale('en');
    await waitFor(() =>
      expect(screen.getByTestId('debrief-branch')).toHaveTextContent(
        'What-if timeline: this is the debrief of a branch of the game “Ma partie”, replayed from week 3, not of the original game. Its result file says so too: the class view shows it as a variant, not ranked. To appear in the ranking, hand in the original game.',
      ),
    );
    await setLocale('fr');

    // the file handed in now says it is a branch
    await user.type(screen.getByLabelText(/^Votre nom/), 'Léa');
    await user.click(screen.getByRole('button', { name: 'Rendre mon travail maintenant' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const read = readResultFile(downloads[0].text);
    expect(read.ok && read.file.branchTick).toBe(2);
    expect(read.ok && read.file.runName).toBe('Ma partie — et si… (à partir de la semaine 3)');
    route.unmount();

    // after the end: the Bilan itself
    await session.advanceToEnd();
    render(DebriefRoute, { session });
    expect(await screen.findByRole('heading', { level: 2, name: /^Bilan — / }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByTestId('debrief-branch')).toHaveTextContent(/branche de la partie\s«\sMa partie\s», rejouée à partir de la semaine 3/);
  }, 60_000);
  it('names the root game for a branch of a branch, and the first period it replays of it (QA qa28whatif m6)', async () => {
    const user = userEvent.setup();
    const { session, props } = await whatIfSession();
    await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'Ma partie', { mode: 'sandbox' });
    await session.advance(4);
    const whatIf = render(WhatIfScreen, props);
    const branchAt = async (label: string) => {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Choisir une semaine' }), label);
      await user.click(screen.getByRole('button', { name: frenchText`Et si… ? Rejouer la ${label.toLowerCase()} et la suite` }));
      await user.click(screen.getByRole('button', { name: `Rejouer à partir de la ${label.toLowerCase()}` }));
    };
    await branchAt('Semaine 2');
    await waitFor(() => expect(session.branchTick).toBe(1), { timeout: 20_000 });
    await session.advance(3);
    await branchAt('Semaine 4');
    await waitFor(() => expect(screen.getByTestId('whatif-status')).toHaveTextContent('(à partir de la semaine 4)'), { timeout: 20_000 });
    expect(session.runBranchName?.ticks).toEqual([1, 3]);
    whatIf.unmount();
    render(DebriefRoute, { session });
    expect(norm(screen.getByTestId('debrief-branch').textContent)).toContain('ce bilan est celui d’une branche de la partie « Ma partie », rejouée à partir de la semaine 2,');
  }, 60_000);
});
