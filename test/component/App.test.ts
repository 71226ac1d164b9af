import { frenchText } from '../../src/i18n/frenchSpacing.ts';
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/ui/App.svelte';
import { setLocale } from '../../src/i18n/locale.svelte.ts';
import { shippedScenarioList, testServices } from '../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../unit/app/engineTransport.ts';
import { memoryRunStore } from '../../src/app/runStore.ts';
import type { RunLibrary } from '../../src/app/runLibrary.ts';
import type { AppStorage } from '../../src/app/services.ts';
import { sessionCustomerSource } from '../../src/app/sessionCustomerSource.ts';

// the real engine runs in these tests and the machine is shared: give asynchronous updates time
configure({ asyncUtilTimeout: 10_000 });

describe('App shell', () => {
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('fidelis.tourSeen', '1');
    window.location.hash = '';
    await setLocale('fr');
  });
  afterEach(() => setLocale('fr'));

  it('shows the title in French and the home screen with the shipped scenarios', () => {
    render(App, { services: testServices() });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fidélis');
    expect(screen.getByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Commencer «\u00a0Boulangerie du Marché\u00a0»/ })).toBeInTheDocument();
  });

  it('navigates with the links and marks the current screen', async () => {
    const user = userEvent.setup();
    render(App, { services: testServices() });
    const nav = screen.getByRole('navigation', { name: 'Écrans du jeu' });
    await user.click(within(nav).getByRole('link', { name: 'Décisions' }));
    expect(window.location.hash).toBe('#/decisions');
    // hashchange arrives as a task, like in a browser
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Décisions' })).toHaveAttribute('aria-current', 'page'));
    // no game yet: the screen says to start one from home
    expect(await screen.findByText(/Choisissez ou reprenez d’abord une partie/)).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Accueil' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Accueil' })).toHaveFocus());
  });

  it('names the browser tab after the screen, in the UI language', async () => {
    const user = userEvent.setup();
    render(App, { services: testServices() });
    expect(document.title).toBe('Fidélis — simulateur de fidélisation');
    const nav = screen.getByRole('navigation', { name: 'Écrans du jeu' });
    await user.click(within(nav).getByRole('link', { name: 'Glossaire' }));
    await waitFor(() => expect(document.title).toBe('Glossaire — Fidélis'));
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.title).toBe('Glossary — Fidélis'));
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches to English and remembers the choice', async () => {
    const user = userEvent.setup();
    render(App, { services: testServices() });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Home' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dashboard' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('fidelis.locale')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens the guided tour on the first visit only', () => {
    localStorage.removeItem('fidelis.tourSeen');
    const first = render(App, { services: testServices() });
    expect(screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toBeInTheDocument();
    first.unmount();
    localStorage.setItem('fidelis.tourSeen', '1');
    render(App, { services: testServices() });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lands on the linked glossary card, not on the glossary heading (deep link from another screen)', async () => {
    render(App, { services: testServices() });
    window.location.hash = '#/glossary/rfm';
    const card = await screen.findByRole('heading', { level: 4, name: 'RFM' }, { timeout: 10_000 });
    await waitFor(() => expect(card).toHaveFocus());
    // the shell's own focus move (to the screen's first heading) comes after the screen is ready: it must not win
    await new Promise((r) => setTimeout(r, 50));
    expect(card).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Glossaire' })).not.toHaveFocus();
  });

  it('has a skip link that moves focus to the content', async () => {
    const user = userEvent.setup();
    render(App, { services: testServices() });
    await user.click(screen.getByRole('link', { name: 'Aller au contenu' }));
    expect(document.getElementById('main')).toHaveFocus();
    expect(window.location.hash).not.toBe('#main');
  });
});

describe('App with the engine', () => {
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('fidelis.tourSeen', '1');
    window.location.hash = '';
    await setLocale('fr');
  });

  it('starts a scenario from its card, lands on the decisions with focus on the heading, and shows the period and budget', async () => {
    const user = userEvent.setup();
    const services = testServices({ transport: inProcessEngineTransport() });
    render(App, { services });
    await user.click(screen.getByRole('button', { name: /Commencer «\u00a0Boulangerie du Marché\u00a0»/ }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Décisions' }, { timeout: 10_000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByTestId('tick-label')).toHaveTextContent('Semaine 1 / 52, à jouer');
    // the header says the budget the period can spend, as the decisions screen does (QA class 8)
    expect(screen.getByText(/Budget disponible/, { selector: '.budget' })).toHaveTextContent(/Budget disponible : \d/);
    expect(localStorage.getItem('fidelis.lastRun')).toMatch(/^memoire-/);
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(screen.getByTestId('tick-label')).toHaveTextContent('Semaine 2 / 52, à jouer'), { timeout: 10_000 });
  });
});

