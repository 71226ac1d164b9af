/** The header's live region (QA learner en 9): the status said once time stops, the label shown following every period. */
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import AppHeader from '../../../src/ui/shell/AppHeader.svelte';
import type { GameSession } from '../../../src/app/session.svelte.ts';

const name = { fr: 'Boulangerie du Marché', en: 'Market Square Bakery' };
// QA learner en 9: the header's live region announced every period played by « Lecture » or « Aller jusqu’à la fin »
describe('the header’s live region', () => {
  it('says the status once time stops, not at each period played', () => {
    const live = $state({ scenario: { name, tickUnit: 'week', durationTicks: 4 }, budgetLeft: 4000, tick: 0, playing: false, advancing: false, busy: false });
    const shown = live as unknown as GameSession;
    render(AppHeader, { session: shown, onhelp: () => {} });
    const region = screen.getByTestId('status-live');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region.textContent).toMatch(/Semaine 1 \/ 4/);
    // the visible status is not a live region any more
    expect(screen.getByTestId('tick-label').closest('[aria-live]')).toBeNull();
    live.advancing = true;
    for (const tick of [1, 2]) {
      live.tick = tick;
      flushSync();
      // the visible label follows each period, the live region keeps still
      expect(screen.getByTestId('tick-label').textContent).toMatch(new RegExp(`Semaine ${tick + 1}`));
      expect(region.textContent).toMatch(/Semaine 1 \/ 4/);
    }
    // meanwhile the shown status is the one read
    expect(screen.getByTestId('tick-label').closest('[aria-hidden]')).toBeNull();
    live.advancing = false;
    flushSync();
    expect(region.textContent).toMatch(/Semaine 3 \/ 4/);
    // still: the live copy says the same as the shown status, which is hidden from screen readers so as not to be read twice (QA qa20 F4)
    const header = screen.getByRole('banner');
    expect(screen.getByTestId('tick-label').closest('.status')).toHaveAttribute('aria-hidden', 'true');
    expect(header).toHaveTextContent(/Semaine 3 \/ 4.*Semaine 3 \/ 4/);
    expect(region).not.toHaveAttribute('aria-hidden');
  });
});
