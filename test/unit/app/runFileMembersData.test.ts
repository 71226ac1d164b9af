/**
 * A personalisation's KPIs record its members' profile data while it runs (ProgrammeKpi.membersDataNow, QA shops F4):
 * a run file exported before that record is still replayed and imported (the replay's programmes drop the field the
 * file's do not hold); a changed record is refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { openMemoryDb, type FidelisDb } from '../../../src/db/openDatabase.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { inProcessEngineTransport } from './engineTransport.ts';

const [bakery] = shippedScenarioList();
const scenario = smallScenario(bakery, 300);

let fdb: FidelisDb | null = null;
afterEach(() => {
  fdb?.close();
  fdb = null;
});

interface ProgrammeJson {
  membersDataNow?: { members: number; withData: number; known: number };
}

async function played() {
  fdb = await openMemoryDb({ persist: false });
  const engine = new EngineClient(inProcessEngineTransport());
  const db = dbServices(fdb, { engine: Promise.resolve(engine) });
  const session = new GameSession({ engine, store: db.store, notices: new Notices() });
  await session.start(scenario, 11, 'Boulangerie (11)');
  session.add({ type: 'personnalisation', instrument: 'personalShopper', target: { segments: ['bon', 'tresBon'] } });
  await session.advance(2);
  const { blob } = await db.library.exportRun!(session.runId!, { unnamed: 'partie' });
  const text = await blob.text();
  return { db, data: () => JSON.parse(text) as { kpis: { programmes: ProgrammeJson[] }[] } };
}

const asFile = (value: unknown) => new File([JSON.stringify(value)], 'partie.json');

describe('a run file exported before the personalisation recorded its members’ data', () => {
  it('is still replayed and imported; a changed record is refused', async () => {
    const { db, data } = await played();
    const old = data();
    expect(old.kpis.every((k) => k.programmes[0].membersDataNow !== undefined)).toBe(true);
    for (const k of old.kpis) delete k.programmes[0].membersDataNow;
    await expect(db.library.importRun!(asFile(old))).resolves.toMatchObject({ copy: true });
    const changed = data();
    changed.kpis[1].programmes[0].membersDataNow!.withData += 1;
    await expect(db.library.importRun!(asFile(changed))).rejects.toMatchObject({ code: 'importTampered', params: { period: 2 } });
  });
});
