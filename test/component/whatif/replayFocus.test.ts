/**
 * QA self-learner #1 on « Et si… ? »: « Rejouer la semaine 3 et la suite » goes with the periods it
 * rewinds, which dropped the keyboard focus on the page body. The focus goes to the status that says
 * which timeline is now played.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import { whatIfSession } from '../../fixtures/whatIfSession.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

describe('focus after « Et si… ? »', () => {
  it('goes to the status naming the new timeline', async () => {
    const user = userEvent.setup();
    const { session, props } = await whatIfSession();
    await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'Ma partie', { mode: 'sandbox' });
    await session.advance(4);
    render(WhatIfScreen, props);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choisir une semaine' }), 'Semaine 3');
    screen.getByRole('button', { name: frenchText`Et si… ? Rejouer la semaine 3 et la suite` }).focus();
    await user.keyboard('{Enter}');
    // asked first (one tap switches the game); the dialog's Cancel has the focus, Tab goes to « Rejouer »
    await screen.findByRole('alertdialog', { name: frenchText`Rejouer à partir de la semaine 3 ?` });
    await user.keyboard('{Tab}{Enter}');
    const status = screen.getByTestId('whatif-status');
    await waitFor(() => expect(status).toHaveTextContent('Vous jouez maintenant « Ma partie — et si… (à partir de la semaine 3) »'));
    await waitFor(() => expect(status).toHaveFocus());
  });
});
