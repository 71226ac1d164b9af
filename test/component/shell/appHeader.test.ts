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
});
