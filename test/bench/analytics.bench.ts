/**
 * Real-data analytics at scale (issue 5), on the CDNOW master file repeated:
 * - node: parse + RFM aggregation + quintile scoring of ~1M and ~10M rows, BG/NBD + Gamma-Gamma fit;
 * - side by side with DuckDB (@duckdb/duckdb-wasm, see duckdb.ts) computing the same per-customer aggregation
 *   (recency, frequency and monetary over 365 days at 1998-06-30) from the same CSV file;
 * - browser: import + RFM + scoring of ~1M rows in real Chromium (target < 3 s).
 * The master file is read from ../shared/data/cdnow (not bundled): cases are skipped without it.
 */
import { openDuckDb, type DuckDb } from './duckdb.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeRfmFromTransactions, computeRfmScores } from '../../src/engine/rfm.ts';
import { summarizeTransactions } from '../../src/engine/scoring/customerSummary.ts';
import { scoreSummary } from '../../src/engine/scoring/scoreCustomers.ts';
import { dayNumber } from '../../src/engine/scoring/transactionLog.ts';
import { detectLayout } from '../../src/import/detect.ts';
import { parseTransactions } from '../../src/import/parseTransactions.ts';
import type { TransactionFormat } from '../../src/import/types.ts';

type Emit = (result: Record<string, unknown>) => void;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MASTER = process.env.CDNOW_MASTER ?? resolve(root, '../shared/data/cdnow/CDNOW_master.txt');
const OUT = join(root, 'test-results/bench-analytics');
const AT = dayNumber(1998, 6, 30);
const AT_SQL = '1998-06-30';

/** The master text with its body repeated: `copies` x 69,659 rows. */
function repeated(master: string, copies: number): string {
  const body = master.slice(master.indexOf('\n') + 1);
  return master + body.repeat(copies - 1);
}

/** Same rows as CSV `customer_id,date,cds,dollars` (for a format both tools read natively). */
function asCsv(master: string, copies: number): string {
  const lines = master
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.trim().split(/\s+/).join(','));
  const body = `${lines.join('\n')}\n`;
  return `customer_id,date,cds,dollars\n${body.repeat(copies)}`;
}

