import { configure, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import GuidedTour from '../../src/ui/tour/GuidedTour.svelte';
import { Tour, TOUR_STEPS } from '../../src/app/tour.svelte.ts';
import { setLocale } from '../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../src/i18n/frenchSpacing.ts';

// the real engine runs in these tests and the machine is shared: give asynchronous updates time
configure({ asyncUtilTimeout: 10_000 });

/** A page behind the tour: the screen's heading in main and the header's help button. */
function page(): { heading: HTMLElement; help: HTMLButtonElement } {
  const main = document.createElement('main');
  const heading = document.createElement('h2');
  heading.textContent = 'Décisions';
  main.append(heading);
  const help = document.createElement('button');
  help.textContent = 'Visite guidée';
  document.body.append(help, main);
  return { heading, help };
}

describe('guided tour', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const e of document.body.querySelectorAll(':scope > main, :scope > button')) e.remove();
  });

  it('walks through every step with the keyboard and is remembered when finished', async () => {
    const user = userEvent.setup();
    const tour = new Tour();
    tour.startIfFirstVisit();
    render(GuidedTour, { tour });
    expect(screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toBeInTheDocument();
    expect(screen.getByText(`Étape 1 sur ${TOUR_STEPS.length}`)).toBeInTheDocument();
    // the focus on « Suivant »: Enter, Enter… walks the tour, one key a step (QA class #12)
    const next = screen.getByRole('button', { name: 'Suivant' });
    expect(next).toHaveFocus();
    for (let i = 1; i < TOUR_STEPS.length; i++) await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: '4. Observez et comprenez' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: frenchText`C’est parti !` })).toHaveFocus();
    // each new step is said from a polite region, the focus staying on the button
    expect(screen.getByRole('heading', { name: '4. Observez et comprenez' }).closest('[aria-live="polite"]')).not.toBeNull();
    // « Précédent » keeps the focus, back to the first step where it goes away: then « Suivant »
    const previous = screen.getByRole('button', { name: 'Précédent' });
    previous.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: '3. Avancez dans le temps' })).toBeInTheDocument();
    expect(previous).toHaveFocus();
    for (let i = 0; i < 3; i++) await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suivant' })).toHaveFocus();
    for (let i = 1; i < TOUR_STEPS.length; i++) await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: frenchText`C’est parti !` }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const again = new Tour();
    again.startIfFirstVisit();
    expect(again.open).toBe(false);
  });

  it('keeps Tab among its buttons, never into the page behind it (QA class #12), while the page stays reachable by a click', async () => {
    const user = userEvent.setup();
    const { help } = page();
    const tour = new Tour();
    tour.startIfFirstVisit();
    render(GuidedTour, { tour });
    expect(screen.getByRole('button', { name: 'Suivant' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Passer la visite' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Aller au contenu' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Suivant' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Aller au contenu' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Passer la visite' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Suivant' })).toHaveFocus();
    // four buttons from the second step: round them too
    await user.keyboard('{Enter}');
    for (const name of ['Passer la visite', 'Aller au contenu', 'Précédent', 'Suivant', 'Passer la visite']) {
      await user.tab();
      expect(screen.getByRole('button', { name })).toHaveFocus();
    }
    expect(help).not.toHaveFocus();
    // still a non-modal panel: the page is reachable, and Escape closes the tour from there
    expect(screen.getByRole('dialog')).toHaveAttribute('aria-modal', 'false');
    help.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes with Escape and with Skip, and does not come back', async () => {
    const user = userEvent.setup();
    const tour = new Tour();
    tour.startIfFirstVisit();
    render(GuidedTour, { tour });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(localStorage.getItem('fidelis.tourSeen')).toBe('1');
    tour.show();
    await user.click(await screen.findByRole('button', { name: 'Passer la visite' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('gives the focus back to the help button that opened it, not to the page body', async () => {
    const user = userEvent.setup();
    const { help } = page();
    const tour = new Tour();
    render(GuidedTour, { tour });
    help.focus();
    flushSync(() => tour.show());
    expect(screen.getByRole('button', { name: 'Suivant' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Passer la visite' }));
    expect(help).toHaveFocus();
    flushSync(() => tour.show());
    await user.keyboard('{Escape}');
    expect(help).toHaveFocus();
  });

  it('on a first visit, leaves the focus on the screen heading once finished', async () => {
    const user = userEvent.setup();
    const { heading } = page();
    const tour = new Tour();
    render(GuidedTour, { tour });
    flushSync(() => tour.startIfFirstVisit());
    for (let i = 0; i < TOUR_STEPS.length; i++) await user.click(screen.getByRole('button', { name: i === TOUR_STEPS.length - 1 ? frenchText`C’est parti !` : 'Suivant' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(heading).toHaveFocus();
  });

  it('closes with Escape wherever the focus is, and leaves it there', async () => {
    const user = userEvent.setup();
    const { help } = page();
    const tour = new Tour();
    render(GuidedTour, { tour });
    flushSync(() => tour.show());
    // the tour does not block the page: the learner tabbed out of it
    help.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(help).toHaveFocus();
  });

  it('leaves Escape to an open modal dialog', async () => {
    const user = userEvent.setup();
    const modal = document.createElement('main');
    modal.innerHTML = '<div role="dialog" aria-modal="true"><button>Annuler</button></div>';
    document.body.append(modal);
    const tour = new Tour();
    render(GuidedTour, { tour });
    flushSync(() => tour.show());
    modal.querySelector('button')!.focus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toBeInTheDocument();
  });

  it('on the missions screen a class link opened, the first step speaks of the missions, in French and in English', async () => {
    const user = userEvent.setup();
    const tour = new Tour();
    render(GuidedTour, { tour, route: 'missions' });
    flushSync(() => tour.show());
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    const dialog = screen.getByRole('dialog', { name: '1. Choisissez votre mission' });
    expect(dialog).toHaveTextContent('cliquez sur « Commencer la mission »');
    expect(dialog).not.toHaveTextContent('Chaque carte');
    try {
      await setLocale('en');
      expect(await screen.findByRole('dialog', { name: '1. Choose your mission' })).toHaveTextContent('click “Start mission”');
    } finally {
      await setLocale('fr');
    }
  });

  it('elsewhere the first step says « Commencer » and points to the Missions screen', async () => {
    const user = userEvent.setup();
    const tour = new Tour();
    render(GuidedTour, { tour, route: 'home' });
    flushSync(() => tour.show());
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    const dialog = screen.getByRole('dialog', { name: '1. Choisissez un scénario' });
    expect(dialog).toHaveTextContent('Choisissez « Commencer »');
    expect(dialog).toHaveTextContent('l’écran « Missions »');
  });
});

/** An element of the page at a given place in the window (jsdom lays nothing out). */
function placed(tag: string, mark: string, top: number, height: number, parent: HTMLElement = document.body): HTMLElement {
  const element = document.createElement(tag);
  element.dataset.tour = mark;
  element.textContent = mark;
  element.getBoundingClientRect = () => ({
    x: 16,
    y: top,
    left: 16,
    top,
    right: height > 0 ? 300 : 16,
    bottom: top + height,
    width: height > 0 ? 284 : 0,
    height,
    toJSON: () => ({}),
  });
  parent.append(element);
  return element;
}

describe('guided tour: what each step names is outlined (QA tablet #15)', () => {
  const outlined = () => [...document.querySelectorAll<HTMLElement>('[data-tour-current]')].map((e) => e.dataset.tour);
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const e of document.body.querySelectorAll(':scope > nav, :scope > main')) e.remove();
    vi.restoreAllMocks();
  });

  it.each([
    { lang: 'fr' as const, next: 'Suivant', scenario: '1. Choisissez un scénario', decide: '2. Décidez', observe: '4. Observez et comprenez' },
    { lang: 'en' as const, next: 'Next', scenario: '1. Choose a scenario', decide: '2. Decide', observe: '4. Watch and understand' },
  ])(
    'marks the step’s element, or the link to its screen, scrolls it into view once, keeps the focus in the panel, unmarks on close ($lang)',
    async ({ lang, next, scenario, decide, observe }) => {
      const user = userEvent.setup();
      const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
      const nav = document.createElement('nav');
      document.body.append(nav);
      for (const [i, route] of ['home', 'missions', 'decisions', 'dashboard', 'customers', 'charts'].entries())
        placed('a', `nav-${route}`, 16 + 48 * Math.floor(i / 3), 44, nav);
      const main = document.createElement('main');
      document.body.append(main);
      // the home's scenario cards, below the window's bottom (768); a decisions form of a screen not shown (no box)
      placed('section', 'scenarios', 900, 2000, main);
      placed('section', 'target', 0, 0, main);
      try {
        await setLocale(lang);
        const tour = new Tour();
        render(GuidedTour, { tour, route: 'home' });
        flushSync(() => tour.show());
        expect(outlined()).toEqual([]);

        await user.click(screen.getByRole('button', { name: next }));
        expect(screen.getByRole('dialog', { name: scenario })).toBeInTheDocument();
        expect(screen.getByRole('button', { name: next })).toHaveFocus();
        expect(outlined()).toEqual(['scenarios']);
        // brought up to the window's top, once
        expect(scrollBy).toHaveBeenCalledTimes(1);
        const [{ top }] = scrollBy.mock.calls[0] as unknown as [ScrollToOptions];
        expect(top).toBeGreaterThan(870);
        expect(top).toBeLessThanOrEqual(900);

        // « Décidez »: its form is not on this screen, the link to « Décisions » is outlined instead (in view: no scroll)
        await user.click(screen.getByRole('button', { name: next }));
        expect(screen.getByRole('dialog', { name: decide })).toBeInTheDocument();
        expect(screen.getByRole('button', { name: next })).toHaveFocus();
        expect(outlined()).toEqual(['nav-decisions']);
        await user.click(screen.getByRole('button', { name: next }));
        await user.click(screen.getByRole('button', { name: next }));
        expect(screen.getByRole('dialog', { name: observe })).toBeInTheDocument();
        expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
        expect(outlined()).toEqual(['nav-dashboard', 'nav-customers', 'nav-charts']);
        expect(scrollBy).toHaveBeenCalledTimes(1);

        await user.keyboard('{Escape}');
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
        expect(outlined()).toEqual([]);
      } finally {
        await setLocale('fr');
      }
    },
  );
  it.each([
    {
      route: 'whatif' as const,
      scenarioText: 'Sur l’écran « Accueil », chaque carte décrit un magasin',
      // the time bar's first button in the shop's unit, « Avancer d’un mois » (QA qa30enTablet m2: « une période » beside « Avancer d’une semaine »)
      tickUnit: 'month' as const,
      advanceText: 'La barre du temps est en bas de l’écran « Décisions » : avancez d’un mois, de plusieurs',
      scenarioMarks: ['nav-home', 'nav-missions'],
      advanceMarks: ['nav-decisions'],
    },
    {
      route: 'decisions' as const,
      scenarioText: 'Sur l’écran « Accueil », chaque carte décrit un magasin',
      tickUnit: 'week' as const,
      advanceText: 'Avancez d’une semaine, de plusieurs',
      scenarioMarks: ['nav-home', 'nav-missions'],
      advanceMarks: ['advance'],
    },
    {
      route: 'decisions' as const,
      scenarioText: 'Sur l’écran « Accueil », chaque carte décrit un magasin',
      // no game yet: both units
      tickUnit: null,
      advanceText: 'Avancez d’une semaine (ou d’un mois, selon le magasin), de plusieurs',
      scenarioMarks: ['nav-home', 'nav-missions'],
      advanceMarks: ['advance'],
    },
  ])('from $route, each step names an element of that screen, or the link to its screen and says so (QA: step 4 from « Et si… ? »)', async ({ route, scenarioText, tickUnit, advanceText, scenarioMarks, advanceMarks }) => {
    const user = userEvent.setup();
    vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const nav = document.createElement('nav');
    document.body.append(nav);
    for (const [i, r] of ['home', 'missions', 'decisions', 'dashboard', 'customers', 'charts', 'whatif'].entries()) placed('a', `nav-${r}`, 16 + 48 * Math.floor(i / 4), 44, nav);
    const main = document.createElement('main');
    document.body.append(main);
    // the time bar is on the decisions screen only (and in the scoring lab); the « Et si… ? » screen has none
    if (route === 'decisions') placed('section', 'advance', 700, 60, main);
    const tour = new Tour();
    render(GuidedTour, { tour, route, tickUnit });
    flushSync(() => tour.show());
    const plainText = () => (screen.getByRole('dialog').textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByRole('dialog', { name: '1. Choisissez un scénario' })).toBeInTheDocument();
    // no shop cards here: the text says they are on « Accueil », whose link is outlined
    expect(plainText()).toContain(scenarioText);
    expect(outlined()).toEqual(scenarioMarks);
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByRole('dialog', { name: '3. Avancez dans le temps' })).toBeInTheDocument();
    expect(screen.getByText('Étape 4 sur 5')).toBeInTheDocument();
    expect(plainText()).toContain(advanceText);
    expect(outlined()).toEqual(advanceMarks);
    // every outlined element is on the page, shown
    for (const e of document.querySelectorAll<HTMLElement>('[data-tour-current]')) expect(e.getBoundingClientRect().height).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
  });
});
