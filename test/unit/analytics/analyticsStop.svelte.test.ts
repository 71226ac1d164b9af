/**
 * Données réelles on a big file (QA robustness #12): the import says the lines read, the share of the
 * file and the time left; « Arrêter » stops any step, and what was done before it (the file, its
 * import, the RFM) is kept and works as before (export, a new score). With the real CDNOW log.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { inPageClient, workerClient } from '../../../src/app/analytics/analyticsClient.ts';
import { STOPPED, type AnalyticsClient, type AnalyticsRequest, type ProgressListener } from '../../../src/app/analytics/analyticsProtocol.ts';
import { AnalyticsStore } from '../../../src/app/analytics/analyticsStore.svelte.ts';

const MASTER = '/work/shared/data/cdnow/CDNOW_master.txt';
const masterText = (() => {
  try {
    return readFileSync(MASTER, 'utf8');
  } catch {
    return null;
  }
})();

/** The page's session, where the requests of some kinds wait for `release` (a fit that runs for minutes); a stop rejects them too. */
function heldClient(held: Set<AnalyticsRequest['kind']>, observe: () => number | null = () => null) {
  const inner = inPageClient();
  const sent: AnalyticsRequest['kind'][] = [];
  const waiting: { release: () => void; reject: (e: Error) => void }[] = [];
  const progress: { fraction: number; lines?: number; observed?: number | null }[] = [];
  const client: AnalyticsClient = {
    request<T>(request: AnalyticsRequest, onProgress?: ProgressListener): Promise<T> {
      sent.push(request.kind);
      const listen: ProgressListener = (fraction, lines) => {
        onProgress?.(fraction, lines);
        progress.push({ fraction, lines, observed: observe() });
      };
      if (!held.has(request.kind)) return inner.request<T>(request, listen);
      return new Promise<T>((resolve, reject) => waiting.push({ release: () => void inner.request<T>(request, listen).then(resolve, reject), reject }));
    },
    stop() {
      inner.stop();
      for (const w of waiting.splice(0)) w.reject(new Error(STOPPED));
    },
    dispose() {},
  };
  return { client, sent, progress, release: () => waiting.splice(0).forEach((w) => w.release()) };
}

