/**
 * QA class #3: the decisions screen had about 110 Tab stops (42 from the target's criteria to the
 * strategy, up to 75 to « Avancer… »), and Enter in « Budget de la campagne (€) » launched a 500 €
 * campaign at once. Skip links after the screen's title move the focus to the strategy's heading or to
 * the time bar; Enter in a decision form's field queues nothing, its button does.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { started } from './session.ts';

describe('decisions screen: skip links (QA class #3)', () => {
  afterEach(() => setLocale('fr'));

  it('the first Tabs after the title lead to the strategy choice and to the time bar', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const skips = screen.getByRole('navigation', { name: 'Accès rapide' });
    screen.getByRole('heading', { level: 2, name: 'Décisions' }).focus();
    await user.tab();
    const toStrategy = within(skips).getByRole('link', { name: 'Aller au choix de la stratégie' });
    expect(toStrategy).toHaveFocus();
    await user.keyboard('{Enter}');
    const strategy = screen.getByRole('heading', { level: 3, name: 'Stratégie de fidélisation' });
    expect(strategy).toHaveFocus();
    // the next Tab is in the strategy form, not in the target's criteria
    await user.tab();
    expect(document.activeElement?.closest('[data-tour="strategy"]')).not.toBeNull();

    screen.getByRole('heading', { level: 2, name: 'Décisions' }).focus();
    await user.tab();
    await user.tab();
    expect(within(skips).getByRole('link', { name: 'Aller à la barre du temps' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const bar = document.getElementById('time-bar')!;
    expect(bar).toHaveFocus();
    expect(within(bar).getByRole('button', { name: 'Avancer d’une semaine' })).toBeInTheDocument();
    // the route (the address's hash) did not change
    expect(location.hash).not.toContain('time-bar');
  });

  it('in English', async () => {
    await setLocale('en');
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const skips = screen.getByRole('navigation', { name: 'Quick access' });
    expect(within(skips).getAllByRole('link').map((a) => a.textContent)).toEqual(['Skip to the strategy choice', 'Skip to the time bar']);
  });
});

describe('decision forms: Enter in a field does not launch the decision (QA class #3)', () => {
  it('Enter in « Budget de la campagne (€) » queues nothing; the launch button does', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const budget = screen.getByRole('spinbutton', { name: 'Budget de la campagne (€)' });
    await user.click(budget);
    await user.keyboard('{Enter}');
    expect(session.pending).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Lancer la campagne' }));
    expect(session.pending).toEqual([{ type: 'acquisition', channel: session.scenario!.acquisitionChannels[0], budget: 500 }]);
  });

  it('Enter in the strategy form (a duration, a choice) applies nothing', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const strategy = screen.getByRole('group', { name: 'Stratégie' });
    const radio = within(strategy).getAllByRole('radio')[0];
    await user.click(radio);
    await user.keyboard('{Enter}');
    expect(session.pending).toEqual([]);
  });
});
