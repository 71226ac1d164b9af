/** The header's run title: cut with « … » on a laptop by CSS, so the whole title must stay in the text and the tooltip. */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import AppHeader from '../../../src/ui/shell/AppHeader.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { GameSession } from '../../../src/app/session.svelte.ts';
import { frenchSpacing } from '../../../src/i18n/frenchSpacing.ts';

afterEach(() => setLocale('fr'));

const name = { fr: 'Boulangerie du Marché — mission 1 : Lire la base clients', en: 'Market Square Bakery — mission 1: Read the customer base' };
const session = { scenario: { name, tickUnit: 'week', durationTicks: 4 }, tick: 0, budgetLeft: 4000 } as unknown as GameSession;

describe('app header', () => {
  it('keeps the whole run title in the text and in the tooltip, in the language shown', async () => {
    render(AppHeader, { session, onhelp: () => {} });
    const title = screen.getByText(name.fr);
    // the French name in French typography (« mission 1 : » keeps its colon on the line)
    expect(title).toHaveAttribute('title', frenchSpacing(name.fr));
    await setLocale('en');
    expect(await screen.findByText(name.en)).toHaveAttribute('title', name.en);
  });

  it('says the budget the next period can spend, in the decisions screen’s words, and what is left once the game is over (QA class 8)', async () => {
    const shop = { ...session, scenario: { ...session.scenario, budget: { perTick: 350 } } } as unknown as GameSession;
    const first = render(AppHeader, { session: shop, onhelp: () => {} });
    const shown = screen.getByText(/Budget/, { selector: '.budget' });
    expect(shown.textContent!.replace(/\s/g, ' ')).toBe('Budget disponible : 4 350 €');
    expect(shown.getAttribute('title')!.replace(/\s/g, ' ')).toBe('4 350 € (budget restant 4 000 € + 350 € versés au début de la semaine)');
    await setLocale('en');
    expect((await screen.findByText(/Budget available/, { selector: '.budget' })).textContent!.replace(/\s/g, ' ')).toMatch(/^Budget available: .*4.350/);
    first.unmount();
    await setLocale('fr');
    render(AppHeader, { session: { ...shop, tick: 4 } as unknown as GameSession, onhelp: () => {} });
    const over = screen.getByText(/Budget/, { selector: '.budget' });
    expect(over.textContent!.replace(/\s/g, ' ')).toBe('Budget restant : 4 000 €');
    expect(over).not.toHaveAttribute('title');
  });

  it('says a what-if branch is one, from which period, as the branch is named (QA more M10)', async () => {
    const shop = { fr: 'Boulangerie du Marché', en: 'Market Square Bakery' };
    const branch = { ...session, scenario: { ...session.scenario, name: shop }, branchTick: 19, runBranchName: { base: 'Ma partie', ticks: [19] } } as unknown as GameSession;
    const { unmount } = render(AppHeader, { session: branch, onhelp: () => {} });
    expect(screen.getByText('Boulangerie du Marché — et si… (à partir de la semaine 20)')).toBeInTheDocument();
    await setLocale('en');
    expect(await screen.findByText('Market Square Bakery — what if… (from week 20)')).toBeInTheDocument();
    unmount();
    // a renamed branch keeps no name parts: its branching period still shows; a branch of a branch shows both
    await setLocale('fr');
    const renamed = { ...branch, runBranchName: null } as unknown as GameSession;
    const second = render(AppHeader, { session: renamed, onhelp: () => {} });
    expect(screen.getByText('Boulangerie du Marché — et si… (à partir de la semaine 20)')).toBeInTheDocument();
    second.unmount();
    const nested = { ...branch, branchTick: 24, runBranchName: { base: 'Ma partie', ticks: [19, 24] } } as unknown as GameSession;
    render(AppHeader, { session: nested, onhelp: () => {} });
    expect(screen.getByText('Boulangerie du Marché — et si… (à partir de la semaine 20) — et si… (à partir de la semaine 25)')).toBeInTheDocument();
  });
});
