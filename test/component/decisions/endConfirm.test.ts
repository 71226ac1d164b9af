/**
 * « Aller jusqu’à la fin » in the time bar asks first, in place (QA tablet #2: one tap, 7 px from
 * « Avancer de 4 semaines », ended the game): how many periods it plays with the decisions in force,
 * « Annuler » focused (a second tap or Enter does not play), Escape cancels, both languages.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { scenario, started } from './session.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('« Aller jusqu’à la fin » asks before playing', () => {
  afterEach(async () => {
    await setLocale('fr');
  });

  it('plays nothing on the first tap, says how many periods, and Annuler / Escape give the buttons back', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 6 });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));

    const end = screen.getByRole('button', { name: 'Aller jusqu’à la fin' });
    await user.click(end);
    const confirm = await screen.findByRole('group', { name: /5 semaines restantes avec les décisions en vigueur/ });
    expect(norm(confirm.textContent)).toContain(
      'Jouer d’un coup les 5 semaines restantes avec les décisions en vigueur, sans nouvelle décision ?',
    );
    const cancel = within(confirm).getByRole('button', { name: 'Annuler' });
    expect(cancel).toHaveFocus();
    // « Annuler » first, where the Avancer buttons were; « Jouer » last, at the far end of the bar
    // (QA tablet verification N1: « Jouer » under « Avancer de 4 semaines » ended the game)
    const buttons = within(confirm).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Annuler', 'Jouer les 5 semaines']);
    expect(confirm.lastElementChild).toBe(buttons[1]);
    expect(confirm.firstElementChild).toBe(cancel);
    // a second tap / Enter lands on « Annuler »: still week 2
    await user.keyboard('{Enter}');
    expect(session.tick).toBe(1);
    expect(session.busy).toBe(false);
    expect(screen.queryByTestId('advance-end-confirm')).toBeNull();
    expect(screen.getByRole('button', { name: 'Aller jusqu’à la fin' })).toHaveFocus();

    // Escape cancels too
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('advance-end-confirm')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('advance-end-confirm')).toBeNull();
    expect(screen.getByRole('button', { name: 'Aller jusqu’à la fin' })).toHaveFocus();
    expect(session.tick).toBe(1);

    // confirmed: the five periods are played
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await user.click(await screen.findByRole('button', { name: 'Jouer les 5 semaines' }));
    await waitFor(() => expect(session.finished).toBe(true));
    expect(session.tick).toBe(6);
  });

  it('says the last period in the singular, and in English', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 2 });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    expect(await screen.findByRole('group', { name: /^Jouer la dernière semaine avec les décisions en vigueur, sans nouvelle décision/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Jouer la dernière semaine' })).toBeInTheDocument();

    await setLocale('en');
    await waitFor(() => expect(screen.getByRole('group', { name: /^Play the last week with the decisions in force, without any new decision\? The satisfaction objective/ })).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Advance one week' }));
    await waitFor(() => expect(session.finished).toBe(true));
  });

  it('counts in the shop’s unit, as the time bar: months for a monthly shop (QA qa30enTablet m2: « 52 périodes » beside « Avancer de 4 semaines »)', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, tickUnit: 'month', durationTicks: 6 });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    expect(await screen.findByRole('group', { name: /^Jouer d’un coup les 6 mois restants avec les décisions en vigueur/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Jouer les 6 mois' })).toBeInTheDocument();
    await setLocale('en');
    await waitFor(() => expect(screen.getByRole('group', { name: /^Play the 6 remaining months at once/ })).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Play the 6 months' })).toBeInTheDocument();
  });

  it('names an objective it will lose: a questionnaire needed near the end that no decision will run (QA qa19 F5), in French and English', async () => {
    const user = userEvent.setup();
    const satisfaction = scenario.objectives.find((o) => o.metric === 'measuredSatisfaction')!;
    // 8 weeks: a questionnaire counts from week 5 (the last 4)
    const { session } = await started({ ...scenario, durationTicks: 8 });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    const confirm = await screen.findByTestId('advance-end-confirm');
    expect(satisfaction).toBeDefined();
    expect(norm(confirm.textContent)).toContain('L’objectif de satisfaction demande un questionnaire à partir de la semaine 5 : il ne sera pas atteint.');
    expect(screen.getByRole('group', { name: /il ne sera pas atteint/ })).toBe(confirm);
    await setLocale('en');
    await waitFor(() => expect(norm(confirm.textContent)).toContain('The satisfaction objective needs a questionnaire from week 5 on: it will not be met.'));
  });

  it('names no objective when none needs an action', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 8, objectives: scenario.objectives.filter((o) => o.metric !== 'measuredSatisfaction') });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    expect(await screen.findByTestId('advance-end-confirm')).not.toHaveTextContent(/objectif de satisfaction/);
  });

  it('in English, names the periods it will play', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 5 });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Go to the end' }));
    expect(screen.getByRole('group', { name: /^Play the 5 remaining weeks at once with the decisions in force, without any new decision\?/ })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Play the 5 weeks' }));
    await waitFor(() => expect(session.finished).toBe(true));
  });
});
