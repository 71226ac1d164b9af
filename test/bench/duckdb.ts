/**
 * DuckDB for the side-by-side RFM benchmark, through @duckdb/duckdb-wasm's blocking Node binding.
 * Why wasm and not @duckdb/node-api: the native package pulls one optional binary package per
 * platform, and the registry mirror these machines use serves only some of them, so its lockfile
 * cannot be completed and `npm ci` fails. The wasm build is one platform-independent package.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export interface DuckDb {
  /** Makes `text` readable by SQL as the file `name` (e.g. read_csv('name')). */
  registerText(name: string, text: string): void;
  query(sql: string): Record<string, unknown>[];
  close(): void;
}

export async function openDuckDb(): Promise<DuckDb> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const duckdb = require(entry);
  const dist = path.dirname(entry);
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const connection = db.connect();
  return {
    registerText: (name, text) => db.registerFileText(name, text),
    query: (sql) => connection.query(sql).toArray().map((row: { toJSON(): Record<string, unknown> }) => row.toJSON()),
    close: () => {
      connection.close();
      db.reset?.();
    },
  };
}
