/**
 * The time bar says the shop's period (QA qa28class55 F5): « Avancer d’une période » beside a mission's « jouez 4
 * semaines » and its « 0 / 4 semaines » progress read as two different things. A weekly shop's bar says « semaine », a
 * monthly one's « mois », in French and in English.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { scenario, started } from './session.ts';

describe('the time bar’s buttons in the shop’s unit', () => {
  afterEach(async () => {
    await setLocale('fr');
  });

  it('says « semaine » for a weekly shop and « mois » for a monthly one', async () => {
    const { session: weekly } = await started({ ...scenario, tickUnit: 'week', durationTicks: 8 });
    const first = render(AdvanceControls, { session: weekly });
    let bar = screen.getByRole('region', { name: 'Avancer dans le temps' });
    expect(within(bar).getByRole('button', { name: 'Avancer d’une semaine' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Avancer de 4 semaines' })).toBeInTheDocument();
    first.unmount();

    const { session: monthly } = await started({ ...scenario, tickUnit: 'month', durationTicks: 8 });
    render(AdvanceControls, { session: monthly });
    bar = screen.getByRole('region', { name: 'Avancer dans le temps' });
    expect(within(bar).getByRole('button', { name: 'Avancer d’un mois' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Avancer de 4 mois' })).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: /période/ })).toBeNull();
  });

  it('speaks English: « Advance one month », « Advance 4 months »', async () => {
    await setLocale('en');
    const { session } = await started({ ...scenario, tickUnit: 'month', durationTicks: 8 });
    render(AdvanceControls, { session });
    const bar = screen.getByRole('region', { name: 'Move forward in time' });
    expect(within(bar).getByRole('button', { name: 'Advance one month' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Advance 4 months' })).toBeInTheDocument();
  });
});
