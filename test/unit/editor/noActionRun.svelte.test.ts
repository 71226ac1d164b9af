/**
 * The editor's game with no action (review m1): one engine worker per editor, ended when the editor closes
 * (leaving and coming back started another beside the first, never ended); quick edits play only the latest
 * draft, one game at a time and one waiting (they queued a whole game each); without a worker, a big shop's game
 * is not played on the page's thread (a 10 000-customer shop froze the page), a small one's is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ReplayOutcome, ReplayRequest } from '../../../src/results/replay.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { NoActionRun, editorPlayer, playerOf, smallEnoughForPage } from '../../../src/ui/editor/noActionRun.svelte.ts';

function scenarioOf(path: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(path);
  return parsed.scenario;
}
const cave = scenarioOf('test/fixtures/cave-des-canuts.json');
const withBase = (s: Scenario, initial: number): Scenario => ({ ...s, customers: { ...s.customers, initial } });
const outcome = (request: ReplayRequest): ReplayOutcome => ({ stateHash: '', modelFingerprint: '', kpis: Array.from({ length: request.ticks }, () => ({ activeCustomers: request.scenario.customers.initial }) as never) });

/** A fake worker answering the engine's replay messages when told to. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  terminated = false;
  asked: { id: number; request: ReplayRequest }[] = [];
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number; request: ReplayRequest }) {
    this.asked.push(message);
  }
  answer() {
    const { id, request } = this.asked.shift()!;
    this.dispatchEvent(Object.assign(new Event('message'), { data: { id, ok: true, result: outcome(request) } }));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('the editor’s game with no action', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.made = [];
  });
  afterEach(() => vi.useRealTimers());

  it('plays in one worker, started once and ended when the editor closes', async () => {
    const page = vi.fn(async (r: ReplayRequest) => outcome(r));
    const player = editorPlayer(() => new FakeWorker() as unknown as Worker, page);
    const run = new NoActionRun(player, 400);
    run.request(cave);
    await vi.advanceTimersByTimeAsync(400);
    FakeWorker.made[0].answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.kpisFor(cave)).not.toBeNull();
    run.request(withBase(cave, 1200));
    await vi.advanceTimersByTimeAsync(400);
    expect(FakeWorker.made).toHaveLength(1);
    run.stop();
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(page).not.toHaveBeenCalled();
  });

  it('plays only the latest of quick edits: one game at a time, one waiting', async () => {
    const asked: ReplayRequest[] = [];
    const answers: (() => void)[] = [];
    const run = new NoActionRun(
      playerOf((r) => {
        asked.push(r);
        return new Promise((resolve) => answers.push(() => resolve(outcome(r))));
      }),
      400,
    );
    run.request(withBase(cave, 1000));
    await vi.advanceTimersByTimeAsync(400);
    expect(asked).toHaveLength(1);
    // edits while it plays, each after the wait: none starts beside it
    for (const n of [1100, 1200, 1300, 1400]) {
      run.request(withBase(cave, n));
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(asked).toHaveLength(1);
    expect(run.checking(withBase(cave, 1400))).toBe(true);
    answers[0]();
    await vi.advanceTimersByTimeAsync(0);
    // the first game's answer is for a draft since changed: dropped; the latest is played next, the ones between never
    expect(run.kpisFor(withBase(cave, 1000))).toBeNull();
    expect(asked.map((r) => r.scenario.customers.initial)).toEqual([1000, 1400]);
    answers[1]();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.kpisFor(withBase(cave, 1400))).not.toBeNull();
    expect(run.checking(withBase(cave, 1400))).toBe(false);
  });

  it('without a worker, plays a small shop on the page and leaves a 10 000-customer one to the rough estimate', async () => {
    const page = vi.fn(async (r: ReplayRequest) => outcome(r));
    const player = editorPlayer(() => {
      throw new Error('no worker');
    }, page);
    const big = withBase(cave, 10_000);
    expect(smallEnoughForPage(cave)).toBe(true);
    expect(smallEnoughForPage(big)).toBe(false);
    const run = new NoActionRun(player, 400);
    run.request(big);
    // not coming: the rough estimate speaks, nothing is played
    expect(run.checking(big)).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    expect(page).not.toHaveBeenCalled();
    run.request(cave);
    expect(run.checking(cave)).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    expect(page).toHaveBeenCalledTimes(1);
    expect(run.kpisFor(cave)).not.toBeNull();
  });

  it('a worker that fails is ended: a small shop goes to the page, a big one keeps the rough estimate', async () => {
    const page = vi.fn(async (r: ReplayRequest) => outcome(r));
    const player = editorPlayer(() => new FakeWorker() as unknown as Worker, page);
    const big = withBase(cave, 10_000);
    const run = new NoActionRun(player, 400);
    run.request(big);
    expect(run.checking(big)).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    FakeWorker.made[0].dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'boom' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(run.checking(big)).toBe(false);
    expect(page).not.toHaveBeenCalled();
    run.request(cave);
    await vi.advanceTimersByTimeAsync(400);
    expect(page).toHaveBeenCalledTimes(1);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('a worker that dies during a small shop’s game: the page plays that game at once, not after the next edit (review21 n6)', async () => {
    const page = vi.fn(async (r: ReplayRequest) => outcome(r));
    const player = editorPlayer(() => new FakeWorker() as unknown as Worker, page);
    const run = new NoActionRun(player, 400);
    run.request(cave);
    await vi.advanceTimersByTimeAsync(400);
    expect(FakeWorker.made[0].asked).toHaveLength(1);
    FakeWorker.made[0].dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'boom' }));
    await vi.advanceTimersByTimeAsync(0);
    // no edit since: the game is played on the page and its figures read
    expect(page).toHaveBeenCalledTimes(1);
    expect(run.kpisFor(cave)).not.toBeNull();
    expect(run.checking(cave)).toBe(false);
    // an error the engine answered (the worker alive) is not replayed on the page
    const other = new NoActionRun(editorPlayer(() => new FakeWorker() as unknown as Worker, page), 400);
    other.request(cave);
    await vi.advanceTimersByTimeAsync(400);
    const worker = FakeWorker.made[1];
    const { id } = worker.asked.shift()!;
    worker.dispatchEvent(Object.assign(new Event('message'), { data: { id, ok: false, error: 'engine error' } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(page).toHaveBeenCalledTimes(1);
    expect(other.kpisFor(cave)).toBeNull();
    expect(other.checking(cave)).toBe(false);
  });
});