function fidelisRfm(text: string, format: TransactionFormat) {
  const t0 = performance.now();
  const res = parseTransactions(text, detectLayout(text, format));
  if (!res.ok) throw new Error(`import failed: ${JSON.stringify(res.errors.slice(0, 3))}`);
  const t1 = performance.now();
  const rfm = computeRfmFromTransactions(res.log, { analysisDate: AT, windowDays: 365 });
  const t2 = performance.now();
  return { res, rfm, parseSeconds: (t1 - t0) / 1000, rfmSeconds: (t2 - t1) / 1000 };
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** computeRfmScores as the engine calls it every tick: 100,000 customers, scores reused (target < 3 ms). */
function scoresCase(emit: Emit, filter?: string): void {
  const name = 'analytics rfm scores 100k customers (node)';
  if (filter && !name.includes(filter)) return;
  const n = 100_000;
  const recency = new Int32Array(n);
  const frequency = new Int32Array(n);
  const monetary = new Float64Array(n);
  const eligible = new Uint8Array(n);
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  for (let i = 0; i < n; i++) {
    recency[i] = Math.floor(next() * 156);
    frequency[i] = Math.floor(next() * next() * 30);
    monetary[i] = Math.round(next() * next() * 200000) / 100;
    eligible[i] = next() < 0.9 ? 1 : 0;
  }
  const input = { n, recency, frequency, monetary, eligible };
  const out = computeRfmScores(input);
  for (let k = 0; k < 50; k++) computeRfmScores(input, out);
  const runs = 200;
  const t0 = performance.now();
  for (let k = 0; k < runs; k++) computeRfmScores(input, out);
  emit({ name, customers: n, msPerCall: (performance.now() - t0) / runs, targetMs: 3 });
}

async function nodeCases(emit: Emit, master: string, filter?: string): Promise<void> {
  for (const copies of [15, 144]) {
    const name = `analytics rfm ${copies === 15 ? '1M' : '10M'} rows (node)`;
    if (filter && !name.includes(filter)) continue;
    const text = repeated(master, copies);
    const { res, rfm, parseSeconds, rfmSeconds } = fidelisRfm(text, 'cdnow');
    if (!res.ok) return;
    const t0 = performance.now();
    const scores = scoreSummary(summarizeTransactions(res.log, { calibrationEnd: dayNumber(1997, 9, 30) }));
    const scoreSeconds = (performance.now() - t0) / 1000;
    emit({
      name,
      rows: res.log.count,
      customers: rfm.count,
      textMB: mb(text.length),
      parseSeconds,
      rfmSeconds,
      parseAndRfmSeconds: parseSeconds + rfmSeconds,
      bgnbdAndGammaGammaSeconds: scoreSeconds,
      r: Number(scores.bgnbd.r.toFixed(4)),
      heapMB: mb(process.memoryUsage().heapUsed),
    });
  }
}

async function duckdbCases(emit: Emit, master: string, filter?: string): Promise<void> {
  let duck: DuckDb;
  try {
    duck = await openDuckDb();
  } catch (error) {
    emit({ name: 'analytics rfm vs duckdb', skipped: `DuckDB indisponible : ${String(error)}` });
    return;
  }
  mkdirSync(OUT, { recursive: true });
  for (const copies of [15, 144]) {
    const name = `analytics rfm vs duckdb ${copies === 15 ? '1M' : '10M'} rows`;
    if (filter && !name.includes(filter)) continue;
    const file = join(OUT, `cdnow-x${copies}.csv`);
    if (!existsSync(file)) writeFileSync(file, asCsv(master, copies));
    // Fidélis: read the file + parse + aggregate (+ quintile scores, reported apart)
    const t0 = performance.now();
    const text = readFileSync(file, 'utf8');
    const readSeconds = (performance.now() - t0) / 1000;
    const ours = fidelisRfm(text, 'csv');
    const fidelisSeconds = readSeconds + ours.parseSeconds + ours.rfmSeconds;
    // DuckDB (wasm): same aggregation in SQL over the same text, handed over in memory
    duck.registerText(`cdnow-x${copies}.csv`, text);
    const sql = `
      select customer_id,
        date_diff('day', max(d), DATE '${AT_SQL}') as recency_days,
        count(*) filter (where d > DATE '${AT_SQL}' - INTERVAL 365 DAY) as frequency,
        coalesce(sum(dollars) filter (where d > DATE '${AT_SQL}' - INTERVAL 365 DAY), 0) as monetary
      from (select customer_id, strptime(date::VARCHAR, '%Y%m%d')::DATE as d, dollars
            from read_csv('cdnow-x${copies}.csv', header = true,
              columns = {'customer_id': 'VARCHAR', 'date': 'VARCHAR', 'cds': 'INTEGER', 'dollars': 'DOUBLE'}))
      where d <= DATE '${AT_SQL}'
      group by customer_id`;
    const d0 = performance.now();
    const duckRows = duck.query(sql);
    const duckdbSeconds = (performance.now() - d0) / 1000;
    // same answer: compare the customer count and the totals
    let ourMonetary = 0;
    let ourFrequency = 0;
    for (let i = 0; i < ours.rfm.count; i++) {
      ourMonetary += ours.rfm.monetary[i];
      ourFrequency += ours.rfm.frequency[i];
    }
    let duckMonetary = 0;
    let duckFrequency = 0;
    for (const row of duckRows) {
      duckMonetary += Number(row.monetary);
      duckFrequency += Number(row.frequency);
    }
    emit({
      name,
      rows: ours.res.ok ? ours.res.log.count : 0,
      customers: ours.rfm.count,
      fidelisSeconds,
      fidelisBreakdown: { read: readSeconds, parse: ours.parseSeconds, aggregateAndScore: ours.rfmSeconds },
      duckdbSeconds,
      ratioFidelisOverDuckdb: fidelisSeconds / duckdbSeconds,
      duckdbBuild: 'duckdb-wasm (file text registered in memory; its time excludes reading the file)',
      sameCustomers: duckRows.length === ours.rfm.count,
      sameFrequencyTotal: duckFrequency === ourFrequency,
      monetaryTotalDifference: Math.abs(duckMonetary - ourMonetary),
    });
  }
  duck.close();
}

async function browserCase(emit: Emit, master: string, filter?: string): Promise<void> {
  const name = 'analytics import + score 1M rows (chromium)';
  if (filter && !name.includes(filter)) return;
  const { build } = await import('vite');
  const { launchBrowser } = await import('../e2e/browser.ts');
  const outDir = join(OUT, 'harness');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: join(root, 'test/bench/analyticsHarness.entry.ts'), name: 'FidelisAnalytics', formats: ['iife'], fileName: () => 'analytics-harness.js' },
    },
  });
  const script = readFileSync(join(outDir, 'analytics-harness.js'), 'utf8');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: script });
    const result = await page.evaluate(
      ([text, copies]) => (globalThis as unknown as { FidelisAnalytics: { run: (m: string, c: number) => Record<string, number> } }).FidelisAnalytics.run(text, copies),
      [master, 15] as const,
    );
    emit({ name, ...result, targetSeconds: 3 });
  } finally {
    await browser.close();
  }
}

export default async function analyticsBench(emit: Emit, filter?: string): Promise<void> {
  const names = ['analytics rfm scores 100k customers (node)', 'analytics rfm 1M rows (node)', 'analytics rfm 10M rows (node)', 'analytics rfm vs duckdb 1M rows', 'analytics rfm vs duckdb 10M rows', 'analytics import + score 1M rows (chromium)'];
  if (filter && !names.some((n) => n.includes(filter))) return;
  scoresCase(emit, filter);
  if (!existsSync(MASTER)) {
    emit({ name: 'analytics', skipped: `CDNOW master file not found (${MASTER})` });
    return;
  }
  const master = readFileSync(MASTER, 'utf8');
  await nodeCases(emit, master, filter);
  await duckdbCases(emit, master, filter);
  await browserCase(emit, master, filter);
}
