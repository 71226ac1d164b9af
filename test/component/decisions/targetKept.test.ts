import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { scenario, started } from './session.ts';

const count = () => screen.getByTestId('target-count');
const segment = () => within(screen.getByRole('group', { name: /Segments RFM/ })).getByRole('checkbox', { name: 'Très bon client' });
const limit = () => screen.getByRole('spinbutton', { name: 'Nombre maximum de clients (vide = tous)' });

describe('the target being built', () => {
  it('is still there when the learner leaves the decisions screen and comes back, and is cleared for another run', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    const first = render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(count()).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(segment());
    await user.type(limit(), '3');
    await waitFor(() => expect(count()).toHaveTextContent('3 clients correspondent à la cible.'));
    first.unmount();

    const again = render(DecisionsScreen, { session, notices });
    expect(segment()).toBeChecked();
    expect(limit()).toHaveValue(3);
    await waitFor(() => expect(count()).toHaveTextContent('3 clients correspondent à la cible.'));
    // the kept target still follows the learner's changes (the first screen that built it is gone)
    await user.clear(limit());
    await user.type(limit(), '2');
    await waitFor(() => expect(count()).toHaveTextContent('2 clients correspondent à la cible.'));
    again.unmount();

    await session.start(scenario, 6, 'another');
    render(DecisionsScreen, { session, notices });
    expect(segment()).not.toBeChecked();
    expect(limit()).toHaveValue(null);
  });
});
