/**
 * The guided tour on a class link's first visit (QA qa28class55 F5): it does not open by itself (five steps to close ×
 * 30 students), but it is offered in a line above the screen: « Faire la visite » opens it, « Non merci » stops the
 * offer on this browser. Neither on a teacher's page, nor once the tour was seen.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Tour } from '../../src/app/tour.svelte.ts';
import TourOffer from '../../src/ui/tour/TourOffer.svelte';

describe('the guided tour offered on a class link', () => {
  beforeEach(() => localStorage.clear());

  it('offers the tour on a class link’s first visit, and one click opens it', async () => {
    const tour = new Tour();
    tour.startIfFirstVisit('?shop=boulangerie-du-marche&mission=1', null, { route: 'missions' });
    expect(tour.open).toBe(false);
    expect(tour.offered).toBe(true);
    render(TourOffer, { tour });
    const offer = screen.getByRole('region', { name: 'Visite guidée' });
    expect(offer).toHaveTextContent(/La visite guidée montre en 5 étapes où décider et comment avancer dans le temps/);
    await userEvent.click(screen.getByRole('button', { name: 'Faire la visite' }));
    expect(tour.open).toBe(true);
    expect(tour.index).toBe(0);
    expect(tour.offered).toBe(false);
  });

  it('« Non merci » ends the offer, remembered on this browser; a link kept from an earlier visit offers it too', async () => {
    const tour = new Tour();
    tour.startIfFirstVisit('', 'shop=boulangerie-du-marche');
    expect(tour.offered).toBe(true);
    render(TourOffer, { tour });
    await userEvent.click(screen.getByRole('button', { name: 'Non merci' }));
    expect(tour.offered).toBe(false);
    expect(tour.open).toBe(false);
    const again = new Tour();
    again.startIfFirstVisit('?shop=boulangerie-du-marche');
    expect(again.offered).toBe(false);
  });

  it('is not offered on a teacher’s page, nor without a class link (the tour opens by itself there)', () => {
    const teacher = new Tour();
    teacher.startIfFirstVisit('?shop=boulangerie-du-marche', null, { route: 'missions', param: 'enseignant' });
    expect(teacher.offered).toBe(false);
    const free = new Tour();
    free.startIfFirstVisit('');
    expect(free.offered).toBe(false);
    expect(free.open).toBe(true);
  });
});
