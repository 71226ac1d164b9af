/**
 * The guided tour's « 2. Décidez » names the strategies the learner may use (QA qa9 F5): a class link that locks
 * customisation no longer hears « … ou customisation » while that radio is disabled. The step counts the open
 * strategies (one, several, none) and names them as the form does; with every strategy open its text is unchanged.
 */
import { configure, fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/ui/App.svelte';
import GuidedTour from '../../src/ui/tour/GuidedTour.svelte';
import { Tour } from '../../src/app/tour.svelte.ts';
import { setLocale } from '../../src/i18n/locale.svelte.ts';
import { freshAppPage } from '../fixtures/appPage.ts';
import { testServices } from '../unit/app/testServices.ts';

configure({ asyncUtilTimeout: 10_000 });

/** the tour opened at its decisions step (the third) */
function decisionsStep(props: Record<string, unknown> = {}): HTMLElement {
  const tour = new Tour();
  tour.show();
  tour.next();
  tour.next();
  render(GuidedTour, { tour, ...props });
  return screen.getByRole('dialog', { name: /^(2\. Décidez|2\. Decide)$/ });
}

describe('the guided tour’s decisions step and the strategies left open', () => {
  freshAppPage();

  it('names the three strategies a class link leaves open, not customisation', async () => {
    history.replaceState(null, '', '/?shop=boulangerie-du-marche&mode=committed&lock=customisation');
    localStorage.removeItem('fidelis.tourSeen');
    render(App, { services: testServices() });
    await screen.findByTestId('other-shops');
    await fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    const step = screen.getByRole('dialog', { name: '2. Décidez' });
    expect(step).toHaveTextContent('appliquez-lui une des stratégies ouvertes ici : Avantage financier, Lien social et Personnalisation.');
    expect(step).not.toHaveTextContent(/customisation/i);
  });

  it('says « la stratégie ouverte » for one', () => {
    const one = decisionsStep({ access: { locked: ['financier', 'personnalisation'], hidden: ['customisation'] } });
    expect(one).toHaveTextContent('appliquez-lui la stratégie ouverte ici : Lien social.');
  });

  it('and for none, that the strategies are closed for now', () => {
    const none = decisionsStep({ access: { locked: ['financier', 'lienSocial', 'personnalisation', 'customisation'], hidden: [] } });
    expect(none).toHaveTextContent('les stratégies de fidélisation sont fermées pour l’instant.');
    expect(none).not.toHaveTextContent(/appliquez-lui/);
  });

  it('in English too', async () => {
    await setLocale('en');
    const two = decisionsStep({ access: { locked: ['lienSocial'], hidden: ['customisation'] } });
    expect(two).toHaveTextContent('apply one of the strategies open here to it: Financial advantage and Personalisation.');
  });

  it('keeps its text, all four named, when every strategy is open (a locked survey changes nothing)', () => {
    const all = decisionsStep({ access: { locked: ['enquete'], hidden: [] } });
    expect(all).toHaveTextContent('appliquez-lui une stratégie : avantage financier, lien social, personnalisation ou customisation.');
  });
});
