/**
 * CSV exports of a run's customers and purchases that open cleanly in LibreOffice Calc and Excel
 * set to French: ';' separator, UTF-8 with a BOM (so Excel detects the encoding), CRLF line ends,
 * RFC 4180 quoting, decimal comma by default, dates as JJ/MM/AAAA from scenario.startDate + tick.
 * With a decimal point (a spreadsheet set to English) the separator is ',' (csvSeparator), as such
 * a spreadsheet expects: a ';' file opened there lands in one column.
 * Text cells starting with = + - @ (or a tab / carriage return) get a leading apostrophe so a
 * spreadsheet never runs them as formulas (CSV injection); numbers are written as numbers.
 */
import type { CustomerRecord } from '../engine/types.ts';
import { CHANNELS } from '../engine/vocabulary.ts';
import { townNames } from '../engine/towns.ts';
import { db as frDb } from '../i18n/fr/db.ts';
import { vocabulary as frVocabulary } from '../i18n/fr/vocabulary.ts';
import type { Messages } from '../i18n/fr.ts';
import { plainSpaces } from '../i18n/frenchSpacing.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Locale } from '../i18n/translate.ts';
import { localized } from '../app/localized.ts';
import { tickDateLabel } from './calendar.ts';
import { wholeRun } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import { readRunCustomers } from './customerPages.ts';
import { getRun } from './runsRepository.ts';
import { customerNumber } from './customerQuery.ts';

export const CSV_SEPARATOR = ';';

/** The separator that goes with the decimal mark: ';' with a decimal comma (French), ',' with a decimal point (English). */
export function csvSeparator(decimalComma: boolean): string {
  return decimalComma ? CSV_SEPARATOR : ',';
}
export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

export interface CsvOptions {
  /** 12,50 and ';' rather than 12.50 and ',' (default true: what a French spreadsheet expects) */
  decimalComma?: boolean;
  /** column headers and yes/no words (default: French, src/i18n/fr/db.ts) */
  labels?: Record<keyof typeof frDb.csv, string>;
  /** labels of closed vocabularies (default: French, src/i18n/fr/vocabulary.ts) */
  vocabulary?: Pick<Messages['vocabulary'], 'motive' | 'stage' | 'ladder' | 'segment' | 'rfSegment' | 'channel' | 'cause'>;
  /**
   * name of a town index; default: the shop's place names (engine/towns.ts townNames: an online shop's cities of France,
   * a store's districts) when the scenario says which shop it is, else the index
   */
  townName?: (town: number) => string;
  /** the language of the scenario's own texts in cells (product type names; default French) */
  locale?: Locale;
}

type Cell = string | number | null;

/** A text cell: formula guard, then quoting when needed (a quote, a line break, edge spaces or the file's separator). */
export function textCell(value: string, separator: string = CSV_SEPARATOR): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]|^\s|\s$/.test(guarded) || guarded.includes(separator) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function numberCell(value: number, decimals: number | null, decimalComma: boolean): string {
  if (!Number.isFinite(value)) return '';
  const text = decimals === null ? String(value) : value.toFixed(decimals);
  return decimalComma ? text.replace('.', ',') : text;
}

function line(cells: string[], separator: string): string {
  return cells.join(separator);
}

/** Column headers in ordinary spaces (plainSpaces): a column's name is typed in formulas and scripts, where a hidden no-break space would not match. */
export function headerCell(label: string, separator: string = CSV_SEPARATOR): string {
  return textCell(plainSpaces(label), separator);
}

function document(header: string[], rows: string[][], separator: string): string {
  return CSV_BOM + [line(header.map((h) => headerCell(h, separator)), separator), ...rows.map((r) => line(r, separator))].join(EOL) + EOL;
}

/** The scenario as the customers' export reads it: its calendar, and which shop it is (to name the customers' places). */
type CsvScenario = Pick<Scenario, 'startDate' | 'tickUnit'> & Partial<Pick<Scenario, 'channel' | 'sector'>>;

function placeName(scenario: CsvScenario): ((town: number) => string) | undefined {
  if (scenario.sector === undefined) return undefined;
  const names = townNames({ channel: scenario.channel, sector: scenario.sector });
  return (town) => names[town] ?? String(town);
}

function resolved(options: CsvOptions) {
  return {
    comma: options.decimalComma ?? true,
    separator: csvSeparator(options.decimalComma ?? true),
    labels: options.labels ?? frDb.csv,
    words: options.vocabulary ?? frVocabulary,
    town: options.townName ?? ((town: number) => String(town)),
  };
}

