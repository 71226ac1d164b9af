/**
 * Imports a transaction log text into a columnar TransactionLog (typed arrays grown by doubling, no
 * object per row). Every bad line is reported with its line number; unless the user asked to skip
 * bad lines, an import with any error imports nothing.
 */
import type { TransactionLog } from '../engine/scoring/transactionLog.ts';
import { parseAmount, parseDate } from './fieldParsers.ts';
import { RowReader } from './rowReader.ts';
import { MAX_ERROR_DETAILS, type ImportError, type ImportErrorCode, type ParseOptions, type TransactionImport } from './types.ts';

const PROGRESS_EVERY = 1 << 16;
const MAX_TYPES = 65535;

class GrowingColumns {
  count = 0;
  customer = new Int32Array(1024);
  day = new Int32Array(1024);
  amount = new Float64Array(1024);
  quantity: Float64Array | null;
  type: Uint16Array | null;

  constructor(withQuantity: boolean, withType: boolean) {
    this.quantity = withQuantity ? new Float64Array(1024) : null;
    this.type = withType ? new Uint16Array(1024) : null;
  }

  grow(): void {
    const size = this.customer.length * 2;
    this.customer = copyInto(new Int32Array(size), this.customer);
    this.day = copyInto(new Int32Array(size), this.day);
    this.amount = copyInto(new Float64Array(size), this.amount);
    if (this.quantity) this.quantity = copyInto(new Float64Array(size), this.quantity);
    if (this.type) this.type = copyInto(new Uint16Array(size), this.type);
  }
}

function copyInto<T extends Int32Array | Float64Array | Uint16Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

export function parseTransactions(text: string, options: ParseOptions): TransactionImport {
  const errors: ImportError[] = [];
  let errorCount = 0;
  const report = (line: number, code: ImportErrorCode, params: Record<string, string | number> = {}): void => {
    errorCount++;
    if (errors.length < MAX_ERROR_DETAILS) errors.push({ line, code, params });
  };
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    report(0, 'emptyFile');
    return { ok: false, errors, errorCount };
  }
  const { mapping, dateFormat, decimalComma } = options;
  const unmapped = (['customer', 'date', 'amount'] as const).filter((field) => !(mapping[field] >= 0));
  if (unmapped.length > 0) {
    report(0, 'unmappedColumns', { columns: unmapped.join(', ') });
    return { ok: false, errors, errorCount };
  }
  const needed = Math.max(mapping.customer, mapping.date, mapping.amount, mapping.type, mapping.quantity) + 1;
  const cols = new GrowingColumns(mapping.quantity >= 0, mapping.type >= 0);
  const customerIndex = new Map<string, number>();
  const customerIds: string[] = [];
  const typeIndex = new Map<string, number>();
  const typeNames: string[] = [];
  const reader = new RowReader(text, options.separator);
  let headerPending = options.hasHeader;
  let rows = 0;
  let skippedLines = 0;
  let nextProgress = PROGRESS_EVERY;

  while (reader.next()) {
    if (reader.fieldCount === 0) continue; // blank line
    if (headerPending) {
      headerPending = false;
      continue;
    }
    rows++;
    if (rows >= nextProgress) {
      nextProgress += PROGRESS_EVERY;
      options.onProgress?.({ fraction: reader.pos / text.length, rows });
    }
    const line = reader.line;
    if (reader.unterminated) {
      report(line, 'unterminatedQuote');
      skippedLines++;
      continue;
    }
    if (reader.fieldCount < needed) {
      report(line, 'missingColumns', { expected: needed, found: reader.fieldCount });
      skippedLines++;
      continue;
    }
    const { starts, ends } = reader;
    const day = parseDate(text, starts[mapping.date], ends[mapping.date], dateFormat);
    if (Number.isNaN(day)) {
      report(line, 'badDate', { value: clip(reader.field(mapping.date)), format: dateFormat });
      skippedLines++;
      continue;
    }
    const amount = parseAmount(text, starts[mapping.amount], ends[mapping.amount], decimalComma);
    if (Number.isNaN(amount)) {
      report(line, 'badAmount', { value: clip(reader.field(mapping.amount)) });
      skippedLines++;
      continue;
    }
    let quantity = 0;
    if (mapping.quantity >= 0) {
      quantity = parseAmount(text, starts[mapping.quantity], ends[mapping.quantity], decimalComma);
      if (Number.isNaN(quantity)) {
        report(line, 'badQuantity', { value: clip(reader.field(mapping.quantity)) });
        skippedLines++;
        continue;
      }
    }
    const id = reader.field(mapping.customer);
    if (id === '') {
      report(line, 'emptyCustomer');
      skippedLines++;
      continue;
    }
    let type = 0;
    if (mapping.type >= 0) {
      const name = reader.field(mapping.type);
      const known = typeIndex.get(name);
      if (known !== undefined) type = known;
      else if (typeNames.length >= MAX_TYPES) {
        report(line, 'tooManyTypes', { max: MAX_TYPES });
        skippedLines++;
        continue;
      } else {
        type = typeNames.length;
        typeIndex.set(name, type);
        typeNames.push(name);
      }
    }
    let c = customerIndex.get(id);
    if (c === undefined) {
      c = customerIds.length;
      customerIndex.set(id, c);
      customerIds.push(id);
    }
    const k = cols.count;
    if (k === cols.customer.length) cols.grow();
    cols.customer[k] = c;
    cols.day[k] = day;
    cols.amount[k] = amount;
    if (cols.quantity) cols.quantity[k] = quantity;
    if (cols.type) cols.type[k] = type;
    cols.count = k + 1;
  }
  options.onProgress?.({ fraction: 1, rows });
  if (cols.count === 0 && errorCount === 0) report(0, 'noRows');
  if (cols.count === 0 || (errorCount > 0 && !options.skipBadLines)) return { ok: false, errors, errorCount };
  const log: TransactionLog = {
    count: cols.count,
    customer: cols.customer,
    day: cols.day,
    amount: cols.amount,
    quantity: cols.quantity,
    type: cols.type,
    customerIds,
    typeNames,
  };
  return { ok: true, log, rows, skippedLines, errors, errorCount };
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
