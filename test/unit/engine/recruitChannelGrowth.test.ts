/**
 * state.recruitChannel (each customer's campaign channel, 0 = none or not known) is grown in two
 * places that share one copy (state.ts growRecruitChannel): ensureCapacity when the base grows, and
 * recruitChannels for a state saved without the tags or with too few. Both keep the first customers'
 * tags, never more than state.n, and leave the rest 0.
 */
import { describe, expect, it } from 'vitest';
import { testScenario } from './fixtures.ts';
import { createSimulation } from '../../../src/engine/index.ts';
import { ensureCapacity, recruitChannels } from '../../../src/engine/state.ts';

function smallState() {
  const state = createSimulation(testScenario(), { seed: 3, customers: 50 });
  const tags = recruitChannels(state);
  for (let i = 0; i < state.n; i++) tags[i] = (i % 3) + 1;
  return state;
}

describe('recruit channel growth', () => {
  it('ensureCapacity keeps every customer’s tag and adds empty ones', () => {
    const state = smallState();
    const before = state.recruitChannel!.slice(0, state.n);
    ensureCapacity(state, state.capacity + 1);
    expect(state.recruitChannel!.length).toBe(state.capacity);
    expect(state.recruitChannel!.subarray(0, state.n)).toEqual(before);
    expect(state.recruitChannel!.subarray(state.n).every((v) => v === 0)).toBe(true);
  });

  it('recruitChannels makes the tags of a state saved without them, and grows a short array keeping its tags', () => {
    const state = smallState();
    const kept = state.recruitChannel!.slice(0, 10);
    delete state.recruitChannel;
    const made = recruitChannels(state);
    expect(made.length).toBe(state.capacity);
    expect(made.every((v) => v === 0)).toBe(true);
    expect(state.recruitChannel).toBe(made);

    state.recruitChannel = kept;
    const grown = recruitChannels(state);
    expect(grown.length).toBe(state.capacity);
    expect(Array.from(grown.subarray(0, 10))).toEqual(Array.from(kept));
    expect(grown.subarray(10).every((v) => v === 0)).toBe(true);
    // long enough: the same array
    expect(recruitChannels(state)).toBe(grown);
  });

  it('never copies beyond the customers the state holds', () => {
    const state = smallState();
    const long = new Uint8Array(state.capacity).fill(7);
    state.recruitChannel = long.subarray(0, state.capacity - 1);
    const grown = recruitChannels(state);
    expect(grown.subarray(0, state.n).every((v) => v === 7)).toBe(true);
    expect(grown.subarray(state.n).every((v) => v === 0)).toBe(true);
  });
});
