/**
 * Imports a transaction log text into a columnar TransactionLog (typed arrays grown by doubling, no
 * object per row). Every bad line is reported with its line number; unless the user asked to skip
 * bad lines, an import with any error imports nothing.
 */
import type { TransactionLog } from '../engine/scoring/transactionLog.ts';
import { amountOutliers } from './amountOutliers.ts';
import { cutLastLine } from './cutLastLine.ts';
import { BadDates, dateHint, unknownFormat } from './dateHints.ts';
import { hasCommaAmounts, unreadableDateColumn } from './detect.ts';
import { amountProblem, parseAmount, parseDate } from './fieldParsers.ts';
import { RowReader } from './rowReader.ts';
import { MAX_ERROR_DETAILS, REQUIRED_FIELDS, unmappedParam, type ImportError, type ImportErrorCode, type ParseOptions, type TransactionImport } from './types.ts';

const PROGRESS_EVERY = 1 << 16;
const MAX_TYPES = 65535;

class GrowingColumns {
  count = 0;
  customer = new Int32Array(1024);
  day = new Int32Array(1024);
  amount = new Float64Array(1024);
  /** the file line of each row, to name the lines of outlying amounts (amountOutliers.ts) */
  line = new Int32Array(1024);
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
    this.line = copyInto(new Int32Array(size), this.line);
    if (this.quantity) this.quantity = copyInto(new Float64Array(size), this.quantity);
    if (this.type) this.type = copyInto(new Uint16Array(size), this.type);
  }
}

