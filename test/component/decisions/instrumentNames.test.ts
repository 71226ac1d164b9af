/**
 * The strategies' tool radios carried their whole explanation as their accessible name (« Bons de réduction — un bon
 * envoyé … »), read at every arrow press, as the data collection's did (QA a11y F9). Each is named by its tool only and
 * described by the explanation, which stays on screen as before.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { loadLocale, setLocale, t, tickWords } from '../../../src/i18n/locale.svelte.ts';
import { INSTRUMENTS } from '../../../src/app/strategyForm.ts';
import { STRATEGIES } from '../../../src/engine/vocabulary.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from './session.ts';

describe('the strategies’ tool radios', () => {
  afterEach(() => setLocale('fr'));

  it('are named by their tool and described by its explanation, the same text on screen', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 300));
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const strategy of STRATEGIES) {
      await user.click(screen.getByRole('radio', { name: t(`vocabulary.strategy.${strategy}`) }));
      const group = screen.getByRole('group', { name: t('decisions.strategy.instrument') });
      await waitFor(() => expect(within(group).getAllByRole('radio')).toHaveLength(INSTRUMENTS[strategy].length));
      for (const instrument of INSTRUMENTS[strategy]) {
        const name = t(`vocabulary.instrument.${instrument}`);
        const help = t(`strategies.instrumentHelp.${instrument}`, tickWords(session.scenario!.tickUnit));
        const radio = within(group).getByRole('radio', { name });
        expect(radio).toHaveAccessibleDescription(help);
        expect(squash(radio.closest('label')!.textContent!)).toBe(squash(`${name} — ${help}`));
      }
    }
  });

  // QA qa17 F2: « une soirée ou une vente privée » read as one-off, while it is charged every period until stopped
  it('say the private event recurs every period until stopped, in French and English', async () => {
    await setLocale('fr');
    expect(t('strategies.instrumentHelp.evenementPrive', tickWords('week'))).toMatch(/^Une soirée ou une vente privée chaque semaine, jusqu’à l’arrêt,/);
    await loadLocale('en');
    await setLocale('en');
    expect(t('strategies.instrumentHelp.evenementPrive', tickWords('month'))).toMatch(/^An evening or private sale every month until stopped,/);
  });
});
