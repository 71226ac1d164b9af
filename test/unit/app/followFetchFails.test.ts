/**
 * review4 #2: a read-only tab fetches its follow code (readOnlyFollow.ts) when the other tab first saves a period. A
 * failed fetch (offline before the cache was filled, a new version on the server) was silent, and Chromium keeps a
 * failed module fetch until the page is reloaded, so each « Recharger » failed again with no word. It is said, as any
 * unexpected failure (« rechargez la page »), and nothing shown changes.
 */
import { describe, expect, it, vi } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import type { RunEvent } from '../../../src/db/tabGuard.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { inProcessEngineTransport } from './engineTransport.ts';

vi.mock('../../../src/app/readOnlyFollow.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module: readOnlyFollow.js');
});

const scenario = smallScenario(shippedScenarioList()[0], 300);
const newSession = (store: RunStore, notices = new Notices()) => new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store, notices });

describe('a read-only tab whose follow code cannot be fetched', () => {
  it('says so instead of staying silent, and keeps showing what it showed', async () => {
    const store = memoryRunStore();
    const first = newSession(store);
    await first.start(scenario, 3, 'hors ligne');
    await first.advance(1);
    const listeners: ((event: RunEvent) => void)[] = [];
    const held: RunStore = { ...store, loadRun: async (id) => ({ ...(await store.loadRun(id)), readOnly: true }), watch: (_id, onEvent) => (listeners.push(onEvent), () => {}) };
    const notices = new Notices();
    const session = newSession(held, notices);
    await session.resume(first.runId!);
    expect([session.readOnly, session.tick]).toEqual([true, 1]);
    await first.advance(1);
    listeners.at(-1)!({ type: 'saved', tick: 2 });
    await vi.waitFor(() => expect(notices.list.map((n) => [n.level, n.key])).toContainEqual(['error', 'app.unexpectedError']), { timeout: 10_000 });
    expect(session.tick).toBe(1);
  });
});