describe.skipIf(masterText === null)('« Arrêter » and the progress of a big file, on the real CDNOW log', () => {
  it('says the lines read and the time left, and a stopped score keeps the import and the RFM', { timeout: 120_000 }, async () => {
    const held = new Set<AnalyticsRequest['kind']>(['score']);
    const { client, sent, progress, release } = heldClient(held);
    // a clock that moves one second each time it is read
    let clock = 0;
    const store = new AnalyticsStore(client, () => null, () => (clock += 1000));
    await store.load({ kind: 'file', file: new Blob([masterText!]) }, 'CDNOW_master.txt', 'cdnow');
    await store.importRows();
    expect(store.imported).toMatchObject({ ok: true, rows: 69659, customers: 23570 });
    // the import said where it was: lines read, growing, and the last one is the whole file
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toMatchObject({ fraction: 1, lines: 69659 });
    expect(store.linesRead).toBe(69659);
    await store.computeRfm();
    const rfm = store.rfm;
    expect(rfm?.customers).toBe(23570);
    const imported = store.imported;

    const scoring = store.computeScore();
    await vi.waitFor(() => expect(sent.at(-1)).toBe('score'), { timeout: 10_000 });
    expect(store.busy).toBe('score');
    sent.length = 0;
    await store.stop();
    await scoring;
    // the fresh session got the file, its import with the same columns and the RFM back; nothing else was lost
    expect(sent).toEqual(['load', 'import', 'rfm']);
    expect(store).toMatchObject({ busy: null, failure: null, stopped: 'score', score: null });
    expect(store.imported).toBe(imported);
    expect(store.rfm).toBe(rfm);
    const csv = await store.exportCsv({ decimalComma: false, headers: ['client', 'r', 'f', 'm', 'segment'], scoreHeaders: [], segmentNames: [], rfSegmentNames: [] });
    expect(csv?.trimEnd().split('\n').length).toBe(23571);

    // the next score runs as usual
    held.clear();
    store.calibrationEnd = '1997-09-30';
    await store.computeScore();
    expect(store.stopped).toBeNull();
    expect(store.score).toMatchObject({ customers: 23570, fitProblems: [] });

    // an RFM stopped after the score: the fresh session gets the score back from its fits, and the export has its columns
    const labels = { decimalComma: false, headers: ['client'], scoreHeaders: ['p_alive'], segmentNames: [], rfSegmentNames: [] };
    const before = await store.exportCsv(labels);
    expect(before?.split('\n')[0]).toMatch(/,p_alive\r?$/);
    const score = store.score;
    held.add('rfm');
    const rfmAgain = store.computeRfm();
    await vi.waitFor(() => expect(store.busy).toBe('rfm'));
    held.clear();
    sent.length = 0;
    await store.stop();
    await rfmAgain;
    expect(sent).toEqual(['load', 'import', 'rfm', 'score']);
    expect(store).toMatchObject({ busy: null, failure: null, stopped: 'rfm' });
    expect(store.score).toBe(score);
    expect(store.rfm).toBe(rfm);
    expect(await store.exportCsv(labels)).toBe(before);
    release();
  });

  it('the time left follows the pace of the import; a stopped import leaves the file loaded, a stopped reading the file loaded before', async () => {
    const held = new Set<AnalyticsRequest['kind']>(['import']);
    let store: AnalyticsStore | null = null;
    const { client, sent, progress, release } = heldClient(held, () => store?.remainingSeconds ?? null);
    let clock = 0;
    store = new AnalyticsStore(client, () => null, () => (clock += 1000));
    await store.load({ kind: 'text', text: masterText! }, 'CDNOW_master.txt', 'cdnow');
    const layout = store.layout;
    const importing = store.importRows();
    await vi.waitFor(() => expect(store.busy).toBe('import'), { timeout: 10_000 });
    sent.length = 0;
    await store.stop();
    await importing;
    expect(sent).toEqual(['load']);
    expect(store).toMatchObject({ busy: null, failure: null, stopped: 'import', imported: null });
    expect(store.layout).toBe(layout);

    // the import again, to the end: at each step the time left is the time so far times what is left over what is done
    held.clear();
    progress.length = 0;
    await store.importRows();
    expect(store.imported?.ok).toBe(true);
    // the clock moves one second a reading: the k-th report comes k seconds after the start
    expect(progress.length).toBeGreaterThanOrEqual(2);
    progress.forEach(({ fraction, observed }, i) => {
      const elapsed = i + 1;
      expect(observed).toBe(fraction >= 0.02 && fraction < 1 ? Math.ceil((elapsed * (1 - fraction)) / fraction) : null);
    });
    expect(progress.some((p) => p.observed !== null)).toBe(true);
    release();

    // another file, stopped while read: the master stays with its import, read and imported again in the fresh session
    const imported = store.imported;
    held.add('load');
    const reading = store.load({ kind: 'text', text: 'a;b\n1;2\n' }, 'autre.csv', 'csv');
    await vi.waitFor(() => expect(store.busy).toBe('load'));
    held.clear();
    sent.length = 0;
    await store.stop();
    await reading;
    expect(sent).toEqual(['load', 'import']);
    expect(store).toMatchObject({ busy: null, stopped: 'load', layout, imported, sourceName: 'CDNOW_master.txt' });

    // with no file before, a stopped reading leaves none
    const fresh = new AnalyticsStore(heldClient(new Set(['load'])).client, () => null);
    const first = fresh.load({ kind: 'text', text: masterText! }, 'CDNOW_master.txt', 'cdnow');
    await fresh.stop();
    await first;
    expect(fresh).toMatchObject({ busy: null, stopped: 'load', layout: null, imported: null });
  });
});

describe('the clients stop', () => {
  it('the worker client ends the busy worker, rejects what it was doing, and sends the next requests to a new one', async () => {
    const workers: FakeWorker[] = [];
    const client = workerClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const busy = client.request({ kind: 'rfm', analysisDay: 1, windowDays: 365 });
    expect(workers[0].posted).toHaveLength(1);
    client.stop();
    await expect(busy).rejects.toThrow(STOPPED);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    // a late answer of the ended worker is ignored; the new one answers the next request
    workers[0].reply({ id: 1, kind: 'done', result: 'old' });
    const next = client.request<string>({ kind: 'rfm', analysisDay: 1, windowDays: 365 });
    const progress: [number, number | undefined][] = [];
    const imported = client.request({ kind: 'import', layout: {} as never, skipBadLines: false }, (f, lines) => progress.push([f, lines]));
    workers[1].reply({ id: 2, kind: 'done', result: 'new' });
    workers[1].reply({ id: 3, kind: 'progress', fraction: 0.5, lines: 1000 });
    workers[1].reply({ id: 3, kind: 'done', result: null });
    expect(await next).toBe('new');
    await imported;
    expect(progress).toEqual([[0.5, 1000]]);
  });
});

class FakeWorker {
  posted: unknown[] = [];
  terminated = false;
  #listeners: ((event: MessageEvent) => void)[] = [];
  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    if (type === 'message') this.#listeners.push(listener);
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    for (const listener of this.#listeners) listener({ data } as MessageEvent);
  }
}
