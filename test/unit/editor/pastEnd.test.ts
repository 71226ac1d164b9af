/**
 * What falls after the end of a shortened scenario (QA qa13 E2): the shop's and every competitor's events
 * at a period the run no longer reaches, and the objectives checked after its end; an event at the last
 * period, or an objective checked at the end, stays. Removing them leaves everything else as it was.
 */
import { describe, expect, it } from 'vitest';
import { pastEnd, withoutPastEnd } from '../../../src/ui/editor/pastEnd.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { fixtureScenarioInput } from '../../fixtures/scenario.ts';
import type { JsonObject } from '../../../src/ui/editor/draftPath.ts';

const event = (tick: number | string, kind = 'saisonHaute') => ({ tick, kind, intensity: 0.5 });
const draft = (durationTicks: unknown): JsonObject =>
  JSON.parse(
    JSON.stringify({
      ...fixtureScenarioInput,
      durationTicks,
      events: [event(2), event(6), event(5), event(30), event('12a')],
      competitors: [
        { id: 'a', name: 'A', attractiveness: 0.2, events: [event(6, 'promotion'), event(1, 'promotion')] },
        { id: 'b', name: 'B', attractiveness: 0.2 },
        { id: 'c', name: 'C', attractiveness: 0.2, events: [event(5, 'promotion'), event(7, 'promotion')] },
      ],
      objectives: [
        { ...fixtureScenarioInput.objectives[0], byTick: 6 },
        { ...fixtureScenarioInput.objectives[1], byTick: 7 },
        fixtureScenarioInput.objectives[2],
      ],
    }),
  ) as JsonObject;

describe('the items after the end of a scenario', () => {
  it('finds the events at or after the duration and the deadlines after it, in the form’s order', () => {
    expect(pastEnd(draft(6), 6)).toEqual([
      { path: ['competitors', 0, 'events', 0], what: 'event', tick: 6 },
      { path: ['competitors', 2, 'events', 1], what: 'event', tick: 7 },
      { path: ['events', 1], what: 'event', tick: 6 },
      { path: ['events', 3], what: 'event', tick: 30 },
      { path: ['objectives', 1], what: 'deadline', tick: 7 },
    ]);
  });

  it('keeps an event at the last period and an objective checked at the end', () => {
    const found = pastEnd(draft(6), 6).map((item) => item.path);
    expect(found).not.toContainEqual(['events', 2]);
    expect(found).not.toContainEqual(['competitors', 2, 'events', 0]);
    expect(found).not.toContainEqual(['objectives', 0]);
  });

  it('is exactly what the scenario’s check reports after the end', () => {
    const scenario = draft(6);
    (scenario.events as JsonObject[]).splice(4, 1);
    const parsed = parseScenario(scenario);
    const afterEnd = parsed.ok ? [] : parsed.errors.filter((e) => /après la fin|dépasse la durée/.test(e.message)).map((e) => e.path.slice(0, -1));
    expect(afterEnd.sort()).toEqual(pastEnd(scenario, 6).map((item) => item.path).sort());
    expect(parseScenario(withoutPastEnd(scenario, pastEnd(scenario, 6))).ok).toBe(true);
  });

  it('finds nothing without a whole duration', () => {
    for (const duration of [undefined, '6', 6.5, 0, Number.NaN]) expect(pastEnd(draft(duration), duration)).toEqual([]);
    expect(pastEnd({ durationTicks: 6 }, 6)).toEqual([]);
  });

  it('removes those events, moves those deadlines to the end and leaves the rest, the draft untouched', () => {
    const before = draft(6);
    const kept = JSON.stringify(before);
    const after = withoutPastEnd(before, pastEnd(before, 6));
    expect(JSON.stringify(before)).toBe(kept);
    expect((after.events as JsonObject[]).map((e) => e.tick)).toEqual([2, 5, '12a']);
    const competitors = after.competitors as JsonObject[];
    expect((competitors[0].events as JsonObject[]).map((e) => e.tick)).toEqual([1]);
    expect(competitors[1].events).toBeUndefined();
    expect((competitors[2].events as JsonObject[]).map((e) => e.tick)).toEqual([5]);
    const objectives = after.objectives as JsonObject[];
    expect(objectives.map((o) => o.byTick)).toEqual([6, undefined, undefined]);
    expect(objectives[1]).not.toHaveProperty('byTick');
    expect(objectives[1].id).toBe('actifs');
    expect({ ...after, events: null, competitors: null, objectives: null }).toEqual({ ...before, events: null, competitors: null, objectives: null });
  });
});
