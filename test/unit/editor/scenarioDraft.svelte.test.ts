/**
 * The draft's one open dated event (the editor shows the others one line each): a message's field opens
 * its event, removing an event or a competitor keeps the open one on the same event (or closes it when it
 * is the one removed), a new scenario closes it; problems are counted per event for the closed lines.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioDraft } from '../../../src/ui/editor/scenarioDraft.svelte.ts';
import { eventItemOf } from '../../../src/ui/editor/draftPath.ts';
import { manyEventsScenario } from '../../fixtures/manyEventsScenario.ts';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function draftOf(initial: unknown): ScenarioDraft {
  let draft!: ScenarioDraft;
  cleanup = $effect.root(() => {
    draft = new ScenarioDraft(initial, () => 'fr');
  });
  return draft;
}

describe('the open dated event of a draft', () => {
  it('knows which event a field lies in', () => {
    expect(eventItemOf(['events', 3, 'label', 'fr'])).toEqual(['events', 3]);
    expect(eventItemOf(['competitors', 1, 'events', 74, 'tick'])).toEqual(['competitors', 1, 'events', 74]);
    expect(eventItemOf(['competitors', 1, 'attractiveness'])).toBeNull();
    expect(eventItemOf(['events'])).toBeNull();
  });

  it('opens the event of a message and counts each event’s problems', () => {
    const draft = draftOf({ ...manyEventsScenario(300), durationTicks: 148 });
    expect(draft.problemsIn(['events', 149])).toBe(1);
    expect(draft.problemsIn(['competitors', 1, 'events', 74])).toBe(1);
    expect(draft.problemsIn(['events', 147])).toBe(0);
    expect(draft.reveal(['competitors', 1, 'events', 74, 'tick'])).toBe(true);
    expect(draft.openEvent).toEqual(['competitors', 1, 'events', 74]);
    expect(draft.reveal(['durationTicks'])).toBe(false);
    expect(draft.openEvent).toEqual(['competitors', 1, 'events', 74]);
  });

  it('keeps the open event on the same event when one before it is removed, and closes it when it is removed', () => {
    const draft = draftOf(manyEventsScenario(300));
    draft.openEvent = ['events', 5];
    draft.removeAt(['events'], 7);
    expect(draft.openEvent).toEqual(['events', 5]);
    draft.removeAt(['events'], 1);
    expect(draft.openEvent).toEqual(['events', 4]);
    draft.removeAt(['events'], 4);
    expect(draft.openEvent).toBeNull();

    draft.openEvent = ['competitors', 1, 'events', 10];
    draft.removeAt(['competitors', 1, 'events'], 0);
    expect(draft.openEvent).toEqual(['competitors', 1, 'events', 9]);
    draft.removeAt(['competitors'], 0);
    expect(draft.openEvent).toEqual(['competitors', 0, 'events', 9]);
    expect(draft.get(['competitors', 0, 'events', 9, 'label', 'en'])).toBe('Competitor move 11');
    draft.removeAt(['competitors'], 0);
    expect(draft.openEvent).toBeNull();

    draft.openEvent = ['events', 2];
    draft.replace(manyEventsScenario(10));
    expect(draft.openEvent).toBeNull();
  });
});
