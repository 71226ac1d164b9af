import { describe, expect, it } from 'vitest';
import { canBranch, canRollBack, DEFAULT_RUN_MODE, RUN_MODES, runModeOf } from '../../../src/app/runMode.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { shippedScenarioList, smallScenario } from '../app/testServices.ts';
import { inProcessEngineTransport } from '../app/engineTransport.ts';

const scenario = smallScenario(shippedScenarioList()[0], 200);

describe('run mode', () => {
  it('is the result file mode: sandbox or committed, and older records read as sandbox', () => {
    expect(RUN_MODES).toEqual(['sandbox', 'committed']);
    expect(runModeOf('committed')).toBe('committed');
    expect(runModeOf('sandbox')).toBe('sandbox');
    expect(runModeOf('libre')).toBe(DEFAULT_RUN_MODE);
    expect(runModeOf(undefined)).toBe('sandbox');
  });

  it('lets a sandbox run go back and branch at any time; a committed run never goes back and branches only when over', () => {
    expect(canRollBack('sandbox')).toBe(true);
    expect(canRollBack('committed')).toBe(false);
    expect(canBranch('sandbox', false)).toBe(true);
    expect(canBranch('committed', false)).toBe(false);
    expect(canBranch('committed', true)).toBe(true);
  });

  it('is recorded at run creation and comes back on resume (memory store)', async () => {
    const store = memoryRunStore();
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store, notices: new Notices() });
    await session.start(scenario, 3, 'engagé', { mode: 'committed' });
    expect(session.mode).toBe('committed');
    const id = session.runId!;
    await session.start(scenario, 3, 'libre');
    expect(session.mode).toBe('sandbox');
    await session.resume(id);
    expect(session.mode).toBe('committed');
  });

  it('committed: once a period is simulated its decisions cannot be undone (undo only takes back pending ones)', async () => {
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(scenario, 3, 'engagé', { mode: 'committed' });
    session.add({ type: 'enquete', instrument: 'questionnaire', sampleSize: 20 });
    await session.advance(1);
    expect(session.undo()).toBeUndefined();
    expect(session.tick).toBe(1);
    expect(session.decisions).toEqual([{ tick: 0, actions: [expect.objectContaining({ type: 'enquete' })] }]);
  });

  it('is stored in IndexedDB with the run and read back on resume', async () => {
    const fdb = await openMemoryDb();
    const { store } = dbServices(fdb);
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store, notices: new Notices() });
    await session.start(scenario, 3, 'engagé', { mode: 'committed' });
    const id = session.runId!;
    expect((await fdb.db.get('runs', id))?.mode).toBe('committed');
    session.close();
    await session.resume(id);
    expect(session.mode).toBe('committed');
  });
});