function copyInto<T extends Int32Array | Float64Array | Uint16Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/** True when the text holds nothing but blanks (and a byte order mark). */
function isBlankText(text: string): boolean {
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0xfeff && c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/**
 * Turns one row into columns, or says why it cannot. A method called once per row rather than a
 * loop body: V8 optimises it after a few thousand rows, where a long loop would wait for on-stack
 * replacement (measured: the first import of 1M rows twice as slow).
 */
const AMOUNT_CODES = { missing: 'missingAmount', exponent: 'exponentAmount', unreadable: 'badAmount' } as const;
const QUANTITY_CODES = { missing: 'missingQuantity', exponent: 'exponentQuantity', unreadable: 'badQuantity' } as const;

class RowImporter {
  readonly cols: GrowingColumns;
  readonly customerIndex = new Map<string, number>();
  private readonly numericIndex = new Map<number, number>();
  readonly customerIds: string[] = [];
  readonly typeIndex = new Map<string, number>();
  readonly typeNames: string[] = [];
  /** Rows imported with a negative amount (refunds?). */
  negatives = 0;
  /**
   * The problems of the last line refused, in the order of its fields: every field is checked, so that a line
   * with a bad date and a bad amount says both and the student mends it once (QA qa27class m6).
   */
  readonly problems: { code: ImportErrorCode; params: Record<string, string | number> }[] = [];
  private readonly needed: number;

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {
    const m = options.mapping;
    this.needed = Math.max(m.customer, m.date, m.amount, m.type, m.quantity) + 1;
    this.cols = new GrowingColumns(m.quantity >= 0, m.type >= 0);
  }

  /** Imports the row, or returns false with its problems in `problems`. */
  add(reader: RowReader): boolean {
    const { mapping, dateFormat, decimalComma } = this.options;
    const text = this.text;
    this.problems.length = 0;
    if (reader.unterminated) return this.fail('unterminatedQuote', {});
    if (reader.fieldCount < this.needed) return this.fail('missingColumns', { expected: this.needed, found: reader.fieldCount });
    const { starts, ends } = reader;
    const day = parseDate(text, starts[mapping.date], ends[mapping.date], dateFormat);
    if (day !== day) {
      const value = reader.field(mapping.date);
      this.fail(value === '' ? 'missingDate' : 'badDate', value === '' ? {} : { value: clip(value), format: dateFormat });
    } else if (this.options.latestDay !== undefined && day > this.options.latestDay) this.fail('futureDate', { value: clip(reader.field(mapping.date)) });
    const amount = parseAmount(text, starts[mapping.amount], ends[mapping.amount], decimalComma, false);
    if (amount !== amount) this.failNumber(reader.field(mapping.amount), AMOUNT_CODES);
    let quantity = 0;
    if (mapping.quantity >= 0) {
      quantity = parseAmount(text, starts[mapping.quantity], ends[mapping.quantity], decimalComma, false);
      if (quantity !== quantity) this.failNumber(reader.field(mapping.quantity), QUANTITY_CODES);
    }
    // a refused line registers no customer (one with no purchase would be counted): its id is only checked
    if (this.problems.length > 0) {
      if (reader.field(mapping.customer) === '') this.fail('emptyCustomer', {});
      return false;
    }
    const c = this.customerOf(reader, mapping.customer);
    if (c < 0) return this.fail('emptyCustomer', {});
    let type = 0;
    if (mapping.type >= 0) {
      const name = reader.field(mapping.type);
      const known = this.typeIndex.get(name);
      if (known !== undefined) type = known;
      else if (this.typeNames.length >= MAX_TYPES) return this.fail('tooManyTypes', { max: MAX_TYPES });
      else {
        type = this.typeNames.length;
        this.typeIndex.set(name, type);
        this.typeNames.push(name);
      }
    }
    const cols = this.cols;
    const k = cols.count;
    if (k === cols.customer.length) cols.grow();
    cols.customer[k] = c;
    cols.day[k] = day;
    cols.amount[k] = amount;
    cols.line[k] = reader.line;
    if (cols.quantity) cols.quantity[k] = quantity;
    if (cols.type) cols.type[k] = type;
    cols.count = k + 1;
    if (amount < 0) this.negatives++;
    return true;
  }

  /**
   * Index of the row's customer (-1 when the id is empty). Ids made of up to 13 digits (the CDNOW
   * files, most shop exports) are looked up by a number built from their characters — value and
   * length, so "007" and "7" stay different — without creating a string for every row.
   */
  private customerOf(reader: RowReader, column: number): number {
    const text = this.text;
    let start = reader.starts[column];
    let end = reader.ends[column];
    while (start < end && text.charCodeAt(start) === 32) start++;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    const length = end - start;
    if (length > 0 && length <= 13 && reader.escaped[column] === 0) {
      let value = 0;
      let p = start;
      for (; p < end; p++) {
        const d = text.charCodeAt(p) - 48;
        if (d < 0 || d > 9) break;
        value = value * 10 + d;
      }
      if (p === end) {
        const key = value * 16 + length;
        let c = this.numericIndex.get(key);
        if (c === undefined) {
          c = this.register(text.slice(start, end));
          this.numericIndex.set(key, c);
        }
        return c;
      }
    }
    const id = reader.field(column);
    if (id === '') return -1;
    const known = this.customerIndex.get(id);
    return known !== undefined ? known : this.register(id);
  }

  private register(id: string): number {
    const known = this.customerIndex.get(id);
    if (known !== undefined) return known;
    const c = this.customerIds.length;
    this.customerIndex.set(id, c);
    this.customerIds.push(id);
    return c;
  }

  /** An amount or quantity not read: empty, in exponent notation, or unreadable, each with its message. */
  private failNumber(value: string, codes: Record<ReturnType<typeof amountProblem>, ImportErrorCode>): void {
    const problem = amountProblem(value);
    this.fail(codes[problem], problem === 'missing' ? {} : { value: clip(value) });
  }

  /** Notes a problem of the row; false, so that `return this.fail(…)` refuses it. */
  private fail(code: ImportErrorCode, params: Record<string, string | number>): false {
    this.problems.push({ code, params });
    return false;
  }
}

export function parseTransactions(text: string, options: ParseOptions): TransactionImport {
  const errors: ImportError[] = [];
  let errorCount = 0;
  const errorsByCode: Partial<Record<ImportErrorCode, number>> = {};
  const report = (line: number, code: ImportErrorCode, params: Record<string, string | number> = {}): void => {
    errorCount++;
    errorsByCode[code] = (errorsByCode[code] ?? 0) + 1;
    if (errors.length < MAX_ERROR_DETAILS) errors.push({ line, code, params });
  };
  if (isBlankText(text)) {
    report(0, 'emptyFile');
    return { ok: false, errors, errorCount };
  }
  const { mapping } = options;
  // a file with its column titles only has no purchase: said as such, before any column question
  if (!hasDataRow(text, options)) {
    report(0, 'noRows');
    return { ok: false, errors, errorCount };
  }
  const unmapped = REQUIRED_FIELDS.filter((field) => !(mapping[field] >= 0));
  if (unmapped.length > 0) {
    // « montant » unmapped because its amounts are written 12,50: the message says to tick « virgule décimale »
    const commaAmounts = unmapped.includes('amount') && hasCommaAmounts(text, options);
    // « date » unmapped although a column is titled so: its dates are in no format known, which is said instead (QA qa25robust m3)
    const dateColumn = unmapped.includes('date') ? unreadableDateColumn(text, options) : null;
    const others = dateColumn ? unmapped.filter((field) => field !== 'date') : unmapped;
    if (others.length > 0) report(0, 'unmappedColumns', { columns: unmappedParam(others), ...(commaAmounts ? { decimalComma: 1 } : {}) });
    if (dateColumn) report(0, 'unknownDateFormat', unknownFormat(dateColumn.column, dateColumn.value).params);
    return { ok: false, errors, errorCount };
  }
  const importer = new RowImporter(text, options);
  const reader = new RowReader(text, options.separator);
  let headerPending = options.hasHeader;
  let titles = options.skipLines ?? 0;
  let rows = 0;
  let skippedLines = 0;
  let nextProgress = PROGRESS_EVERY;
  const badDates = new BadDates();
  let dateTitle: string | undefined;
  let lastLine = 0;
  while (reader.next()) {
    if (reader.fieldCount === 0) continue; // blank line
    if (titles > 0) {
      titles--;
      continue;
    }
    if (headerPending) {
      headerPending = false;
      dateTitle = reader.field(mapping.date);
      continue;
    }
    rows++;
    lastLine = reader.line;
    if (rows >= nextProgress) {
      nextProgress += PROGRESS_EVERY;
      options.onProgress?.({ fraction: reader.pos / text.length, rows });
    }
    if (!importer.add(reader)) {
      for (const { code, params } of importer.problems) {
        report(reader.line, code, params);
        if (code === 'badDate') badDates.add(reader.field(mapping.date), options.dateFormat);
      }
      skippedLines++;
    }
  }
  options.onProgress?.({ fraction: 1, rows });
  const cols = importer.cols;
  if (cols.count === 0 && errorCount === 0) report(0, 'noRows');
  const hint = dateHint(text, options, badDates, rows, dateTitle);
  const cut = cutLastLine(text, options.separator);
  const notes = { errorsByCode, ...(hint ? { dateHint: hint } : {}), ...(cut !== null && lastLine > 0 ? { cutLine: { line: lastLine, value: clip(cut) } } : {}) };
  // dates that all read in another format: the lines kept would have day and month swapped, nothing is imported
  const wrongFormat = hint?.code === 'dateFormatMismatch';
  if (cols.count === 0 || (errorCount > 0 && !options.skipBadLines) || wrongFormat) return { ok: false, errors, errorCount, rows, skippedLines, ...notes };
  const log: TransactionLog = {
    count: cols.count,
    customer: cols.customer,
    day: cols.day,
    amount: cols.amount,
    quantity: cols.quantity,
    type: cols.type,
    customerIds: importer.customerIds,
    typeNames: importer.typeNames,
  };
  return {
    ok: true,
    log,
    rows,
    skippedLines,
    errors,
    errorCount,
    negativeAmounts: importer.negatives,
    amountOutliers: amountOutliers(cols.amount, cols.line, cols.count),
    ...notes,
  };
}

/** Whether a non-blank line follows the title lines and the header. */
function hasDataRow(text: string, options: ParseOptions): boolean {
  const reader = new RowReader(text, options.separator);
  let before = (options.skipLines ?? 0) + (options.hasHeader ? 1 : 0);
  while (reader.next()) {
    if (reader.fieldCount === 0) continue;
    if (before === 0) return true;
    before--;
  }
  return false;
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
