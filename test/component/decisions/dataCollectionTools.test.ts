/**
 * The data-collection form offered « Carte de fidélité », « Jeu-concours », « Par le personnel » with
 * nothing but a price that changed (QA hqa3 F3): a self-learner chose blind. Each instrument now says
 * what it does beside its name — how many of the customers asked accept and how much the shop learns
 * (engine params.ts DATA_ACCEPT, DATA_GAIN), the card's own effects — as the strategies' tools do.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { formatPercent } from '../../../src/app/format.ts';
import { DATA_ACCEPT, DATA_GAIN } from '../../../src/engine/params.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from './session.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the data collection’s instruments', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, title: /Collecte de données/, names: ['Carte de fidélité', 'Jeu-concours', 'Par le personnel'], accept: 'des clients sollicités', card: 'la carte les retient' },
    { lang: 'en' as const, title: /Data collection/, names: ['Loyalty card', 'Prize draw', 'By staff'], accept: 'of the customers asked', card: 'the card holds them back' },
  ])('each says what it does beside its name ($lang)', async ({ lang, title, names, accept, card }) => {
    await setLocale(lang);
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 300));
    render(DecisionsScreen, { session, notices });
    const form = screen.getByRole('heading', { name: title }).closest('form')!;
    const tools = ['carteFidelite', 'jeuConcours', 'personnel'] as const;
    await waitFor(() => expect(within(form).getAllByRole('radio')).toHaveLength(3));
    tools.forEach((tool, k) => {
      const label = plain(within(form).getByRole('radio', { name: names[k] }).closest('label')!.textContent!);
      expect(label).toContain(`${plain(formatPercent(lang, DATA_ACCEPT[tool]))} ${accept}`);
      expect(label).toContain(plain(formatPercent(lang, DATA_GAIN[tool])));
    });
    expect(within(form).getByRole('radio', { name: names[0] }).closest('label')).toHaveTextContent(card);
  });
});
