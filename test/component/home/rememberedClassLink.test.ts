/**
 * QA qa12 F5: a student who reopens Fidélis by its plain address before starting the game keeps the
 * last class link's settings, is told so on the home screen, and may leave them with « Partie libre ».
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { clickWhenEnabled } from '../../fixtures/clickWhenEnabled.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { CLASS_LINK_KEY } from '../../../src/presets/rememberedClassLink.ts';
import { recordingRunStore } from '../../fixtures/recordingRunStore.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

configure({ asyncUtilTimeout: 10_000 });

const REMEMBERED = 'Réglages du dernier lien de votre enseignant, gardés par ce navigateur.';
const REMEMBERED_EN = 'Settings from your teacher’s last class link, kept by this browser.';

const firstCard = () => document.querySelectorAll<HTMLElement>('article[data-scenario]')[0];
const seedOf = (card: HTMLElement, label = 'Graine du hasard') => (within(card).getByLabelText(label) as HTMLInputElement).value;

/** The English class link opened, then Fidélis reopened by its plain address: the app starts in the saved language (main.ts), then the kept link's. */
async function reopenEnglishLink() {
  history.replaceState(null, '', '/?shop=sport-et-cimes&seed=42&lang=en');
  const opened = render(App, { services: testServices() });
  await screen.findByText('Shop chosen by your teacher');
  opened.unmount();
  history.replaceState(null, '', '/');
  await setLocale('fr');
  return render(App, { services: testServices() });
}

describe('the last class link, on a visit by the plain address', () => {
  freshAppPage();

  it('applies the link’s settings kept by the browser, says so, and « Partie libre » forgets them', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/?shop=sport-et-cimes&seed=42&mode=committed&display=contrast');
    const opened = render(App, { services: testServices() });
    await screen.findByText('Commerce choisi par votre enseignant');
    // the link itself is not said to be « kept »: the address carries it
    expect(screen.queryByText(REMEMBERED)).toBeNull();
    opened.unmount();
    document.documentElement.removeAttribute('data-display');

    // the tab closed, Fidélis opened again by its plain address
    history.replaceState(null, '', '/');
    const store = recordingRunStore();
    render(App, { services: testServices({ transport: inProcessEngineTransport(), store }) });
    const told = await screen.findByText(REMEMBERED);
    expect(firstCard().dataset.scenario).toBe('sport-et-cimes');
    expect(seedOf(firstCard())).toBe('42');
    // the game settings only: the page's display is not the run's
    expect(document.documentElement.dataset.display).toBeUndefined();

    await user.click(within(told).getByRole('button', { name: 'Partie libre (sans ces réglages)' }));
    expect(screen.queryByText(REMEMBERED)).toBeNull();
    expect(screen.queryByTestId('class-note')).toBeNull();
    expect(seedOf(firstCard())).not.toBe('42');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Choisir un scénario' }));
    expect(localStorage.getItem(CLASS_LINK_KEY)).toBeNull();
    await clickWhenEnabled(user, () => within(firstCard()).getByRole('button', { name: /^Commencer/ }));
    await waitFor(() => expect(store.created).toHaveLength(1));
    expect(store.created[0].seed).not.toBe(42);
    expect(store.created[0].mode).not.toBe('committed');
  });

  it('starts the game with the kept seed and mode', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/?shop=sport-et-cimes&seed=42&mode=committed');
    const opened = render(App, { services: testServices() });
    await screen.findByText('Commerce choisi par votre enseignant');
    opened.unmount();
    history.replaceState(null, '', '/');
    const store = recordingRunStore();
    render(App, { services: testServices({ transport: inProcessEngineTransport(), store }) });
    await screen.findByText(REMEMBERED);
    await clickWhenEnabled(user, () => within(firstCard()).getByRole('button', { name: /^Commencer/ }));
    await waitFor(() => expect(store.created).toEqual([{ seed: 42, mode: 'committed', scenarioId: 'sport-et-cimes' }]));
  });

  it('brings the link’s language back (QA qa14 E1), until the student chooses one in the app', async () => {
    const user = userEvent.setup();
    // a language chosen before the link: the link's, newer, wins
    localStorage.setItem('fidelis.locale', 'fr');
    const reopened = await reopenEnglishLink();
    await screen.findByText(REMEMBERED_EN);
    expect(seedOf(firstCard(), 'Random seed')).toBe('42');
    expect(document.documentElement.lang).toBe('en');

    // the student's own choice, made since, wins at the next visits; the other settings stay
    await user.click(screen.getByRole('button', { name: 'Français' }));
    await screen.findByText(REMEMBERED);
    reopened.unmount();
    await setLocale('fr');
    render(App, { services: testServices() });
    await screen.findByText(REMEMBERED);
    expect(seedOf(firstCard())).toBe('42');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('forgets the link’s language with « Partie libre »', async () => {
    const user = userEvent.setup();
    const reopened = await reopenEnglishLink();
    const told = await screen.findByText(REMEMBERED_EN);
    await user.click(within(told).getByRole('button', { name: 'Free play (without these settings)' }));
    reopened.unmount();
    await setLocale('fr');
    render(App, { services: testServices() });
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Commencer/ })[0]).toBeEnabled());
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.queryByText(REMEMBERED)).toBeNull();
  });

  it('says nothing new to a learner who never opened a class link', async () => {
    render(App, { services: testServices() });
    expect(await screen.findByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Commencer/ })[0]).toBeEnabled());
    expect(screen.queryByText(REMEMBERED)).toBeNull();
    expect(screen.queryByTestId('class-note')).toBeNull();
  });

  it('ignores and removes a garbled kept value', async () => {
    localStorage.setItem(CLASS_LINK_KEY, JSON.stringify({ search: 'shop=&seed=abc', at: Date.now() }));
    render(App, { services: testServices() });
    expect(await screen.findByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(CLASS_LINK_KEY)).toBeNull());
    expect(screen.queryByText(REMEMBERED)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
