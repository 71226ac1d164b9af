/**
 * A competitor that closes (fermeture) before the imitation of a financial advantage launched earlier does not copy it
 * (the fastest one still open does, or none), and its later events do nothing until an ouverture re-opens it (model audit F11).
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { competitorOpenAt } from '../../../src/engine/competitorOpen.ts';
import { EV } from '../../../src/engine/events.ts';
import type { ScenarioInput } from '../../../src/scenario/schema.ts';
import { testScenario } from './fixtures.ts';

type Competitor = NonNullable<ScenarioInput['competitors']>[number];
type CompetitorEvent = NonNullable<Competitor['events']>[number];

const ev = (tick: number, kind: CompetitorEvent['kind'], extra: Partial<CompetitorEvent> = {}): CompetitorEvent => ({ tick, kind, intensity: 0.5, durationTicks: 2, motives: [], ...extra });
const competitor = (id: string, imitationDelayTicks: number, events: CompetitorEvent[]): Competitor => ({ id, name: id, attractiveness: 0.1, imitationDelayTicks, events });
const coupon = decisionsLogSchema.parse([{ tick: 0, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: {} }] }]);

function play(competitors: Competitor[], ticks = 14) {
  const sc = testScenario((s) => {
    s.customers.initial = 600;
    s.competitors = competitors;
  });
  return runSimulation(sc, { seed: 3, ticks, decisions: coupon });
}

function offersAt(r: ReturnType<typeof play>, tick: number): number {
  const events = r.reports[tick].events;
  let n = 0;
  for (let k = 0; k < events.length; k++) if (events.type[k] === EV.offreConcurrente) n++;
  return n;
}

describe('a competitor that closes', () => {
  it('closed before its imitation tick, does not copy the advantage launched before', () => {
    const r = play([competitor('a', 6, [ev(3, 'fermeture')])]);
    expect(r.state.programmes[0].imitatedTick).toBe(-1);
    expect(r.reports[13].kpis.programmes[0].imitated).toBeUndefined();
  });

  it('leaves the copy to the fastest competitor still open, at its own delay', () => {
    const r = play([competitor('a', 6, [ev(3, 'fermeture')]), competitor('b', 10, [])]);
    expect(r.state.programmes[0].imitatedTick).toBe(10);
    expect(r.reports[10].kpis.programmes[0].imitated).toEqual({ tick: 10, competitor: 'b' });
  });

  it('closing at the imitation tick itself is closing before it; after it, the copy stays', () => {
    expect(play([competitor('a', 6, [ev(6, 'fermeture')])]).state.programmes[0].imitatedTick).toBe(-1);
    expect(play([competitor('a', 6, [ev(7, 'fermeture')])]).state.programmes[0].imitatedTick).toBe(6);
  });

  it('leaves it only to a competitor open the whole time since the launch, whatever the listing order (review1 R2)', () => {
    // a, closed at the launch and re-opened since, does not take over b's imitation, re-opened before b closes or at the same tick
    const a = (reopens: number) => competitor('a', 2, [ev(0, 'fermeture'), ev(reopens, 'ouverture')]);
    const b = competitor('b', 8, [ev(5, 'fermeture')]);
    const c = competitor('c', 12, []);
    for (const reopens of [3, 5]) {
      for (const list of [[a(reopens), b], [b, a(reopens)]]) expect(play(list).state.programmes[0].imitatedTick).toBe(-1);
      for (const list of [[a(reopens), b, c], [c, b, a(reopens)]]) {
        const r = play(list);
        expect(r.reports[12].kpis.programmes[0].imitated).toEqual({ tick: 12, competitor: 'c' });
      }
    }
    // closed and re-opened between the launch and the closure: not open the whole time either
    const d = competitor('d', 2, [ev(1, 'fermeture'), ev(3, 'ouverture')]);
    expect(play([b, d]).state.programmes[0].imitatedTick).toBe(-1);
  });

  it('its later events do nothing: no imitation, no announced offer', () => {
    const r = play([competitor('a', 20, [ev(2, 'fermeture'), ev(4, 'imitation'), ev(5, 'promotion')])]);
    expect(r.state.programmes[0].imitatedTick).toBe(-1);
    expect(offersAt(r, 5)).toBe(0);
    const open = play([competitor('a', 20, [ev(4, 'imitation'), ev(5, 'promotion')])]);
    expect(open.state.programmes[0].imitatedTick).toBe(4);
    expect(offersAt(open, 5)).toBeGreaterThan(0);
  });

  it('an ouverture re-opens it: its events play again', () => {
    const r = play([competitor('a', 20, [ev(2, 'fermeture'), ev(6, 'ouverture'), ev(8, 'promotion')])]);
    expect(r.state.competitorClosed[0]).toBe(0);
    expect(offersAt(r, 6)).toBeGreaterThan(0);
    expect(offersAt(r, 8)).toBeGreaterThan(0);
  });
});

describe('competitorOpenAt', () => {
  it('open before any closure; closed from a fermeture; re-opened by a later ouverture; at one tick the last listed wins', () => {
    const events = [ev(5, 'ouverture'), ev(3, 'fermeture'), ev(8, 'fermeture'), ev(8, 'ouverture'), ev(9, 'promotion')].map((e) => ({ ...e, durationTicks: 2, motives: [] }));
    expect([0, 2, 3, 4, 5, 7, 8, 9].map((t) => competitorOpenAt(events, t))).toEqual([true, true, false, false, true, true, true, true]);
    expect(competitorOpenAt([ev(8, 'ouverture'), ev(8, 'fermeture')].map((e) => ({ ...e, durationTicks: 2, motives: [] })), 8)).toBe(false);
  });
});
