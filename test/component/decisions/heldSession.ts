/**
 * A decisions-screen session whose period saves can be held: once `control.hold` is set, each save waits
 * until the test calls the resolver pushed on `held`, so a test sees the time bar between two periods
 * whatever the machine's speed (advanceProgress, advanceKeepsFocus).
 */
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { scenario } from './session.ts';

export async function heldSession(durationTicks: number, tickUnit: Scenario['tickUnit'] = scenario.tickUnit) {
  const store = memoryRunStore();
  const held: (() => void)[] = [];
  const control = { hold: false };
  const commit = store.commitTick.bind(store);
  store.commitTick = async (runId, tick) => {
    if (control.hold) await new Promise<void>((resolve) => held.push(resolve));
    return commit(runId, tick);
  };
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store, notices: new Notices() });
  await session.start({ ...scenario, durationTicks, tickUnit }, 5, 'test');
  return { session, held, control };
}
