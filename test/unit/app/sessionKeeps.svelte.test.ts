/**
 * What a run remembers across reloads (a new session over the same store, as after a reload, a
 * bookmark or a reopened browser): the teacher's class link settings it started with, which win over
 * the page's link for that run, and the decisions queued for the next tick.
 */
import { describe, expect, it, vi } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { ClassSettings, tellRunSettings } from '../../../src/presets/classSettings.svelte.ts';
import { noticeText } from '../../../src/app/noticeText.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { combineAccess, OPEN_ACCESS } from '../../../src/missions/tools.ts';
import type { Presets } from '../../../src/presets/presets.ts';
import type { ActionInput } from '../../../src/engine/decisions.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);
const social: ActionInput = { type: 'lienSocial', instrument: 'club', target: { segments: ['futurNonClient'] } };
const survey: ActionInput = { type: 'enquete', instrument: 'questionnaire', sampleSize: 50 };
const coupon: ActionInput = { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: {} };

/** A session wired as the app shell does (App.svelte): the page's class link, the run's own settings winning for that run. */
function page(store: RunStore, link: Presets = { lock: [], hide: [] }) {
  const notices = new Notices();
  const engine = new EngineClient(inProcessEngineTransport());
  const session = new GameSession({ engine, store, notices });
  const settings = new ClassSettings({ run: () => (session.active ? session.classSettings : null) });
  settings.presets = link;
  session.useClassSettings(() => settings.forNewRun());
  session.useAccess(() => combineAccess(settings.access, OPEN_ACCESS));
  return { session, settings, notices };
}

const classLink: Presets = { shop: scenario.id, seed: 4242, mode: 'committed', lock: ['financier'], hide: ['lienSocial'] };

describe('a run opened again without its class link', () => {
  it('keeps the locks and hidden tools it started with (over IndexedDB), and says so', async () => {
    const fdb = await openMemoryDb({ persist: false });
    // the same tab reloaded: a new page state over the same database (its lock on the run is this tab's)
    const tab = dbServices(fdb);
    const first = page(tab.store, classLink);
    await first.session.start(scenario, 4242, 'classe', { mode: 'committed' });
    expect(first.session.add(coupon)).toBe(false);
    await first.session.advance(1);
    const runId = first.session.runId!;

    // the address without the parameters: no class link on the page
    const second = page(tab.store);
    expect(second.settings.access).toEqual({ locked: [], hidden: [] });
    expect(await second.session.resume(runId)).toBe(true);
    expect(second.session.classSettings).toEqual({ shop: scenario.id, seed: 4242, mode: 'committed', lock: ['financier'], hide: ['lienSocial'] });
    expect(second.settings.access).toEqual({ locked: ['financier'], hidden: ['lienSocial'] });
    expect(second.session.add(coupon)).toBe(false);
    expect(second.session.add(social)).toBe(false);
    expect(second.session.pending).toEqual([]);
    expect(second.notices.list.map((n) => n.key)).toEqual(['presets.toolLocked']);

    tellRunSettings(second.notices, second.session.classSettings, scenario.id);
    const tr = ((key: string, p?: Record<string, string | number>) => translate('fr', key, p)) as never;
    const told = second.notices.list.find((n) => n.key === 'presets.runSettings')!;
    expect(noticeText(tr, told, 'fr')).toBe(
      frenchText`Réglages de votre enseignant pour cette partie : Commerce choisi par votre enseignant ; Graine fixée par le lien de classe : 4242 ; ` +
        frenchText`Mode engagé : décisions définitives ; Outils verrouillés par votre enseignant : Avantage financier.`,
    );
    fdb.close();
  });

  it('the run’s own settings win over another link on the page; a run started from that link keeps the new ones', async () => {
    const store = memoryRunStore();
    const first = page(store, classLink);
    await first.session.start(scenario, 4242, 'verrouillée');
    const locked = first.session.runId!;

    const other = page(store, { lock: ['enquete'], hide: [] });
    await other.session.resume(locked);
    expect(other.settings.access).toEqual({ locked: ['financier'], hidden: ['lienSocial'] });
    expect(other.session.add(survey)).toBe(true);
    await other.session.start(scenario, 1, 'nouvelle');
    expect(other.session.classSettings).toEqual({ lock: ['enquete'], hide: [] });
    expect(other.settings.access).toEqual({ locked: ['enquete'], hidden: [] });
    expect(other.session.add(coupon)).toBe(true);
  });

  it('a run saved before runs kept their settings still follows the page’s link', async () => {
    const store = memoryRunStore();
    const first = page(store);
    // as an older version stored it: no class settings at all
    first.session.useClassSettings(() => undefined);
    await first.session.start(scenario, 2, 'ancienne');
    const again = page(store, { lock: ['financier'], hide: [] });
    await again.session.resume(first.session.runId!);
    expect(again.session.classSettings).toBeNull();
    expect(again.settings.access).toEqual({ locked: ['financier'], hidden: [] });
    const notices = new Notices();
    tellRunSettings(notices, again.session.classSettings, scenario.id);
    expect(notices.list).toEqual([]);
  });
});

