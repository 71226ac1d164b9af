/**
 * The tour stayed on « Choisissez un scénario » after the learner started a game, over the decisions
 * screen (QA tablet #24): a game started moves it on to « Décidez ».
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import GuidedTour from '../../src/ui/tour/GuidedTour.svelte';
import { Tour } from '../../src/app/tour.svelte.ts';
import { setLocale } from '../../src/i18n/locale.svelte.ts';

describe('the guided tour follows the game', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, scenario: '1. Choisissez un scénario', decide: '2. Décidez', step: 'Étape 3 sur 5' },
    { lang: 'en' as const, scenario: '1. Choose a scenario', decide: '2. Decide', step: 'Step 3 of 5' },
  ])('goes on to « Décidez » once a game starts ($lang)', async ({ lang, scenario, decide, step }) => {
    await setLocale(lang);
    const tour = new Tour();
    tour.show();
    tour.next();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    expect(screen.getByRole('heading', { name: scenario })).toBeInTheDocument();

    // « Commencer » starts the game and opens its decisions screen
    await view.rerender({ tour, route: 'decisions', running: 'run-1' });
    expect(screen.getByRole('heading', { name: decide })).toBeInTheDocument();
    expect(screen.getByText(step)).toBeInTheDocument();

    // further on already: a new game does not take it back
    tour.next();
    await view.rerender({ tour, route: 'home', running: 'run-1' });
    await view.rerender({ tour, route: 'decisions', running: 'run-2' });
    expect(tour.step).toBe('advance');
  });

  it('does not open by itself when a game starts with the tour closed', async () => {
    const tour = new Tour();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    await view.rerender({ tour, route: 'decisions', running: 'run-1' });
    expect(tour.open).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('stays on its step when a saved game resumes under the screen the tour speaks of', async () => {
    const tour = new Tour();
    tour.show();
    tour.next();
    const view = render(GuidedTour, { tour, route: 'missions', running: null });
    await view.rerender({ tour, route: 'missions', running: 'run-1' });
    expect(tour.step).toBe('scenario');
  });
});
