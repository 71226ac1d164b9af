/**
 * Read to « 4. Observez et comprenez » but not closed with « C’est parti ! », the tour followed the
 * learner who pressed « Commencer » into the game and covered the programmes list and half the time
 * bar until dismissed (QA F8). At its last step a game started, or the home left for another screen,
 * closes it and remembers it as seen; earlier steps still follow the game (tourFollowsGame.test.ts).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import GuidedTour from '../../src/ui/tour/GuidedTour.svelte';
import { Tour, TOUR_STEPS } from '../../src/app/tour.svelte.ts';
import { tourSeen } from '../../src/app/preferences.ts';
import { setLocale } from '../../src/i18n/locale.svelte.ts';

function atLastStep(): Tour {
  const tour = new Tour();
  tour.show();
  for (let k = 1; k < TOUR_STEPS.length; k++) tour.next();
  return tour;
}

describe('the guided tour read to its last step', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, last: '4. Observez et comprenez' },
    { lang: 'en' as const, last: '4. Watch and understand' },
  ])('closes, seen, when the learner starts a game instead of « C’est parti ! » ($lang)', async ({ lang, last }) => {
    await setLocale(lang);
    const tour = atLastStep();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    expect(screen.getByRole('heading', { name: last })).toBeInTheDocument();

    // « Commencer »: the game's decisions screen opens
    await view.rerender({ tour, route: 'decisions', running: 'run-1' });
    expect(tour.open).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tourSeen()).toBe(true);
  });

  it('closes, seen, when the learner leaves the home for another screen (the missions)', async () => {
    const tour = atLastStep();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    await view.rerender({ tour, route: 'missions', running: null });
    expect(tour.open).toBe(false);
    expect(tourSeen()).toBe(true);
  });

  it('an earlier step still follows the game into its screen', async () => {
    const tour = new Tour();
    tour.show();
    tour.next();
    tour.next();
    tour.next();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    await view.rerender({ tour, route: 'decisions', running: 'run-1' });
    expect(tour.open).toBe(true);
    expect(tour.step).toBe('advance');
    expect(tourSeen()).toBe(false);
  });
});