/** The customers table (one row per customer, in the given order). */
export function customersCsv(customers: readonly CustomerRecord[], scenario: CsvScenario, options: CsvOptions = {}): string {
  const { comma, separator, labels, words, town } = resolved({ ...options, townName: options.townName ?? placeName(scenario) });
  const text = (v: Cell) => (v === null ? '' : textCell(String(v), separator));
  const num = (v: number | null, decimals: number | null = null) => (v === null ? '' : numberCell(v, decimals, comma));
  const date = (tick: number | null) => (tick === null ? '' : textCell(tickDateLabel(scenario, tick), separator));
  const yesNo = (b: boolean) => textCell(b ? labels.yes : labels.no, separator);
  const columns = [
    'id', 'firstName', 'lastName', 'age', 'town', 'channel', 'motive', 'firstPurchase', 'lastPurchase', 'purchasesTotal',
    'spendTotal', 'loyaltyCard', 'clubMember', 'stage', 'ladder', 'r', 'f', 'm', 'segment', 'rfSegment',
    'measuredSatisfaction', 'dataKnown', 'consent', 'referred', 'departureCause',
  ] as const;
  const rows = customers.map((c) => [
    num(customerNumber(c.id)),
    text(c.firstName),
    text(c.lastName),
    num(c.age),
    text(town(c.town)),
    text(words.channel[c.channel]),
    text(words.motive[c.motive]),
    date(c.firstPurchaseTick),
    date(c.lastPurchaseTick),
    num(c.purchasesTotal),
    num(c.spendTotal, 2),
    yesNo(c.loyaltyCard),
    yesNo(c.clubMember),
    text(words.stage[c.stage]),
    text(words.ladder[c.ladder]),
    num(c.r),
    num(c.f),
    num(c.m),
    text(c.segment === null ? null : words.segment[c.segment]),
    text(c.rfSegment === null ? null : words.rfSegment[c.rfSegment]),
    num(c.measuredSatisfaction, 2),
    num(c.dataKnown, 2),
    yesNo(c.consent),
    yesNo(c.referred),
    text(c.departureCause === null ? null : words.cause[c.departureCause]),
  ]);
  return document(columns.map((k) => labels[k]), rows, separator);
}

export interface PurchaseRows {
  tick: number;
  length: number;
  customer: ArrayLike<number>;
  amount: ArrayLike<number>;
  productType: ArrayLike<number>;
  channel: ArrayLike<number>;
}

/** The purchases table: one row per purchase, batches in tick order. */
export function purchasesCsv(batches: readonly PurchaseRows[], scenario: Pick<Scenario, 'startDate' | 'tickUnit' | 'economics'>, options: CsvOptions = {}): string {
  const { comma, separator, labels, words } = resolved(options);
  // in the file's language, French when the scenario has no translation (review16 m1); ordinary spaces, as the labels
  const label = (i: number) => scenario.economics.productTypes[i]?.label;
  const productName = (i: number) => {
    const text = label(i);
    return text ? plainSpaces(localized(text, options.locale ?? 'fr')) : String(i);
  };
  const rows: string[][] = [];
  for (const batch of [...batches].sort((a, b) => a.tick - b.tick)) {
    const date = textCell(tickDateLabel(scenario, batch.tick), separator);
    for (let i = 0; i < batch.length; i++) {
      const channel = CHANNELS[batch.channel[i]];
      rows.push([
        date,
        numberCell(batch.tick, null, comma),
        numberCell(customerNumber(batch.customer[i]), null, comma),
        numberCell(batch.amount[i], 2, comma),
        textCell(productName(batch.productType[i]), separator),
        textCell(channel ? words.channel[channel] : String(batch.channel[i]), separator),
      ]);
    }
  }
  return document([labels.date, labels.period, labels.customer, labels.amount, labels.productType, labels.purchaseChannel], rows, separator);
}

/** A run's customers as CSV, in id order (invalid stored records are left out). */
export async function exportCustomersCsv(fdb: FidelisDb, runId: string, options: CsvOptions = {}): Promise<string> {
  const run = await getRun(fdb, runId);
  const { records } = await readRunCustomers(fdb, runId);
  return customersCsv(records, run.scenario, options);
}

/** A run's purchases as CSV. */
export async function exportPurchasesCsv(fdb: FidelisDb, runId: string, options: CsvOptions = {}): Promise<string> {
  const run = await getRun(fdb, runId);
  const batches = await fdb.db.getAll('purchases', wholeRun(fdb.keyRange, runId));
  return purchasesCsv(batches, run.scenario, options);
}
