/** The class link builder warns when a lock takes an objective away (B1: enquête locked, satisfaction objective lost). */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import ClassLinkBuilder from '../../../src/ui/presets/ClassLinkBuilder.svelte';
import type { ShopNeeds } from '../../../src/ui/presets/lockConflicts.ts';

const SHOPS = [
  { id: 'boulangerie-du-marche', name: 'Boulangerie du Marché', missions: ['Lire la base clients', 'Un avantage financier ciblé'] },
  { id: 'sport-et-cimes', name: 'Sport et Cimes', missions: [] },
];
const NEEDS: ShopNeeds[] = [
  {
    id: 'boulangerie-du-marche',
    name: 'Boulangerie du Marché',
    objectives: [{ label: 'Mesurer par un questionnaire une satisfaction d’au moins 68 %', metric: 'measuredSatisfaction' }],
    missions: [
      { title: 'Lire la base clients', metric: null, requires: [] },
      { title: 'Un avantage financier ciblé', metric: 'budgetLeft', requires: ['financier'] },
    ],
  },
  { id: 'sport-et-cimes', name: 'Sport et Cimes', objectives: [{ label: 'Garder au moins 2 420 clients actifs', metric: 'activeCustomers' }], missions: [] },
];

/** a path where the financial advantage comes back and satisfaction is measured twice */
const PATH = ['Lire la base clients', 'Un avantage financier ciblé', 'Écouter les clients', 'Fidéliser les meilleurs clients', 'Mesurer les progrès'];
const PATH_NEEDS: ShopNeeds[] = [
  {
    id: 'boulangerie-du-marche',
    name: 'Boulangerie du Marché',
    objectives: [],
    missions: [
      { title: PATH[0], metric: null, requires: [] },
      { title: PATH[1], metric: 'budgetLeft', requires: ['financier'] },
      { title: PATH[2], metric: 'measuredSatisfaction', requires: ['enquete'] },
      { title: PATH[3], metric: 'budgetLeft', requires: ['financier', 'lienSocial'] },
      { title: PATH[4], metric: 'measuredSatisfaction', requires: [] },
    ],
  },
];
const PATH_SHOPS = [{ id: 'boulangerie-du-marche', name: 'Boulangerie du Marché', missions: PATH }];

describe('class link builder: locks against objectives', () => {
  afterEach(() => setLocale('fr'));

  it('names the objective a locked survey makes impossible, and says nothing once the tool is open again', async () => {
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: SHOPS, needs: NEEDS, base: 'https://ecole.example/', shop: 'boulangerie-du-marche' });
    const region = screen.getByTestId('lock-conflicts');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
    const survey = screen.getByLabelText('Outil « Enquête de satisfaction »');
    await user.selectOptions(survey, 'lock');
    // the warning's strings are the teacher's: they load with the first warning
    expect(await within(region).findByRole('listitem')).toHaveTextContent(
      'Outil « Enquête de satisfaction » verrouillé : l’objectif « Mesurer par un questionnaire une satisfaction d’au moins 68 % » (Boulangerie du Marché) ne pourra pas être atteint.',
    );
    await user.selectOptions(survey, 'open');
    expect(region).toBeEmptyDOMElement();
    // another shop with no such objective: the lock costs nothing there
    await user.selectOptions(survey, 'hide');
    await user.selectOptions(screen.getByLabelText('Commerce du lien de classe'), 'sport-et-cimes');
    expect(region).toBeEmptyDOMElement();
  });

  it('a mission about the locked tool is named', async () => {
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: SHOPS, needs: NEEDS, base: 'https://ecole.example/', shop: 'boulangerie-du-marche' });
    await user.selectOptions(screen.getByLabelText('Mission'), 'Mission 2 — Un avantage financier ciblé');
    await user.selectOptions(screen.getByLabelText('Outil « Avantage financier »'), 'hide');
    await within(screen.getByTestId('lock-conflicts')).findByRole('listitem');
    expect(screen.getByTestId('lock-conflicts')).toHaveTextContent('Outil « Avantage financier » caché : la mission 2 « Un avantage financier ciblé » porte sur cet outil, les élèves ne s’y exerceront pas.');
  });

  it('a mission-1 link: the mission after it that is about the locked tool is named, the students reach it with « Mission suivante » (QA qa12 F1)', async () => {
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: SHOPS, needs: NEEDS, base: 'https://ecole.example/', shop: 'boulangerie-du-marche' });
    await user.selectOptions(screen.getByLabelText('Mission'), 'Mission 1 — Lire la base clients');
    await user.selectOptions(screen.getByLabelText('Outil « Avantage financier »'), 'lock');
    expect(await within(screen.getByTestId('lock-conflicts')).findByRole('listitem')).toHaveTextContent(
      'Outil « Avantage financier » verrouillé : la mission 2 « Un avantage financier ciblé » porte sur cet outil, les élèves ne s’y exerceront pas.',
    );
  });

  it('one lock that does the same to several missions: one line naming them; a mission that cannot be passed and one that will not practise the tool kept apart', async () => {
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: PATH_SHOPS, needs: PATH_NEEDS, base: 'https://ecole.example/', shop: 'boulangerie-du-marche' });
    await user.selectOptions(screen.getByLabelText('Mission'), 'Mission 1 — Lire la base clients');
    await user.selectOptions(screen.getByLabelText('Outil « Avantage financier »'), 'lock');
    const region = screen.getByTestId('lock-conflicts');
    expect(await within(region).findByRole('listitem')).toHaveTextContent(
      'Outil « Avantage financier » verrouillé : les missions 2 « Un avantage financier ciblé » et 4 « Fidéliser les meilleurs clients » portent sur cet outil, les élèves ne s’y exerceront pas.',
    );
    await user.selectOptions(screen.getByLabelText('Outil « Enquête de satisfaction »'), 'hide');
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '))).toEqual([
      'Outil « Avantage financier » verrouillé : les missions 2 « Un avantage financier ciblé » et 4 « Fidéliser les meilleurs clients » portent sur cet outil, les élèves ne s’y exerceront pas.',
      'Outil « Enquête de satisfaction » caché : les missions 3 « Écouter les clients » et 5 « Mesurer les progrès » ne pourront pas être réussies, les élèves s’arrêteront à la première.',
    ]);
  });

  it('in English, the same line with the English plural', async () => {
    await loadLocale('en', 'missions');
    await loadLocale('en', 'teacher');
    await setLocale('en');
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: PATH_SHOPS, needs: PATH_NEEDS, base: 'https://ecole.example/', shop: 'boulangerie-du-marche' });
    await user.selectOptions(screen.getByLabelText('Mission'), 'Mission 2 — Un avantage financier ciblé');
    await user.selectOptions(screen.getByLabelText('Tool “Financial advantage”'), 'lock');
    expect(await within(screen.getByTestId('lock-conflicts')).findByRole('listitem')).toHaveTextContent(
      'Tool “Financial advantage” locked: missions 2 “Un avantage financier ciblé” and 4 “Fidéliser les meilleurs clients” are about this tool, the students will not practise it.',
    );
  });
});