describe('App with a shared scenario link', () => {
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('fidelis.tourSeen', '1');
    await setLocale('fr');
  });

  it('offers the linked scenario on the home screen, says so, and cleans the address', async () => {
    const { encodeScenario } = await import('../../src/scenario/link.ts');
    const base = shippedScenarioList()[0];
    const shared = { ...base, id: 'boulangerie-de-la-classe', name: { fr: 'Boulangerie de la classe' } };
    history.replaceState(null, '', `/?scenario=${await encodeScenario(shared)}#/home`);
    render(App, { services: testServices() });
    expect(await screen.findByText(/Scénario reçu par lien : « Boulangerie de la classe »/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getAllByRole('article')[0]).toHaveAccessibleName('Boulangerie de la classe');
    expect(window.location.search).toBe('');
  });

  it('keeps a confirmation on the next screen only; an error stays until dismissed', async () => {
    const { encodeScenario } = await import('../../src/scenario/link.ts');
    const shared = { ...shippedScenarioList()[0], id: 'boulangerie-de-la-classe', name: { fr: 'Boulangerie de la classe' } };
    history.replaceState(null, '', `/?scenario=${await encodeScenario(shared)}#/home`);
    render(App, { services: testServices() });
    const confirmation = /Scénario reçu par lien/;
    expect(await screen.findByText(confirmation, {}, { timeout: 10_000 })).toBeInTheDocument();
    window.location.hash = '#/glossary';
    await screen.findByRole('heading', { level: 2, name: 'Glossaire' }, { timeout: 10_000 });
    expect(screen.getByText(confirmation)).toBeInTheDocument();
    window.location.hash = '#/home';
    await screen.findByRole('heading', { level: 2, name: 'Accueil' });
    await waitFor(() => expect(screen.queryByText(confirmation)).not.toBeInTheDocument());
    history.replaceState(null, '', '/');
  });

  it('opens the linked scenario in the editor when the link points there', async () => {
    const { scenarioLink } = await import('../../src/scenario/link.ts');
    const shared = { ...shippedScenarioList()[0], id: 'boulangerie-de-la-classe', name: { fr: 'Boulangerie de la classe' } };
    const link = new URL(await scenarioLink(shared, 'http://localhost/'));
    history.replaceState(null, '', `/${link.search}${link.hash}`);
    render(App, { services: testServices() });
    expect(await screen.findByDisplayValue('Boulangerie de la classe', {}, { timeout: 15_000 })).toBeInTheDocument();
    history.replaceState(null, '', '/');
  });

  it('explains a broken link in French', async () => {
    history.replaceState(null, '', '/?scenario=pas-un-vrai-code#/home');
    render(App, { services: testServices() });
    // whoever opens the link (mostly a student) is told to ask their teacher, the editor says it otherwise (review15 #5)
    const notice = await screen.findByText(/Le lien de scénario ne peut pas être ouvert/, {}, { timeout: 10_000 });
    expect(notice).toHaveTextContent(frenchText`ce lien a été créé par une autre version de l’application ou a été modifié. Demandez un nouveau lien à votre enseignant`);
    history.replaceState(null, '', '/');
  });
});

describe('App while the storage opens', () => {
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('fidelis.tourSeen', '1');
    window.location.hash = '';
    await setLocale('fr');
  });

  function opening() {
    let resolve!: (storage: AppStorage) => void;
    let reject!: (error: unknown) => void;
    const storage = new Promise<AppStorage>((ok, ko) => ((resolve = ok), (reject = ko)));
    return { storage, resolve, reject };
  }

  const library: RunLibrary = {
    list: async () => [
      { id: 'r1', name: 'Ma partie', scenarioId: 'boulangerie-du-marche', scenarioName: { fr: 'Boulangerie du Marché' }, seed: 7, tick: 3, durationTicks: 52, tickUnit: 'week', updatedAt: '2027-01-02T10:00:00.000Z' },
    ],
    rename: async () => {},
    remove: async () => {},
  };

  it('shows the scenario cards at once and the saved runs once the database is open', async () => {
    const db = opening();
    render(App, { services: testServices({ storage: db.storage }) });
    expect(screen.getByRole('button', { name: /Commencer «\u00a0Boulangerie du Marché\u00a0»/ })).toBeEnabled();
    const saved = screen.getByRole('heading', { level: 3, name: 'Parties enregistrées' }).closest('section')!;
    expect(saved).toHaveAttribute('aria-busy', 'true');
    expect(within(saved).getByText('Recherche de vos parties enregistrées…')).toBeInTheDocument();
    db.resolve({ store: memoryRunStore(), library, customers: sessionCustomerSource, inMemory: true });
    expect(await screen.findByRole('button', { name: /^Reprendre «/ })).toBeEnabled();
    expect(screen.queryByText('Recherche de vos parties enregistrées…')).not.toBeInTheDocument();
    expect(screen.getByText(/Mode sans sauvegarde/)).toBeInTheDocument();
  });

  it('starts a run clicked before the database is open once it is', async () => {
    const user = userEvent.setup();
    const db = opening();
    render(App, { services: testServices({ transport: inProcessEngineTransport(), storage: db.storage }) });
    await user.click(screen.getByRole('button', { name: /Commencer «\u00a0Boulangerie du Marché\u00a0»/ }));
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('heading', { level: 2, name: 'Décisions' })).not.toBeInTheDocument();
    db.resolve({ store: memoryRunStore(), library: null, customers: sessionCustomerSource });
    expect(await screen.findByRole('heading', { level: 2, name: 'Décisions' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(localStorage.getItem('fidelis.lastRun')).toMatch(/^memoire-/);
  });

  it('says in French why the saved runs are missing when the database cannot open', async () => {
    const db = opening();
    render(App, { services: testServices({ storage: db.storage }) });
    db.reject(Object.assign(new Error('db.versionChange'), { code: 'versionChange' }));
    expect(await screen.findByText(/ouvert dans une version plus récente dans un autre onglet/)).toBeInTheDocument();
    expect(screen.getByText('Le stockage du navigateur n’est pas disponible : la partie ne sera pas enregistrée.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Commencer «\u00a0Boulangerie du Marché\u00a0»/ })).toBeEnabled();
  });
});
