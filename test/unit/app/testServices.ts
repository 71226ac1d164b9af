/**
 * Services for component and session tests: the shipped scenarios (smaller copies), an
 * in-memory run store unless another is given, and the engine transport the test chooses
 * (in-process real engine from ./engineTransport.ts; jsdom has no Worker).
 */
import { EngineClient, type EngineTransport } from '../../../src/app/engineClient.ts';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import type { AppServices, AppStorage } from '../../../src/app/services.ts';
import { sessionCustomerSource } from '../../../src/app/sessionCustomerSource.ts';
import { collectScenarios } from '../../../src/scenario/shippedBuild.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { readFileSync, readdirSync } from 'node:fs';

export function shippedScenarioList(): Scenario[] {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync('scenarios').filter((f) => f.endsWith('.json')))
    files[`/scenarios/${name}`] = JSON.parse(readFileSync(`scenarios/${name}`, 'utf8'));
  return collectScenarios(files).scenarios.map((s) => s.scenario);
}

/** For screens that never reach the engine (navigation, language): any request fails loudly. */
export function noEngineTransport(): EngineTransport {
  return {
    send: async (request) => {
      throw new Error(`moteur non prévu dans ce test (${request.kind})`);
    },
    close() {},
  };
}

/** A smaller copy of a scenario so tests simulate quickly. */
export function smallScenario(scenario: Scenario, customers = 400): Scenario {
  return {
    ...scenario,
    customers: { ...scenario.customers, initial: customers, prospectPool: customers },
  };
}

export function testServices(
  options: {
    transport?: EngineTransport;
    store?: RunStore;
    library?: RunLibrary | null;
    scenarios?: Scenario[];
    /** the storage as the app gets it, e.g. one still opening (default: already open, with store and library) */
    storage?: Promise<AppStorage>;
  } = {},
): AppServices {
  return {
    scenarios: options.scenarios ?? shippedScenarioList().map((s) => smallScenario(s)),
    engine: new EngineClient(options.transport ?? noEngineTransport()),
    // already open: the app shows the saved runs a microtask after its first render
    storage: options.storage ?? Promise.resolve({ store: options.store ?? memoryRunStore(), library: options.library ?? null, customers: sessionCustomerSource }),
    // no database: the customer files read the session's history
    keepHistory: (options.library ?? null) === null,
  };
}
