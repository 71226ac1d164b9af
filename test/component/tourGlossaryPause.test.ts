/**
 * QA qa31phoneEn m5: on a first visit on a phone, the tour open at « Étape 1 sur 5 », a learner tapped an objective's « ? »
 * on a home card (tappable behind the panel): the glossary card opened under the tour's box, which covered its bottom
 * third and its « ← Retour à l'écran « Accueil » ». A glossary card opened steps the tour aside, neither closed nor seen;
 * it comes back at the same step when the learner leaves the card.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import GuidedTour from '../../src/ui/tour/GuidedTour.svelte';
import { Tour, TOUR_STEPS } from '../../src/app/tour.svelte.ts';
import { tourSeen } from '../../src/app/preferences.ts';
import { setLocale } from '../../src/i18n/locale.svelte.ts';

describe('the guided tour and a glossary card (QA qa31phoneEn m5)', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
    for (const e of document.body.querySelectorAll(':scope > main')) e.remove();
  });

  it('has a keyboard route to the page’s « ? », the tour staying open (qa32keyboard m4)', async () => {
    // the home behind the panel: its title and a glossary link
    const main = document.createElement('main');
    main.innerHTML = '<h2>Accueil</h2><a href="#/glossary/lifecycle">Définition : Cycle de vie du client</a>';
    document.body.append(main);
    const user = userEvent.setup();
    const tour = new Tour();
    tour.show();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    expect(screen.getByRole('button', { name: 'Suivant' })).toHaveFocus();
    // Tab keeps to the panel's buttons; one of them leads to the page, the tour staying open
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Aller au contenu' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Accueil' })).toHaveFocus();
    expect(screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toBeInTheDocument();
    // from there Tab goes on in the page, to the « ? »: Enter opens its card, the tour steps aside, and comes back after
    await user.tab();
    expect(screen.getByRole('link', { name: 'Définition : Cycle de vie du client' })).toHaveFocus();
    await view.rerender({ tour, route: 'glossary', running: null });
    expect(screen.queryByRole('dialog')).toBeNull();
    await view.rerender({ tour, route: 'home', running: null });
    expect(screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toBeInTheDocument();
    main.remove();
  });

  it('steps aside while the card is read and comes back at the same step on return', async () => {
    const tour = new Tour();
    tour.show();
    tour.next();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    expect(screen.getByRole('dialog', { name: '1. Choisissez un scénario' })).toBeInTheDocument();

    await view.rerender({ tour, route: 'glossary', running: null });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tourSeen()).toBe(false);

    // « ← Retour à l'écran « Accueil » »
    await view.rerender({ tour, route: 'home', running: null });
    expect(screen.getByRole('dialog', { name: '1. Choisissez un scénario' })).toBeInTheDocument();
    expect(screen.getByText(`Étape 2 sur ${TOUR_STEPS.length}`)).toBeInTheDocument();
  });

  it('at its last step too: not closed by the card, closed by « C’est parti ! » once back', async () => {
    const tour = new Tour();
    tour.show();
    for (let k = 1; k < TOUR_STEPS.length; k++) tour.next();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    await view.rerender({ tour, route: 'glossary', running: null });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tourSeen()).toBe(false);
    await view.rerender({ tour, route: 'home', running: null });
    expect(screen.getByRole('dialog', { name: '4. Observez et comprenez' })).toBeInTheDocument();
  });

  it('at its last step, « ? » on the home then the menu’s « Clients »: closed and seen, not shown over Clients (review21 m1)', async () => {
    const tour = new Tour();
    tour.show();
    for (let k = 1; k < TOUR_STEPS.length; k++) tour.next();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    await view.rerender({ tour, route: 'glossary', running: null });
    await view.rerender({ tour, route: 'customers', running: null });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tour.open).toBe(false);
    expect(tourSeen()).toBe(true);
  });

  it('an earlier step paused on the home follows the learner to « Clients », as without the card', async () => {
    const tour = new Tour();
    tour.show();
    tour.next();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    await view.rerender({ tour, route: 'glossary', running: null });
    await view.rerender({ tour, route: 'customers', running: null });
    expect(screen.getByRole('dialog', { name: '1. Choisissez un scénario' })).toBeInTheDocument();
    expect(tourSeen()).toBe(false);
  });

  it('a tour closed stays closed; the header’s « Visite guidée » on the card opens it there', async () => {
    const tour = new Tour();
    const view = render(GuidedTour, { tour, route: 'home', running: null });
    await view.rerender({ tour, route: 'glossary', running: null });
    await view.rerender({ tour, route: 'home', running: null });
    expect(screen.queryByRole('dialog')).toBeNull();

    await view.rerender({ tour, route: 'glossary', running: null });
    tour.show();
    expect(await screen.findByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toBeInTheDocument();
  });
});
