/**
 * « Retirer les événements après la fin » on a draft (QA qa13 E2), 12 weeks shortened to 4 (the event at week 3, the last, stays): offered only once the duration is one
 * the check accepts, it removes them in one edit (the draft then valid), says what went and puts it back
 * with « Annuler » until the draft's next change; lengthening the duration again does not bring them back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { ScenarioDraft } from '../../../src/ui/editor/scenarioDraft.svelte.ts';
import { PastEndPrune } from '../../../src/ui/editor/pastEndPrune.svelte.ts';
import { fixtureScenarioInput } from '../../fixtures/scenario.ts';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function setUp(): { draft: ScenarioDraft; prune: PastEndPrune } {
  let draft!: ScenarioDraft;
  let prune!: PastEndPrune;
  cleanup = $effect.root(() => {
    draft = new ScenarioDraft(
      {
        ...fixtureScenarioInput,
        events: [
          { tick: 3, kind: 'saisonHaute', intensity: 1.2 },
          { tick: 9, kind: 'travaux', intensity: 0.5 },
        ],
      },
      () => 'fr',
    );
    prune = new PastEndPrune(draft);
  });
  return { draft, prune };
}

const ticks = (draft: ScenarioDraft) => (draft.get(['events']) as { tick: number }[]).map((e) => e.tick);

describe('removing the events after the end of a draft', () => {
  it('offers nothing while the duration covers every event, or is not yet one the check accepts', () => {
    const { draft, prune } = setUp();
    expect(prune.items).toEqual([]);
    draft.set(['durationTicks'], 2);
    expect(prune.items).toEqual([]);
    draft.set(['durationTicks'], 4);
    expect(prune.events).toBe(2);
    expect(prune.deadlines).toBe(1);
  });

  it('removes them in one edit, says what went, and puts the draft back with « Annuler »', () => {
    const { draft, prune } = setUp();
    draft.set(['durationTicks'], 4);
    expect(draft.errors).toHaveLength(3);
    draft.openEvent = ['events', 1];
    prune.prune();
    flushSync();
    expect(draft.errors).toEqual([]);
    expect(ticks(draft)).toEqual([3]);
    expect(draft.get(['competitors', 0, 'events'])).toEqual([]);
    expect(draft.get(['objectives', 1, 'byTick'])).toBeUndefined();
    expect(draft.openEvent).toBeNull();
    expect(draft.dirty).toBe(true);
    expect(prune.items).toEqual([]);
    expect(prune.done?.duration).toBe(4);
    expect(prune.done?.removed.map((item) => item.tick)).toEqual([4, 9, 8]);

    prune.undo();
    expect(ticks(draft)).toEqual([3, 9]);
    expect(draft.get(['competitors', 0, 'events', 0, 'tick'])).toBe(4);
    expect(draft.get(['objectives', 1, 'byTick'])).toBe(8);
    expect(draft.errors).toHaveLength(3);
    expect(prune.done).toBeNull();
    expect(prune.events).toBe(2);
  });

  it('forgets what it removed at the next change: lengthening the duration does not bring it back', () => {
    const { draft, prune } = setUp();
    draft.set(['durationTicks'], 4);
    prune.prune();
    expect(prune.done).not.toBeNull();
    draft.set(['durationTicks'], 12);
    expect(prune.done).toBeNull();
    prune.undo();
    expect(ticks(draft)).toEqual([3]);
    expect(draft.get(['durationTicks'])).toBe(12);
  });
});
