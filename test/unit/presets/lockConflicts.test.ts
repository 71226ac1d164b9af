import { describe, expect, it } from 'vitest';
import { emptyLinkForm } from '../../../src/presets/linkForm.ts';
import { lockConflicts, missionsConflictKey, objectiveConflictKey, type MissionsConflict, type ShopNeeds } from '../../../src/ui/presets/lockConflicts.ts';

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
      { kind: 'impossible', tool: 'enquete', state: 'lock', objective: 'Mesurer par un questionnaire une satisfaction d’au moins 0,68', shop: 'Boulangerie du Marché' },
    ]);
    expect(lockConflicts(SHOPS, choice('optique-lumiere', 0, { enquete: 'hide' }))[0]).toMatchObject({ kind: 'impossible', state: 'hide', shop: 'Optique Lumière' });
  });

  it('recruitment campaigns locked: a recruitment objective is harder, not impossible', () => {
    expect(lockConflicts(SHOPS, choice('optique-lumiere', 0, { acquisition: 'lock' }))).toEqual([
      { kind: 'harder', tool: 'acquisition', state: 'lock', objective: 'Recruter au moins 900 nouveaux clients', shop: 'Optique Lumière' },
    ]);
  });

  it('with no shop chosen, every shop the students may pick is checked', () => {
    const all = lockConflicts(SHOPS, choice('', 0, { enquete: 'lock' }));
    expect(all.map((c) => c.shop)).toEqual(['Boulangerie du Marché', 'Optique Lumière']);
  });

  it('a mission: its own objective and the tools it is about, not the free game’s objectives', () => {
    // mission 2 is about the financial advantage
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 2, { financier: 'lock', enquete: 'lock' }))).toEqual([
      { kind: 'mission', tool: 'financier', state: 'lock', shop: 'Boulangerie du Marché', missions: [{ n: 2, title: 'Un avantage financier ciblé' }] },
      // mission 3 comes next on the same link: it measures satisfaction, impossible without the survey
      { kind: 'impossible', tool: 'enquete', state: 'lock', shop: 'Boulangerie du Marché', missions: [{ n: 3, title: 'Écouter les clients' }] },
    ]);
    // mission 3 measures satisfaction and is about the survey: impossible, said once
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 3, { enquete: 'hide' }))).toEqual([
      { kind: 'impossible', tool: 'enquete', state: 'hide', shop: 'Boulangerie du Marché', missions: [{ n: 3, title: 'Écouter les clients' }] },
    ]);
    // the missions before the link's are not played
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 3, { financier: 'lock' }))).toEqual([]);
  });

  it('a mission-1 link: the missions after it are checked too, the students go on with « Mission suivante » (QA qa12 F1)', () => {
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 1, { financier: 'lock' }))).toEqual([
      { kind: 'mission', tool: 'financier', state: 'lock', shop: 'Boulangerie du Marché', missions: [{ n: 2, title: 'Un avantage financier ciblé' }] },
    ]);
    expect(lockConflicts(SHOPS, choice('boulangerie-du-marche', 1, { enquete: 'lock', politiqueReclamations: 'hide' }))).toEqual([
      { kind: 'impossible', tool: 'enquete', state: 'lock', shop: 'Boulangerie du Marché', missions: [{ n: 3, title: 'Écouter les clients' }] },
      { kind: 'mission', tool: 'politiqueReclamations', state: 'hide', shop: 'Boulangerie du Marché', missions: [{ n: 3, title: 'Écouter les clients' }] },
    ]);
  });

  it('one lock that does the same to several missions: one warning naming them all; what it does to each kept apart', () => {
    // a path where the financial advantage comes back, and a second measured satisfaction
    const path: ShopNeeds = {
      ...BAKERY,
      missions: [
        ...BAKERY.missions,
        { title: 'Fidéliser les meilleurs clients', metric: 'budgetLeft', requires: ['financier', 'lienSocial'] },
        { title: 'Mesurer les progrès', metric: 'measuredSatisfaction', requires: ['enquete'] },
      ],
    };
    const at = (n: number) => ({ n, title: path.missions[n - 1].title });
    expect(lockConflicts([path], choice('boulangerie-du-marche', 1, { financier: 'lock' }))).toEqual([
      { kind: 'mission', tool: 'financier', state: 'lock', shop: 'Boulangerie du Marché', missions: [at(2), at(4)] },
    ]);
    // the survey: missions 3 and 5 cannot be passed (the students stop at 3), one line; the complaints policy another
    expect(lockConflicts([path], choice('boulangerie-du-marche', 1, { enquete: 'hide', politiqueReclamations: 'lock' }))).toEqual([
      { kind: 'impossible', tool: 'enquete', state: 'hide', shop: 'Boulangerie du Marché', missions: [at(3), at(5)] },
      { kind: 'mission', tool: 'politiqueReclamations', state: 'lock', shop: 'Boulangerie du Marché', missions: [at(3)] },
    ]);
    // from mission 4 on, only the missions the students play
    expect(lockConflicts([path], choice('boulangerie-du-marche', 4, { financier: 'lock', enquete: 'lock' }))).toEqual([
      { kind: 'mission', tool: 'financier', state: 'lock', shop: 'Boulangerie du Marché', missions: [at(4)] },
      { kind: 'impossible', tool: 'enquete', state: 'lock', shop: 'Boulangerie du Marché', missions: [at(5)] },
    ]);
  });

  it('a free game objective’s warning has its sentence; the missions’ theirs, counted, each kind its own', () => {
    expect(objectiveConflictKey({ kind: 'impossible', tool: 'enquete', state: 'lock', shop: 'S', objective: 'O' })).toBe('classView.linkConflict.impossible');
    expect(objectiveConflictKey({ kind: 'harder', tool: 'acquisition', state: 'lock', shop: 'S', objective: 'O' })).toBe('classView.linkConflict.harder');
    const missions = (kind: MissionsConflict['kind']): MissionsConflict => ({ kind, tool: 'enquete', state: 'lock', shop: 'S', missions: [{ n: 3, title: 'T' }] });
    expect(missionsConflictKey(missions('impossible'))).toBe('classView.linkConflict.missionImpossible');
    expect(missionsConflictKey(missions('harder'))).toBe('classView.linkConflict.missionHarder');
    expect(missionsConflictKey(missions('mission'))).toBe('classView.linkConflict.mission');
  });
});
