/**
 * The data-collection radios carried their whole explanation as their accessible name (« Carte de fidélité — le client
 * reçoit une carte : environ 60 % … »): a screen reader read the long text at every arrow press (QA a11y F9). Each radio
 * is now named by its instrument only and described by the explanation, which stays on screen as before.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale, t } from '../../../src/i18n/locale.svelte.ts';
import { formatPercent } from '../../../src/app/format.ts';
import { DATA_ACCEPT, DATA_GAIN } from '../../../src/engine/params.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from './session.ts';

describe('the data collection’s radios', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, title: /Collecte de données/, names: ['Carte de fidélité', 'Jeu-concours', 'Par le personnel'] },
    { lang: 'en' as const, title: /Data collection/, names: ['Loyalty card', 'Prize draw', 'By staff'] },
  ])('are named by their instrument and described by its explanation ($lang)', async ({ lang, title, names }) => {
    await setLocale(lang);
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 300));
    render(DecisionsScreen, { session, notices });
    const form = screen.getByRole('heading', { name: title }).closest('form')!;
    await waitFor(() => expect(within(form).getAllByRole('radio')).toHaveLength(3));
    const tools = ['carteFidelite', 'jeuConcours', 'personnel'] as const;
    tools.forEach((tool, k) => {
      const radio = within(form).getByRole('radio', { name: names[k] });
      const help = t(`decisions.data.toolHelp.${tool}`, { accept: formatPercent(lang, DATA_ACCEPT[tool]), gain: formatPercent(lang, DATA_GAIN[tool]) });
      expect(radio).toHaveAccessibleDescription(help);
      // what is seen is the same: the name, a dash, the explanation, in the radio's label
      const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(squash(radio.closest('label')!.textContent!)).toBe(squash(`${names[k]} — ${help}`));
    });
  });
});
