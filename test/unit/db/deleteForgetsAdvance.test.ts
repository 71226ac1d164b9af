// @vitest-environment jsdom
/**
 * A deleted run's advance marks (review19 n9): `fidelis-advance-<runId>` and `fidelis-advance-stopped-<runId>` are kept in
 * the browser's localStorage beside the run (RunStore.markAdvance, markStopped); deleting the run removes them with it,
 * for each run deleted (an original with its branches, a branch), and leaves the marks of the runs kept.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { advanceKey, dbServices, stoppedKey } from '../../../src/app/dbRunStore.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { getRun } from '../../../src/db/runsRepository.ts';
import { inProcessEngineTransport } from '../app/engineTransport.ts';
import { shippedScenarioList, smallScenario } from '../app/testServices.ts';

const scenario = smallScenario(shippedScenarioList()[0], 200);

/** An original played one period, with a branch and that branch's own branch; every one of them marked. */
async function family() {
  const fdb = await openMemoryDb({ persist: false });
  const db = dbServices(fdb);
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: db.store, notices: new Notices() });
  await session.start(scenario, 5, 'origine');
  await session.advance(1);
  const original = session.runId!;
  const record = await getRun(fdb, original);
  await fdb.db.put('runs', { ...record, id: 'branche', parentRunId: original, branchTick: 1 });
  await fdb.db.put('runs', { ...record, id: 'sous-branche', parentRunId: 'branche', branchTick: 1 });
  const ids = [original, 'branche', 'sous-branche'];
  for (const id of ids) {
    db.store.markAdvance!(id, 4);
    db.store.markStopped!(id, 2);
  }
  return { fdb, db, original, ids };
}

const marked = (id: string) => localStorage.getItem(advanceKey(id)) !== null || localStorage.getItem(stoppedKey(id)) !== null;

beforeEach(() => localStorage.clear());

describe('deleting a run forgets its advance marks', () => {
  it('an original deleted with its branches: the marks of all three', async () => {
    const { fdb, db, original, ids } = await family();
    expect(ids.every(marked)).toBe(true);
    await db.library.remove(original, { branches: 'delete' });
    expect(ids.filter(marked)).toEqual([]);
    fdb.close();
  });

  it('an original whose branches are kept: its marks only', async () => {
    const { fdb, db, original } = await family();
    await db.library.remove(original, { branches: 'keep' });
    expect([original, 'branche', 'sous-branche'].filter(marked)).toEqual(['branche', 'sous-branche']);
    fdb.close();
  });

  it('a branch: its marks only, its own branch and its original keep theirs', async () => {
    const { fdb, db, original } = await family();
    await db.library.remove('branche');
    expect([original, 'branche', 'sous-branche'].filter(marked)).toEqual([original, 'sous-branche']);
    fdb.close();
  });
});
