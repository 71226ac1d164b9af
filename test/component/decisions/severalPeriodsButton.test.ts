/**
 * QA12 F8: at « Semaine 2 / 4, à jouer » the time bar's button still said « Avancer de 4 semaines » and played the 3
 * left (while « Aller jusqu’à la fin » said « Jouer les 3 périodes »). It says the periods it plays; with one left it goes.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import { scenario, started } from './session.ts';

describe('« Avancer de N périodes » near the end of a game', () => {
  it('says the periods left when fewer than four remain, and goes when one remains', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 4 });
    render(AdvanceControls, { session });
    const bar = screen.getByRole('region', { name: 'Avancer dans le temps' });
    expect(within(bar).getByRole('button', { name: 'Avancer de 4 semaines' })).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    const three = await within(bar).findByRole('button', { name: 'Avancer de 3 semaines' });
    expect(within(bar).queryByRole('button', { name: /Avancer de 4/ })).toBeNull();
    await user.click(within(bar).getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(2));
    await user.click(await within(bar).findByRole('button', { name: 'Avancer de 2 semaines' }));
    await waitFor(() => expect(session.finished).toBe(true));
    expect(three).not.toBeInTheDocument();

    const { session: last } = await started({ ...scenario, durationTicks: 4 });
    await last.advance(3);
    const { container } = render(AdvanceControls, { session: last });
    expect(within(container).getByRole('button', { name: 'Avancer d’une semaine' })).toBeInTheDocument();
    expect(within(container).queryByRole('button', { name: /^Avancer de \d semaines$/ })).toBeNull();
  });
});
