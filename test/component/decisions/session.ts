/** A started game session on the real engine (in process), for the decisions screen's component tests. */
import { configure } from '@testing-library/svelte';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

// the real engine runs in these tests and the machine is shared: give asynchronous updates time
configure({ asyncUtilTimeout: 10_000 });

export const scenario: Scenario = smallScenario(shippedScenarioList()[0], 300);

export async function started(s: Scenario = scenario) {
  const notices = new Notices();
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices });
  await session.start(s, 5, 'test');
  return { session, notices };
}
