/**
 * A refused decision of one run stayed at the top of every page after the learner started other
 * shops (« Action refusée par la simulation (Collecte de données) » from the bakery over Belle
 * Nature's week 1: QA F22). The notices about a run go when another run is started, resumed or
 * imported; the app's own (a storage fault, the in-memory warning) stay.
 */
import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';

const keys = (n: Notices) => n.list.map((x) => x.key);

describe('notices about a run', () => {
  it('the store: runOpened drops the notices about other runs, keeps those about this one and the app’s', () => {
    const notices = new Notices();
    notices.push('warning', 'decisions.rejected', { action: 'a', reason: 'b' }, undefined, { run: 'bakery' });
    notices.push('warning', 'decisions.notAllowed', undefined, undefined, { run: 'optician' });
    notices.push('error', 'db.quotaExceeded');
    notices.runOpened('optician');
    expect(keys(notices)).toEqual(['decisions.notAllowed', 'db.quotaExceeded']);
    // an import: no run is about it yet
    notices.runOpened(null);
    expect(keys(notices)).toEqual(['db.quotaExceeded']);
  });

  it('a refused decision’s notice goes when another shop is started or a saved one resumed, a storage fault stays', async () => {
    const [bakery, other] = shippedScenarioList().map((s) => smallScenario(s, 300));
    const notices = new Notices();
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices });
    await session.start(bakery, 5, 'boulangerie');
    const bakeryRun = session.runId!;
    // lost customers only: the simulation refuses it (« la cible ne contient aucun client »)
    expect(session.add({ type: 'collecteDonnees', instrument: 'carteFidelite', target: { stages: ['perdu'] } })).toBe(true);
    await session.advance(1);
    expect(keys(notices)).toEqual(['decisions.rejected']);
    notices.push('error', 'db.quotaBranch');

    await session.start(other, 5, 'autre');
    expect(keys(notices)).toEqual(['db.quotaBranch']);

    // the other shop's own refusal, then the bakery resumed: it goes too
    session.add({ type: 'collecteDonnees', instrument: 'jeuConcours', target: { stages: ['perdu'] } });
    await session.advance(1);
    expect(keys(notices)).toEqual(['db.quotaBranch', 'decisions.rejected']);
    expect(await session.resume(bakeryRun)).toBe(true);
    expect(keys(notices)).toEqual(['db.quotaBranch']);
    expect(session.rejections).toHaveLength(1);
  });
});
