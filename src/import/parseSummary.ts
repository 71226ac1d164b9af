/**
 * Imports a customer summary file for BG/NBD directly — the `lifetimes` layout of
 * cdnow_customers_summary.csv: ID, frequency (repeat purchases), recency (t_x), T, in weeks, and an
 * optional monetary_value column. Columns are found by name; errors are reported by line and an
 * import with errors imports nothing.
 */
import type { BtydSummary } from '../engine/scoring/customerSummary.ts';
import { parseAmount } from './fieldParsers.ts';
import { RowReader } from './rowReader.ts';
import { detectSeparator } from './separator.ts';
import { MAX_ERROR_DETAILS, type ImportError } from './types.ts';

export type SummaryImport = { ok: true; summary: BtydSummary } | { ok: false; errors: ImportError[]; errorCount: number };

const REQUIRED = ['frequency', 'recency', 't'] as const;

export function parseSummary(text: string, unitDays = 7): SummaryImport {
  const errors: ImportError[] = [];
  let errorCount = 0;
  const report = (e: ImportError): void => {
    errorCount++;
    if (errors.length < MAX_ERROR_DETAILS) errors.push(e);
  };
  const reader = new RowReader(text, detectSeparator(text));
  let header: string[] | null = null;
  while (reader.next()) {
    if (reader.fieldCount > 0) {
      header = reader.fields().map((h) => h.toLowerCase());
      break;
    }
  }
  if (!header) {
    report({ line: 0, code: 'emptyFile', params: {} });
    return { ok: false, errors, errorCount };
  }
  const col = (name: string): number => header.indexOf(name);
  const missing = REQUIRED.filter((name) => col(name) < 0);
  if (missing.length > 0) {
    report({ line: reader.line, code: 'badSummaryHeader', params: { missing: missing.join(', ') } });
    return { ok: false, errors, errorCount };
  }
  const idCol = col('id') >= 0 ? col('id') : col('customer_id');
  const cols = { x: col('frequency'), tx: col('recency'), T: col('t'), m: col('monetary_value') };
  const ids: string[] = [];
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const m: number[] = [];
  while (reader.next()) {
    if (reader.fieldCount === 0) continue;
    const values: Record<string, number> = {};
    let bad = false;
    for (const [name, c] of Object.entries(cols)) {
      if (c < 0) continue;
      const v = c < reader.fieldCount ? parseAmount(text, reader.starts[c], reader.ends[c], false) : NaN;
      // every bad cell of the line is said, an empty one as missing (QA qa27class m6)
      if (Number.isNaN(v) || v < 0) {
        const value = c < reader.fieldCount ? reader.field(c) : '';
        report({ line: reader.line, code: value === '' ? 'missingNumber' : 'badNumber', params: value === '' ? { column: header[c] } : { column: header[c], value } });
        bad = true;
        continue;
      }
      values[name] = v;
    }
    if (bad) continue;
    ids.push(idCol >= 0 ? reader.field(idCol) : String(ids.length + 1));
    x.push(values.x);
    tx.push(values.tx);
    T.push(values.T);
    if (cols.m >= 0) m.push(values.m);
  }
  if (errorCount > 0) return { ok: false, errors, errorCount };
  if (ids.length === 0) {
    report({ line: 0, code: 'noRows', params: {} });
    return { ok: false, errors, errorCount };
  }
  return {
    ok: true,
    summary: {
      n: ids.length,
      ids,
      x: Float64Array.from(x),
      tx: Float64Array.from(tx),
      T: Float64Array.from(T),
      monetary: cols.m >= 0 ? Float64Array.from(m) : null,
      holdout: null,
      holdoutLength: 0,
      unitDays,
    },
  };
}
