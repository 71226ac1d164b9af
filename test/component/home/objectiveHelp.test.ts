/**
 * QA qa29self m4 and m9, a student alone on the home page first:
 * - the page pointed a beginner to « Choisir un scénario » (a 52-week free game) first; it now recommends the missions
 *   path first, with a link to it, before the shops' cards (not to a class link's student, who follows the teacher's);
 * - the cards' objectives used « clients actifs », « marge nette (après coût des actions) », « satisfaction moyenne » with
 *   no definition: each objective has the « ? » to its figure's glossary card (ui/home/objectiveConcept.ts), named as the
 *   glossary's « ? » are, the card's title being the glossary's own.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { en } from '../../../src/i18n/en.ts';
import { withoutFrenchTerm } from '../../../src/ui/glossary/frenchTerm.ts';
import { OBJECTIVE_CONCEPT } from '../../../src/ui/home/objectiveConcept.ts';

const home = (classLink = false) =>
  render(HomeScreen, { scenarios: shippedScenarioList(), library: null, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {}, classLink });

afterEach(() => setLocale('fr'));

describe('home: the missions path first for a beginner (QA qa29self m9)', () => {
  it('recommends the missions path, with its link, before the shops to choose', () => {
    home();
    const step = screen.getByTestId('first-step');
    expect(step).toHaveTextContent(/^Vous débutez \? Commencez par le parcours de missions/u);
    const link = within(step).getByRole('link', { name: 'Commencer par les missions' });
    expect(link).toHaveAttribute('href', '#/missions');
    const heading = screen.getByRole('heading', { level: 3, name: 'Choisir un scénario' });
    expect(step.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/^Vous dirigez la relation client/u)).not.toHaveTextContent('Choisissez un scénario');
  });

  it('not to a class link’s student', () => {
    home(true);
    expect(screen.queryByTestId('first-step')).toBeNull();
  });
});

describe('home: a « ? » beside each objective (QA qa29self m4)', () => {
  it('the bakery’s three objectives: clients actifs, marge nette, satisfaction moyenne, each to its card', () => {
    home();
    const card = screen.getByRole('article', { name: 'Boulangerie du Marché' });
    const items = within(card).getAllByRole('listitem').filter((li) => li.closest('ul.objectives'));
    expect(items).toHaveLength(3);
    const links = items.map((li) => within(li).getByRole('link'));
    expect(links.map((a) => [a.textContent, a.getAttribute('aria-label')!.replace(/\s/gu, ' '), a.getAttribute('href')])).toEqual([
      ['?', 'Définition : Cycle de vie du client', '#/glossary/cycleDeVie'],
      ['?', 'Définition : Marge nette', '#/glossary/margeNette'],
      ['?', 'Définition : Mesurer la satisfaction', '#/glossary/mesureSatisfaction'],
    ]);
    expect(items[0]).toHaveTextContent('clients actifs');
    expect(items[2]).toHaveTextContent('satisfaction moyenne');
  });

  it('every shop’s objectives have one', () => {
    home();
    for (const card of screen.getAllByRole('article'))
      for (const li of within(card).getAllByRole('listitem').filter((l) => l.closest('ul.objectives'))) expect(within(li).getByRole('link', { name: /^Définition\s:\s/u })).toBeInTheDocument();
  });

  it('in English, named without the French term as the glossary’s « ? »', async () => {
    await setLocale('en');
    home();
    const card = screen.getByRole('article', { name: 'Market Square Bakery' });
    expect(within(card).getByRole('link', { name: 'Definition: Customer lifecycle' })).toHaveAttribute('href', '#/glossary/cycleDeVie');
  });

  it('the cards’ titles are the glossary’s own, in both languages', () => {
    for (const concept of new Set(Object.values(OBJECTIVE_CONCEPT))) {
      expect(fr.home.objectiveConcept[concept], concept).toBe(fr.glossary.concept[concept].title);
      expect(en.home.objectiveConcept[concept], concept).toBe(withoutFrenchTerm(en.glossary.concept[concept].title));
    }
    expect(fr.home.objectiveHelp).toBe(fr.glossary.linkLabel);
    expect(en.home.objectiveHelp).toBe(en.glossary.linkLabel);
  });
});
