/**
 * « Et si… ? Rejouer d’ici » switched the game to a new branch with one tap, 10 px from « Rapport »
 * (QA tablet #14): the learner is asked first, told that the current game stays saved; « Annuler »
 * changes nothing.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import { whatIfSession } from '../../fixtures/whatIfSession.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';

describe('« Et si… ? Rejouer d’ici » asks first', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    {
      lang: 'fr' as const,
      picker: 'Choisir une semaine',
      period: 'Semaine 2',
      replay: frenchText`Et si… ? Rejouer la semaine 2 et la suite`,
      title: frenchText`Rejouer à partir de la semaine 2 ?`,
      saved: /Votre partie actuelle reste enregistrée/,
      cancel: 'Annuler',
      confirm: 'Rejouer à partir de la semaine 2',
    },
    {
      lang: 'en' as const,
      picker: 'Choose a week',
      period: 'Week 2',
      replay: 'What if…? Replay from week 2',
      title: 'Replay from week 2?',
      saved: /Your current game stays saved/,
      cancel: 'Cancel',
      confirm: 'Replay from week 2',
    },
  ])('names the period, says the game stays saved, and branches only on yes ($lang)', async ({ lang, picker, period, replay, title, saved, cancel, confirm }) => {
    await setLocale(lang);
    const user = userEvent.setup();
    const { session, notices, props } = await whatIfSession();
    await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'Ma partie', { mode: 'sandbox' });
    await session.advance(3);
    const original = session.runId;
    render(WhatIfScreen, props);

    await user.selectOptions(screen.getByRole('combobox', { name: picker }), period);
    await user.click(await screen.findByRole('button', { name: replay }));
    const dialog = screen.getByRole('alertdialog', { name: title });
    expect(dialog).toHaveAccessibleDescription(saved);
    await user.click(within(dialog).getByRole('button', { name: cancel }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(session.runId).toBe(original);
    expect(session.tick).toBe(3);
    expect(screen.getByRole('button', { name: replay })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: replay }));
    await user.click(within(screen.getByRole('alertdialog', { name: title })).getByRole('button', { name: confirm }));
    await waitFor(() => expect(session.runId).not.toBe(original));
    await waitFor(() => expect(session.tick).toBe(1));
    expect(notices.list).toEqual([]);
  });
});
