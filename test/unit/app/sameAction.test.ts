import { describe, expect, it } from 'vitest';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { alreadyQueued, inputQueued } from '../../../src/app/sameAction.ts';
import { actionSchema, type Action } from '../../../src/engine/decisions.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { inProcessEngineTransport } from './engineTransport.ts';

const parse = (input: unknown): Action => actionSchema.parse(input);

describe('the same decision twice in one period (QA robust #1)', () => {
  it('is the same type, tool, parameters and target, whatever the order of the keys', () => {
    const club = parse({ type: 'lienSocial', instrument: 'club', target: { segments: ['nouveau', 'bon'], limit: 100 } });
    expect(alreadyQueued([club], parse({ type: 'lienSocial', instrument: 'club', target: { limit: 100, segments: ['nouveau', 'bon'] } }))).toBe(true);
    expect(alreadyQueued([club], parse({ type: 'lienSocial', instrument: 'club', target: { limit: 101, segments: ['nouveau', 'bon'] } }))).toBe(false);
    expect(alreadyQueued([club], parse({ type: 'lienSocial', instrument: 'evenementPrive', target: { segments: ['nouveau', 'bon'], limit: 100 } }))).toBe(false);
    expect(alreadyQueued([club], parse({ type: 'lienSocial', instrument: 'club', target: { segments: ['nouveau', 'bon'], limit: 100 }, durationTicks: 4 }))).toBe(false);
    // the whole base by default
    expect(inputQueued([parse({ type: 'acquisition', channel: 'flyers', budget: 500 })], { type: 'acquisition', channel: 'flyers', budget: 500 })).toBe(true);
    expect(inputQueued([parse({ type: 'acquisition', channel: 'flyers', budget: 500 })], { type: 'acquisition', channel: 'flyers', budget: 600 })).toBe(false);
    expect(inputQueued([parse({ type: 'collecteDonnees', instrument: 'carteFidelite' })], { type: 'collecteDonnees', instrument: 'carteFidelite', target: {} })).toBe(true);
  });

  it('a complaint policy counts only against the last one queued (going back is a change of mind)', () => {
    const rapide = parse({ type: 'politiqueReclamations', level: 'rapide' });
    const standard = parse({ type: 'politiqueReclamations', level: 'standard' });
    expect(alreadyQueued([rapide], rapide)).toBe(true);
    expect(alreadyQueued([rapide, standard], rapide)).toBe(false);
  });

  it('the session refuses it with a French notice, and takes it again next period', async () => {
    const scenario = smallScenario(shippedScenarioList()[0], 300);
    const notices = new Notices();
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices });
    await session.start(scenario, 5, 'test');
    expect(session.add({ type: 'lienSocial', instrument: 'club' })).toBe(true);
    expect(session.add({ type: 'lienSocial', instrument: 'club', target: {} })).toBe(false);
    expect(notices.list.at(-1)?.key).toBe('decisions.duplicate.programme');
    session.remove(0);
    expect(session.add({ type: 'acquisition', channel: 'flyers', budget: 300 })).toBe(true);
    expect(session.add({ type: 'acquisition', channel: 'flyers', budget: 300 })).toBe(false);
    expect(session.pending).toHaveLength(1);
    expect(notices.list.at(-1)?.key).toBe('decisions.duplicate.other');
    await session.advance(1);
    expect(session.add({ type: 'acquisition', channel: 'flyers', budget: 300 })).toBe(true);
  });
});
