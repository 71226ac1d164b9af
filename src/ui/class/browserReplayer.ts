/**
 * The replayer the class view uses in a browser: a small pool of dedicated Web Workers (a class
 * of 30 files is verified several at a time), or the page's own thread when no worker can start
 * (the single-file build opened from file://, old browsers, tests). Either way the same pure
 * engine replays the same file.
 */
import type { ReplayOutcome, ReplayRequest, Replayer } from '../../results/replay.ts';
import type { TickReport } from '../../engine/types.ts';
import { createEngineWorker } from '../../app/engineClient.ts';
import type { EngineMessage, EngineResponse } from '../../app/engineProtocol.ts';

interface Waiting {
  request: ReplayRequest;
  resolve: (o: ReplayOutcome) => void;
  reject: (e: Error) => void;
}

/** Workers to start: one core is left to the page; a few are enough (each holds a whole simulation). */
export function replayWorkerCount(cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1)): number {
  return Math.max(1, Math.min(3, cores - 1));
}

/** The part of the engine a replay in slices needs (src/engine/index.ts). */
export interface SteppedEngine<S extends { tick: number }> {
  createSimulation(scenario: ReplayRequest['scenario'], options: { seed: number; customers?: number }): S;
  stepSimulation(state: S, scenario: ReplayRequest['scenario'], actions: ReplayRequest['decisions'][number]['actions']): Pick<TickReport, 'kpis' | 'rejected'>;
  hashState(state: S): string;
  modelFingerprint(): string;
}

/** Gives the page its turn: input, painting, timers (scheduler.yield where the browser has it, else a message to itself, never clamped as nested timers are). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Milliseconds of replay between two turns of the page: a tick of the bakery takes about 12 ms on a slow laptop. */
export const SLICE_MS = 16;

/**
 * The engine's runSimulation (src/engine/simulation.ts), the same ticks in the same order, with the
 * page given its turn (`pause`) whenever a slice of `sliceMs` has run: the same outcome, bit for bit,
 * as in a worker. `now` measures the slices (performance.now in the browser).
 */
export async function replayInSlices<S extends { tick: number }>(
  engine: SteppedEngine<S>,
  request: ReplayRequest,
  pause: () => Promise<void> = yieldToPage,
  sliceMs = SLICE_MS,
  now: () => number = () => performance.now(),
): Promise<ReplayOutcome> {
  const { scenario, seed, customers, ticks, decisions } = request;
  const state = engine.createSimulation(scenario, { seed, ...(customers !== undefined ? { customers } : {}) });
  const byTick = new Map<number, ReplayRequest['decisions'][number]['actions']>();
  for (const d of decisions) byTick.set(d.tick, d.actions);
  const kpis: ReplayOutcome['kpis'] = [];
  const rejected: NonNullable<ReplayOutcome['rejected']> = [];
  let sliceStart = now();
  for (let t = 0; t < ticks; t++) {
    if (now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = now();
    }
    const report = engine.stepSimulation(state, scenario, byTick.get(state.tick) ?? []);
    kpis.push(report.kpis);
    if (report.rejected && report.rejected.length > 0) rejected.push({ tick: report.kpis.tick, rejected: report.rejected });
  }
  return { stateHash: engine.hashState(state), modelFingerprint: engine.modelFingerprint(), kpis, rejected };
}

/**
 * Replays on the page's thread, loading the engine on first use, in slices that let the page answer
 * between them (QA class of 30: the single file from file:// froze the page about 1 s per file).
 */
export function pageReplayer(pause: () => Promise<void> = yieldToPage, sliceMs = SLICE_MS): Replayer {
  return async (request) => replayInSlices(await import('../../engine/index.ts'), request, pause, sliceMs);
}

function startWorker(): Worker | null {
  // The single file inlines everything; a worker would need a separate file, which file:// cannot load.
  if (import.meta.env.MODE === 'singlefile' || typeof Worker === 'undefined') return null;
  try {
    // the game's engine worker file (one copy of the engine in the build), asked for replays only
    return createEngineWorker();
  } catch {
    return null;
  }
}

/** A replayer over up to `size` workers started on first use; falls back to the page if a worker fails. */
export function browserReplayer(size = replayWorkerCount()): Replayer {
  let pool: { worker: Worker; pending: Map<number, Waiting> }[] | null | undefined;
  let nextId = 1;
  const fallback = pageReplayer();

  function giveUpOnWorkers(): void {
    const orphans = (pool ?? []).flatMap(({ worker, pending }) => {
      worker.terminate();
      return [...pending.values()];
    });
    pool = null;
    for (const { request, resolve, reject } of orphans) fallback(request).then(resolve, reject);
  }

  function start(): void {
    pool = [];
    for (let i = 0; i < size; i++) {
      const worker = startWorker();
      if (!worker) break;
      const pending = new Map<number, Waiting>();
      worker.addEventListener('message', (event: MessageEvent<EngineResponse>) => {
        const waiting = pending.get(event.data.id);
        if (!waiting) return;
        pending.delete(event.data.id);
        if (event.data.ok) waiting.resolve(event.data.result as ReplayOutcome);
        else waiting.reject(new Error(event.data.error));
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        giveUpOnWorkers();
      });
      pool.push({ worker, pending });
    }
    if (pool.length === 0) pool = null;
  }

  return (request) => {
    if (pool === undefined) start();
    if (!pool) return fallback(request);
    const least = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    const plain = JSON.parse(JSON.stringify(request)) as ReplayRequest;
    return new Promise<ReplayOutcome>((resolve, reject) => {
      least.pending.set(id, { request: plain, resolve, reject });
      least.worker.postMessage({ id, request: { kind: 'replay', ...plain } } satisfies EngineMessage);
    });
  };
}
