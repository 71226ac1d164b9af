/**
 * After « Partie terminée » the decisions screen still offered live controls (QA tablet #19):
 * « Arrêter » enabled and doing nothing, the policy radios, a budget « versés au début de la
 * période » that will not come. The forms are closed and a sentence points to the debrief.
 * QA learner 12: the target builder and the strategy form still looked live (a checked target,
 * « Coût estimé 605 € par période »); they are gone, and the sentence points to « Et si… ? » too.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { scenario, started } from './session.ts';

describe('the decisions screen once the game is over', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    {
      lang: 'fr' as const,
      over: /La partie est terminée : plus aucune décision ne peut être prise/,
      link: 'lire le bilan',
      whatIf: /^ouvrir «\sEt si…\s\?\s»$/,
      stop: /^Arrêter le programme/,
    },
    {
      lang: 'en' as const,
      over: /The game is over: no more decisions can be taken/,
      link: 'read the debrief',
      whatIf: 'open “What if…?”',
      stop: /^Stop the programme/,
    },
  ])('closes the forms and points to the debrief ($lang)', async ({ lang, over, link, whatIf, stop }) => {
    await setLocale(lang);
    const { session, notices } = await started({ ...scenario, durationTicks: 3 });
    session.add({ type: 'financier', instrument: 'coupon', discountRate: 0.1, durationTicks: 10, target: {} });
    await session.advance(3);
    expect(session.finished).toBe(true);
    render(DecisionsScreen, { session, notices });

    const sentence = screen.getByTestId('decisions-over');
    expect(sentence.textContent?.replace(/\s/g, ' ')).toMatch(over);
    expect(within(sentence).getByRole('link', { name: link })).toHaveAttribute('href', '#/debrief');
    expect(within(sentence).getByRole('link', { name: whatIf })).toHaveAttribute('href', '#/whatif');
    // no target to build nor strategy to price any more
    expect(screen.queryByTestId('target-count')).toBeNull();
    expect(screen.queryByTestId('strategy-cost')).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.getByRole('button', { name: stop })).toBeDisabled();
    // the other decision forms (policy, survey…) stay readable, closed
    const forms = [screen.getByTestId('decision-forms'), document.querySelector<HTMLElement>('fieldset.panels')!];
    const controls = forms.flatMap((form) => [...within(form).queryAllByRole('radio'), ...within(form).queryAllByRole('button')]);
    expect(controls.length).toBeGreaterThan(5);
    for (const control of controls) expect(control).toBeDisabled();
    expect(screen.queryByTestId('period-budget')).toBeNull();
  });

  it('says nothing of it while the game goes on', async () => {
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    expect(screen.queryByTestId('decisions-over')).toBeNull();
    expect(screen.getByTestId('target-count')).toBeInTheDocument();
    expect(screen.getByTestId('period-budget')).toBeInTheDocument();
  });
});
