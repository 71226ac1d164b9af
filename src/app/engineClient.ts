/**
 * The page's handle on the engine: typed async methods over a transport. In the app the
 * transport is a module Web Worker (the page never freezes); tests inject an in-process
 * transport because jsdom has no Worker.
 */
import type { Action, DecisionsLog, Target } from '../engine/decisions.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Handler } from './engineHandler.ts';
import type { ReplayRequest } from '../results/replay.ts';
import type { EngineMessage, EngineRequest, EngineResponse, EngineResults, NewRunSave, TickSave } from './engineProtocol.ts';

export interface EngineTransport {
  send<R extends EngineRequest>(request: R): Promise<EngineResults[R['kind']]>;
  close(): void;
}

/** Runs the handler on the calling thread, through structuredClone so tests see what a worker would send. */
export function inProcessTransport(handler: Handler): EngineTransport {
  return {
    async send(request) {
      return structuredClone(await handler(structuredClone(request)));
    },
    close() {},
  };
}

export function workerTransport(worker: Worker): EngineTransport {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.addEventListener('message', (event: MessageEvent<EngineResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.ok) waiting.resolve(event.data.result);
    else if (event.data.code !== undefined)
      // the database's errors keep their code for the page's French message (src/app/errors.ts reads it)
      waiting.reject(Object.assign(new Error(event.data.error), { name: 'DbError', code: event.data.code, params: event.data.params ?? {} }));
    else waiting.reject(new Error(event.data.error));
  });
  worker.addEventListener('error', (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'erreur du moteur'));
    pending.clear();
  });
  return {
    send(request) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage({ id, request } satisfies EngineMessage);
      });
    },
    close() {
      worker.terminate();
    },
  };
}

export function createEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

/** Scenario, actions and targets are JSON data; reactive proxies from the UI cannot be posted as such. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export class EngineClient {
  #transport: EngineTransport;
  constructor(transport: EngineTransport) {
    this.#transport = transport;
  }

  create(run: string, scenario: Scenario, seed: number, decisions?: DecisionsLog, replayTicks?: number, expectHash?: string | null) {
    return this.#transport.send({ kind: 'create', run, scenario: plain(scenario), seed, decisions: decisions && plain(decisions), replayTicks, expectHash });
  }
  step(run: string, actions: Action[]) {
    return this.#transport.send({ kind: 'step', run, actions: plain(actions) });
  }
  /** The changed records and state hash of the run's last stepped tick (for the autosave). */
  tickChanges(run: string) {
    return this.#transport.send({ kind: 'tickChanges', run });
  }
  /** The worker writes the run's last stepped tick itself (`saved: false`: it cannot, nothing done). */
  saveTick(run: string, save: TickSave) {
    // the report's typed arrays are cloned as they are (JSON would lose them); the decisions may come from the UI
    return this.#transport.send({ kind: 'saveTick', run, save: { ...save, decisions: save.decisions && plain(save.decisions) } });
  }
  /** The worker stores a new run with the run's whole base itself (`stored: false`: it cannot, nothing done). */
  storeNewRun(run: string, save: NewRunSave) {
    return this.#transport.send({ kind: 'storeNewRun', run, save: plain(save) });
  }
  /** `curves`: with the cost curves a strategy is priced with (SelectTargetRequest) */
  selectTarget(run: string, target: Target, preview: number, curves = false, collected?: Target[]) {
    return this.#transport.send({ kind: 'selectTarget', run, target: plain(target), preview, curves, ...(collected?.length ? { collected: collected.map(plain) } : {}) });
  }
  customers(run: string, ids?: number[]) {
    return this.#transport.send({ kind: 'customers', run, ids });
  }
  clone(run: string, into: string) {
    return this.#transport.send({ kind: 'clone', run, into });
  }
  hash(run: string) {
    return this.#transport.send({ kind: 'hash', run });
  }
  modelFingerprint() {
    return this.#transport.send({ kind: 'modelFingerprint' });
  }
  /** A whole replay, no run kept (the Bilan's « sans action » comparison). */
  replay(request: ReplayRequest) {
    return this.#transport.send({ kind: 'replay', ...plain(request) });
  }
  dispose(run: string) {
    return this.#transport.send({ kind: 'dispose', run });
  }
  close() {
    this.#transport.close();
  }
}
