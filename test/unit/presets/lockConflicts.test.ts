import { describe, expect, it } from 'vitest';
import { emptyLinkForm } from '../../../src/presets/linkForm.ts';
import { conflictKey, lockConflicts, type ShopNeeds } from '../../../src/ui/presets/lockConflicts.ts';

const BAKERY: ShopNeeds = {
  id: 'boulangerie-du-marche',
  name: 'Boulangerie du Marché',
  objectives: [
    { label: 'Avoir au moins 2 330 clients actifs', metric: 'activeCustomers' },
    { label: 'Mesurer par un questionnaire une satisfaction d’au moins 0,68', metric: 'measuredSatisfaction' },
  ],
  missions: [
    { title: 'Lire la base clients', metric: null, requires: [] },
    { title: 'Un avantage financier ciblé', metric: 'budgetLeft', requires: ['financier'] },
    { title: 'Écouter les clients', metric: 'measuredSatisfaction', requires: ['politiqueReclamations', 'enquete'] },
  ],
};
const OPTICIAN: ShopNeeds = {
  id: 'optique-lumiere',
  name: 'Optique Lumière',
  objectives: [
    { label: 'Recruter au moins 900 nouveaux clients', metric: 'acquisitions' },
    { label: 'Mesurer par un questionnaire une satisfaction d’au moins 0,68', metric: 'measuredSatisfaction' },
  ],
  missions: [],
};
const SHOPS = [BAKERY, OPTICIAN];

function choice(shop: string, mission: number, tools: Partial<ReturnType<typeof emptyLinkForm>['tools']>) {
  return { shop, mission, tools: { ...emptyLinkForm().tools, ...tools } };
}

describe('class link locks against the shop’s objectives', () => {
  it('nothing to say when every tool is open, or when the locked tool serves no objective', () => {
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 0, {}))).toEqual([]);
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 0, { financier: 'lock', acquisition: 'hide' }))).toEqual([]);
  });

  it('a locked or hidden survey makes a measured-satisfaction objective impossible, named with its shop', () => {
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 0, { enquete: 'lock' }))).toEqual([
      { kind: 'impossible', tool: 'enquete', state: 'lock', objective: 'Mesurer par un questionnaire une satisfaction d’au moins 0,68', shop: 'Boulangerie du Marché', mission: 0 },
    ]);
    expect(lockConflicts(SHOPS, choice('optique-lumiere', 0, { enquete: 'hide' }))[0]).toMatchObject({ kind: 'impossible', state: 'hide', shop: 'Optique Lumière' });
  });

  it('recruitment campaigns locked: a recruitment objective is harder, not impossible', () => {
    expect(lockConflicts(SHOPS, choice('optique-lumiere', 0, { acquisition: 'lock' }))).toEqual([
      { kind: 'harder', tool: 'acquisition', state: 'lock', objective: 'Recruter au moins 900 nouveaux clients', shop: 'Optique Lumière', mission: 0 },
    ]);
  });

  it('with no shop chosen, every shop the students may pick is checked', () => {
    const all = lockConflicts(SHOPS, choice('', 0, { enquete: 'lock' }));
    expect(all.map((c) => c.shop)).toEqual(['Boulangerie du Marché', 'Optique Lumière']);
  });

  it('a mission: its own objective and the tools it is about, not the free game’s objectives', () => {
    // mission 2 is about the financial advantage
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 2, { financier: 'lock', enquete: 'lock' }))).toEqual([
      { kind: 'mission', tool: 'financier', state: 'lock', objective: 'Un avantage financier ciblé', shop: 'Boulangerie du Marché', mission: 2 },
      // mission 3 comes next on the same link: it measures satisfaction, impossible without the survey
      { kind: 'impossible', tool: 'enquete', state: 'lock', objective: 'Écouter les clients', shop: 'Boulangerie du Marché', mission: 3 },
    ]);
    // mission 3 measures satisfaction and is about the survey: impossible, said once
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 3, { enquete: 'hide' }))).toEqual([
      { kind: 'impossible', tool: 'enquete', state: 'hide', objective: 'Écouter les clients', shop: 'Boulangerie du Marché', mission: 3 },
    ]);
    // the missions before the link's are not played
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 3, { financier: 'lock' }))).toEqual([]);
  });

  it('a mission-1 link: the missions after it are checked too, the students go on with « Mission suivante » (QA qa12 F1)', () => {
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 1, { financier: 'lock' }))).toEqual([
      { kind: 'mission', tool: 'financier', state: 'lock', objective: 'Un avantage financier ciblé', shop: 'Boulangerie du Marché', mission: 2 },
    ]);
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 1, { enquete: 'lock', politiqueReclamations: 'hide' }))).toEqual([
      { kind: 'impossible', tool: 'enquete', state: 'lock', objective: 'Écouter les clients', shop: 'Boulangerie du Marché', mission: 3 },
      { kind: 'mission', tool: 'politiqueReclamations', state: 'hide', objective: 'Écouter les clients', shop: 'Boulangerie du Marché', mission: 3 },
    ]);
  });

  it('a mission’s warning has its own sentence, with its number; a free game objective keeps its own', () => {
    expect(conflictKey({ kind: 'impossible', mission: 0 })).toBe('classView.linkConflict.impossible');
    expect(conflictKey({ kind: 'harder', mission: 0 })).toBe('classView.linkConflict.harder');
    expect(conflictKey({ kind: 'impossible', mission: 3 })).toBe('classView.linkConflict.missionImpossible');
    expect(conflictKey({ kind: 'harder', mission: 6 })).toBe('classView.linkConflict.missionHarder');
    expect(conflictKey({ kind: 'mission', mission: 2 })).toBe('classView.linkConflict.mission');
  });
});
