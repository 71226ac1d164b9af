/** QA tablet #5: the missions param that lands on a mission's bilan. */
import { describe, expect, it } from 'vitest';
import { missionParam, missionsLanding, missionsParam } from '../../../src/ui/missions/missionLink.ts';
import { hrefOf, parseHash } from '../../../src/app/routes.ts';

describe('missions param', () => {
  it('names the shop and asks for the bilan, through the address and back', () => {
    const href = hrefOf('missions', missionsParam('boulangerie-du-marche', true));
    expect(missionsLanding(parseHash(href).param)).toEqual({ shop: 'boulangerie-du-marche', debrief: true });
    expect(missionsLanding('boulangerie-du-marche')).toEqual({ shop: 'boulangerie-du-marche', debrief: false });
    expect(missionsLanding(undefined)).toEqual({ shop: undefined, debrief: false });
    expect(missionsParam('optique')).toBe('optique');
  });

  it('names a mission of the shop by its number, through the address and back (QA qa29self m9)', () => {
    const href = hrefOf('missions', missionParam('boulangerie-du-marche', 2));
    expect(href).toBe('#/missions/boulangerie-du-marche%3A2');
    expect(missionsLanding(parseHash(href).param)).toEqual({ shop: 'boulangerie-du-marche', debrief: false, mission: 2 });
    // not a mission number: a shop's name as it is
    expect(missionsLanding('optique:0')).toEqual({ shop: 'optique:0', debrief: false });
  });
});
