/**
 * Without a worker (the single file opened from file://) the class view replays on the page: in
 * slices that give the page its turn, so a file's replay no longer freezes it (QA class of 30,
 * finding 6: about 1 s per file), with the very same outcome as the engine's runSimulation.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { replayWith, type ReplayRequest } from '../../../src/results/replay.ts';
import { pageReplayer, replayInSlices } from '../../../src/ui/class/browserReplayer.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const request: ReplayRequest = {
  scenario: fixtureScenario(),
  seed: 7,
  ticks: 12,
  decisions: [
    { tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] },
    { tick: 2, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.2 }] },
  ],
};

describe('replay on the page, in slices', () => {
  it('gives the same outcome as the engine’s whole run, refused actions included', async () => {
    let pauses = 0;
    const sliced = await replayInSlices(engine, request, async () => void (pauses += 1), 0);
    expect(sliced).toEqual(replayWith(engine, request));
    // a slice of 0 ms: the page gets its turn before every tick (making the customers is a slice too)
    expect(pauses).toBe(request.ticks);
  });

  it('lets the page run (a timer, an input) while a file is replayed', async () => {
    const replay = pageReplayer(() => new Promise((resolve) => setTimeout(resolve, 0)), 0);
    await replay(request); // the engine's module loaded
    const order: string[] = [];
    setTimeout(() => order.push('page'), 0);
    await replay(request).then(() => order.push('replayed'));
    expect(order).toEqual(['page', 'replayed']);
  });
});
