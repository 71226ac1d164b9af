/**
 * « Type de fichier » changed while a step runs (review8 #2): a keyboard's arrows on the select change it at each
 * type they pass (Windows), and each change started a whole reading of the file. The type is now read once the step
 * is over, only the last one chosen. A reading that fails leaves the file as it was, and `retype` says so (the select
 * then shows the type in use, not the one that failed: « Importer » used the old layout under the new name).
 */
import { describe, expect, it, vi } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import { STOPPED, type AnalyticsClient, type AnalyticsRequest } from '../../../src/app/analytics/analyticsProtocol.ts';
import { AnalyticsStore } from '../../../src/app/analytics/analyticsStore.svelte.ts';
import type { TransactionFormat } from '../../../src/import/types.ts';

const TEXT = 'client;date;montant\nA;05/01/2024;12,50\nB;06/01/2024;8,00\nA;07/02/2024;3,10\n';

/** The page's session; the held kinds wait for `release`, a stop rejects them; `failing`: the next readings fail (a file changed on disk). */
function heldClient() {
  const inner = inPageClient();
  const held = new Set<AnalyticsRequest['kind']>();
  const reads: TransactionFormat[] = [];
  const waiting: { release: () => void; reject: (e: Error) => void }[] = [];
  const state = { failing: false };
  const client: AnalyticsClient = {
    request<T>(request: AnalyticsRequest): Promise<T> {
      if (request.kind === 'load') reads.push(request.format);
      const send = () => (request.kind === 'load' && state.failing ? Promise.reject(new Error('NotReadableError')) : inner.request<T>(request));
      if (!held.has(request.kind)) return send();
      return new Promise<T>((resolve, reject) => waiting.push({ release: () => void send().then(resolve, reject), reject }));
    },
    stop() {
      inner.stop();
      for (const w of waiting.splice(0)) w.reject(new Error(STOPPED));
    },
    dispose() {},
  };
  return { client, held, reads, waiting, state, release: () => waiting.splice(0).forEach((w) => w.release()) };
}

describe('« Type de fichier » changed while a step runs', () => {
  it('reads the file once more, as the last type chosen, whatever the number of changes meanwhile', async () => {
    const { client, held, reads, waiting, release } = heldClient();
    const store = new AnalyticsStore(client, () => null);
    await store.load({ kind: 'text', text: TEXT }, 'ventes.csv', 'csv');
    expect(reads).toEqual(['csv']);
    held.add('load');
    // the arrows from « CSV » down to « CDNOW (échantillon) », then back up one, then down again
    const first = store.retype('cdnow');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    expect(store.busy).toBe('load');
    const meanwhile = [store.retype('cdnow-sample'), store.retype('cdnow'), store.retype('cdnow-sample')];
    held.clear();
    release();
    const failed = await Promise.all([first, ...meanwhile]);
    expect(reads).toEqual(['csv', 'cdnow', 'cdnow-sample']);
    expect(failed).toEqual([false, false, false, false]);
    expect(store).toMatchObject({ busy: null, failure: null, format: 'cdnow-sample', sourceName: 'ventes.csv', formatByHand: true });
  });

  it('waits for an import under way, and reads nothing when the last type chosen is the one in use', async () => {
    const { client, held, reads, waiting, release } = heldClient();
    const store = new AnalyticsStore(client, () => null);
    await store.load({ kind: 'text', text: TEXT }, 'ventes.csv', 'csv');
    held.add('import');
    const importing = store.importRows();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    const changes = [store.retype('cdnow'), store.retype('csv')];
    held.clear();
    release();
    await importing;
    await Promise.all(changes);
    expect(reads).toEqual(['csv']);
    expect(store.imported?.ok).toBe(true);
    expect(store.format).toBe('csv');
  });

  it('after « Arrêter », reads the type chosen during the stopped step once the file is restored', async () => {
    const { client, held, reads, waiting } = heldClient();
    const store = new AnalyticsStore(client, () => null);
    await store.load({ kind: 'text', text: TEXT }, 'ventes.csv', 'csv');
    await store.importRows();
    held.add('rfm');
    const rfm = store.computeRfm();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    const change = store.retype('cdnow');
    held.clear();
    await store.stop();
    await Promise.all([rfm, change]);
    // the restore reads the file as it was, then the type chosen
    expect(reads).toEqual(['csv', 'csv', 'cdnow']);
    expect(store).toMatchObject({ busy: null, format: 'cdnow', stopped: null, imported: null });
  });

  it('a reading that fails leaves the type in use, and says so', async () => {
    const { client, reads, state } = heldClient();
    const store = new AnalyticsStore(client, () => null);
    await store.load({ kind: 'text', text: TEXT }, 'ventes.csv', 'csv');
    const layout = store.layout;
    state.failing = true;
    expect(await store.retype('cdnow')).toBe(true);
    expect(reads).toEqual(['csv', 'cdnow']);
    expect(store.failure).toMatchObject({ key: 'failed', params: { message: 'NotReadableError' } });
    expect(store.format).toBe('csv');
    expect(store.layout).toBe(layout);
    // read again once the file can be: the type chosen is read
    state.failing = false;
    expect(await store.retype('cdnow')).toBe(false);
    expect(store).toMatchObject({ format: 'cdnow', failure: null });
  });

  it('a new file refused while a type waits: its refusal stays, and the file kept is not read again as that type (review9 #1)', async () => {
    const { client, held, reads, waiting, release } = heldClient();
    const store = new AnalyticsStore(client, () => null);
    await store.load({ kind: 'text', text: TEXT }, 'a.csv', 'csv');
    held.add('load');
    const refused = store.load({ kind: 'text', text: '\0\0\0\0binary\0\0' }, 'b.bin', 'csv');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    const change = store.retype('cdnow');
    expect(store.wanted).toBe('cdnow');
    held.clear();
    release();
    await refused;
    expect(await change).toBe(true);
    expect(reads).toEqual(['csv', 'csv']);
    expect(store).toMatchObject({ busy: null, wanted: null, format: 'csv', sourceName: 'a.csv', failure: { key: 'fileNotText', params: { file: 'b.bin' }, kept: 'a.csv' } });
    // the type meant for the refused file goes with it: the next file is recognised, not read as CSV by hand (review10 #3)
    expect(store.formatByHand).toBe(false);
  });

  it('the file here read again as a type that fails, while another type waits: the last type is read', async () => {
    const { client, held, reads, waiting, state, release } = heldClient();
    const store = new AnalyticsStore(client, () => null);
    await store.load({ kind: 'text', text: TEXT }, 'ventes.csv', 'csv');
    held.add('load');
    state.failing = true;
    const first = store.retype('cdnow');
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    const last = store.retype('cdnow-sample');
    held.clear();
    release();
    await vi.waitFor(() => expect(reads).toHaveLength(3));
    state.failing = false;
    expect(await Promise.all([first, last])).toEqual([false, true]);
    expect(reads).toEqual(['csv', 'cdnow', 'cdnow-sample']);
  });
});
