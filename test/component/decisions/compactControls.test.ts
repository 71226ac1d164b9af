/**
 * The time controls' compact layout (the decisions screen's bar stuck to the bottom of the window):
 * where room is short its title is for screen readers only, still naming the region; unstuck (the
 * scoring lab), the title shows. The screen sizes that hide the title (a phone, a 1366 x 768 laptop,
 * not a taller screen) are a media query, checked in real Chromium (test/e2e/smallScreens.e2e.ts).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import { started } from './session.ts';

describe('time controls, compact or not', () => {
  it('compact: the title names the region, hidden by the screen size only (not on every screen)', async () => {
    const { session } = await started();
    render(AdvanceControls, { session, compact: true });
    const title = screen.getByRole('heading', { name: 'Avancer dans le temps' });
    expect(title).not.toHaveClass('visually-hidden');
    expect(screen.getByRole('region', { name: 'Avancer dans le temps' })).toHaveClass('compact');
  });

  it('unstuck: the title shows', async () => {
    const { session } = await started();
    render(AdvanceControls, { session });
    expect(screen.getByRole('heading', { name: 'Avancer dans le temps' })).not.toHaveClass('visually-hidden');
    expect(screen.getByRole('region', { name: 'Avancer dans le temps' })).not.toHaveClass('compact');
  });
});