describe('decisions queued for the next period', () => {
  it('come back after a reload (over IndexedDB), undo still works, and the next period applies them', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const tab = dbServices(fdb);
    const first = page(tab.store);
    await first.session.start(scenario, 9, 'file d’attente');
    await first.session.advance(1);
    expect(first.session.add(social)).toBe(true);
    expect(first.session.add(survey)).toBe(true);
    expect(first.session.add(coupon)).toBe(true);
    first.session.remove(1);
    const runId = first.session.runId!;

    const second = page(tab.store);
    await vi.waitFor(async () => {
      await second.session.resume(runId);
      expect(second.session.pending.map((a) => a.type)).toEqual(['lienSocial', 'financier']);
    }, { timeout: 10_000 });
    expect(second.session.tick).toBe(1);
    expect(second.session.undo()?.type).toBe('financier');

    const third = page(tab.store);
    await vi.waitFor(async () => {
      await third.session.resume(runId);
      expect(third.session.pending.map((a) => a.type)).toEqual(['lienSocial']);
    }, { timeout: 10_000 });
    await third.session.advance(1);
    expect(third.session.decisions).toEqual([{ tick: 1, actions: [expect.objectContaining({ type: 'lienSocial', instrument: 'club' })] }]);
    expect(third.session.pending).toEqual([]);

    const fourth = page(tab.store);
    await fourth.session.resume(runId);
    expect([fourth.session.tick, fourth.session.pending]).toEqual([2, []]);
    expect(fourth.session.decisions).toEqual(third.session.decisions);
    fdb.close();
  });

  it('a tick that cannot be saved keeps them queued, in memory and in the store', async () => {
    const base = memoryRunStore();
    let fail = true;
    const store: RunStore = {
      ...base,
      commitTick: async (id, tick) => {
        if (fail) throw new Error('disque plein');
        await base.commitTick(id, tick);
      },
    };
    const { session } = page(store);
    await session.start(scenario, 4, 'disque');
    session.add(survey);
    await session.advance(1);
    expect([session.tick, session.pending.map((a) => a.type)]).toEqual([0, ['enquete']]);
    expect((await base.loadRun(session.runId!)).pending?.map((a) => a.type)).toEqual(['enquete']);
    fail = false;
    await session.advance(1);
    expect((await base.loadRun(session.runId!)).pending).toBeUndefined();
  });

  it('a second tab shows them but cannot change them', async () => {
    const store = memoryRunStore();
    const first = page(store);
    await first.session.start(scenario, 3, 'deux onglets');
    first.session.add(survey);
    const held: RunStore = { ...store, loadRun: async (id) => ({ ...(await store.loadRun(id)), readOnly: true }) };
    const second = page(held);
    await vi.waitFor(async () => {
      await second.session.resume(first.session.runId!);
      expect(second.session.pending.map((a) => a.type)).toEqual(['enquete']);
    }, { timeout: 10_000 });
    expect(second.session.undo()).toBeUndefined();
    second.session.remove(0);
    expect(second.session.pending.map((a) => a.type)).toEqual(['enquete']);
    expect((await store.loadRun(first.session.runId!)).pending?.map((a) => a.type)).toEqual(['enquete']);
    expect(second.notices.list.map((n) => n.key)).toContain('db.readOnly');
  });
});
