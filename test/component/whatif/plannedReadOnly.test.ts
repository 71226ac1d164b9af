/**
 * A branch's planned decisions in a tab that only shows the run (session.readOnly, the run is open in another
 * tab): « Retirer » is disabled like the other writes, described by the screen's reason; what the reason says the
 * tab allows (the periods' reports, opening another timeline) stays enabled.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import { whatIfSession } from '../../fixtures/whatIfSession.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import type { Action } from '../../../src/engine/decisions.ts';

const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 };
const policy: Action = { type: 'politiqueReclamations', level: 'rapide' };

describe('« Et si… ? » planned decisions in a read-only tab', () => {
  it('disables « Retirer » with the reason, keeps what the tab allows, and enables it again once the tab may write', async () => {
    const user = userEvent.setup();
    const { session, notices, props } = await whatIfSession();
    await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'Ma partie', { mode: 'sandbox' });
    await session.advance(1);
    session.add(survey);
    await session.advance(1);
    session.add(policy);
    await session.advance(1);
    render(WhatIfScreen, props);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choisir une semaine' }), 'Semaine 2');
    await user.click(await screen.findByRole('button', { name: frenchText`Et si… ? Rejouer la semaine 2 et la suite` }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Reprendre les décisions suivantes de l’original' }));
    await user.click(within(dialog).getByRole('button', { name: 'Rejouer à partir de la semaine 2' }));
    await waitFor(() => expect(session.tick).toBe(1));
    const plan = screen.getByRole('region', { name: 'Décisions prévues' });
    await waitFor(() => expect(within(plan).getAllByRole('button', { name: /^Retirer/ })[0]).toBeEnabled());

    session.readOnly = true;
    const why = await screen.findByTestId('whatif-read-only');
    expect(why).toHaveTextContent(/«\s*Retirer\s*» ne se font que dans celui-là/);
    const removes = within(plan).getAllByRole('button', { name: /^Retirer/ });
    expect(removes).toHaveLength(2);
    for (const button of removes) {
      await waitFor(() => expect(button).toBeDisabled());
      expect(button).toHaveAccessibleDescription(why.textContent!.trim());
    }
    await user.click(removes[0]);
    expect(session.pending).toEqual([survey]);
    expect(notices.list).toEqual([]);
    // what the tab allows: open another timeline, read a period's report
    expect(screen.getByRole('button', { name: /^Ouvrir la chronologie/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /^Rapport/ })).toBeEnabled();

    session.readOnly = false;
    await waitFor(() => expect(removes[0]).toBeEnabled());
    expect(removes[0]).not.toHaveAccessibleDescription();
    await user.click(removes[0]);
    expect(session.pending).toEqual([]);
  });
});
