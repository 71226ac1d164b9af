/**
 * The guided tour's « 2. Décidez » names the strategies the learner may use (QA qa9 F5): a class link that locks
 * customisation no longer hears « … ou customisation » while that radio is disabled. The step counts the open
 * strategies (one, several, none) and names them as the form does; with every strategy open its text is unchanged. A shop made
 * in the editor may offer only some strategies: the step names those the decisions screen lets the learner use.
 */
import { configure, fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/ui/App.svelte';
import GuidedTour from '../../src/ui/tour/GuidedTour.svelte';
import { Tour } from '../../src/app/tour.svelte.ts';
import { setLocale } from '../../src/i18n/locale.svelte.ts';
import { firstVisit, freshAppPage } from '../fixtures/appPage.ts';
import { shippedScenarioList, smallScenario, testServices } from '../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../unit/app/engineTransport.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

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

/** the app opened from a class link, its tour (opened from the header: not by itself on a class link) walked to the decisions step */
async function decisionsStepFromLink(link: string): Promise<HTMLElement> {
  history.replaceState(null, '', link);
  firstVisit();
  await screen.findByTestId('other-shops');
  await fireEvent.click(screen.getByRole('button', { name: 'Visite guidée' }));
  await fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
  await fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
  return screen.getByRole('dialog', { name: '2. Décidez' });
}

describe('the guided tour’s decisions step and the strategies left open', () => {
  freshAppPage();

  it('names the three strategies a class link leaves open, not customisation', async () => {
    const step = await decisionsStepFromLink('/?shop=boulangerie-du-marche&mode=committed&lock=customisation');
    expect(step).toHaveTextContent('appliquez-lui une des stratégies ouvertes ici : Avantage financier, Lien social et Personnalisation.');
    expect(step).not.toHaveTextContent(/customisation/i);
  });

  it('on a mission link, says the missions open the strategies, not those the teacher leaves open while mission 1 keeps them all locked (QA qa12 F4)', async () => {
    const step = await decisionsStepFromLink('/?shop=boulangerie-du-marche&mission=1&mode=committed&lock=lienSocial');
    expect(step).toHaveTextContent('appliquez-lui une stratégie : les missions les ouvrent une à une.');
    expect(step).not.toHaveTextContent(/ouvertes? ici|Avantage financier/);
  });

  it('names only the strategies a shop made in the editor offers, as the decisions screen does', async () => {
    const bakery = smallScenario(shippedScenarioList()[0]);
    const shop: Scenario = { ...bakery, id: 'boulangerie-sans-remise', name: { fr: 'Boulangerie sans remise' }, strategies: ['lienSocial', 'personnalisation'] };
    history.replaceState(null, '', '/#/home');
    localStorage.removeItem('fidelis.tourSeen');
    render(App, { services: testServices({ transport: inProcessEngineTransport(), scenarios: [shop] }) });
    await fireEvent.click(await screen.findByRole('button', { name: /Commencer «\u00a0Boulangerie sans remise\u00a0»/ }));
    await screen.findByRole('heading', { level: 2, name: 'Décisions' });
    const step = await screen.findByRole('dialog', { name: '2. Décidez' });
    expect(step).toHaveTextContent('appliquez-lui une des stratégies ouvertes ici : Lien social et Personnalisation.');
    expect(step).not.toHaveTextContent(/avantage financier|customisation/i);
    // the decisions screen offers the same two
    expect(screen.getByRole('radio', { name: 'Avantage financier' })).toBeDisabled();
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

  it('names the one a shop offers that a link leaves open', () => {
    const one = decisionsStep({ access: { locked: ['lienSocial'], hidden: [] }, strategies: ['lienSocial', 'personnalisation'] });
    expect(one).toHaveTextContent('appliquez-lui la stratégie ouverte ici : Personnalisation.');
  });

  it('keeps its text, all four named, when every strategy is open (a locked survey changes nothing)', () => {
    const all = decisionsStep({ access: { locked: ['enquete'], hidden: [] } });
    expect(all).toHaveTextContent('appliquez-lui une stratégie : avantage financier, lien social, personnalisation ou customisation.');
  });
});
