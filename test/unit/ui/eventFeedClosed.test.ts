/**
 * The dashboard feed says a closed competitor's scripted events as the engine plays them: not at all (review1 R3).
 * Before, a competitor closed by a fermeture still « lance une promotion » and, for an imitation while closed,
 * « vous n'en avez aucun en cours » although a coupon ran (the engine skipped it, the shop being closed).
 */
import { describe, expect, it } from 'vitest';
import { tickItems } from '../../../src/ui/dashboard/eventFeed.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario({
  competitors: [
    {
      id: 'rival',
      name: 'Rival',
      attractiveness: 0.2,
      events: [
        { tick: 2, kind: 'fermeture', intensity: 0 },
        { tick: 3, kind: 'fermeture', intensity: 0 },
        { tick: 4, kind: 'imitation', intensity: 0 },
        { tick: 5, kind: 'promotion', intensity: 0.5 },
        { tick: 6, kind: 'ouverture', intensity: 0.5 },
        { tick: 7, kind: 'promotion', intensity: 0.5 },
      ],
    },
  ],
});
const kpis = makeKpiSeries(8);
const moves = (tick: number) => tickItems(scenario, kpis[tick], kpis.slice(0, tick)).flatMap((i) => (i.kind === 'competitor' ? [i.move] : []));

describe('the feed of a closed competitor', () => {
  it('says the closure once, none of its events while closed, and its events again once re-opened', () => {
    expect(moves(2)).toEqual(['fermeture']);
    expect(moves(3)).toEqual([]);
    expect(moves(4)).toEqual([]);
    expect(moves(5)).toEqual([]);
    expect(moves(6)).toEqual(['ouverture']);
    expect(moves(7)).toEqual(['promotion']);
  });
});
