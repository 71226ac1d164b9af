/**
 * State of the analytics screen: the steps (choose a file, confirm the layout, import, RFM, scoring),
 * the values the user chose and the last results. Talks to the analytics session through an
 * AnalyticsClient (worker in the app) and never blocks the page: progress arrives as messages.
 */
import { isoFromDay, parseIsoDay } from '../../engine/scoring/transactionLog.ts';
import type { DetectedLayout } from '../../import/detect.ts';
import type { TransactionFormat } from '../../import/types.ts';
import {
  LOAD_EMPTY,
  LOAD_NOT_TEXT,
  type AnalyticsClient,
  type AnalyticsSource,
  type ImportSummary,
  type LoadResult,
  type RfmResult,
  type ScoreResult,
} from './analyticsProtocol.ts';
import { importDay } from './importDay.ts';

export type Busy = 'load' | 'import' | 'rfm' | 'score' | 'export' | null;

/** A failure to show: an i18n key under `analytics.` and its parameters. */
export interface Failure {
  key: 'failed' | 'badDate' | 'noCustomersBefore' | 'emptyFile' | 'notText';
  params?: Record<string, string | number>;
}

/** The failure a session error message stands for (the session names a few cases by a code). */
function failureOf(message: string): Failure {
  if (message === 'noCustomers') return { key: 'noCustomersBefore' };
  if (message === LOAD_EMPTY) return { key: 'emptyFile' };
  if (message === LOAD_NOT_TEXT) return { key: 'notText' };
  return { key: 'failed', params: { message } };
}

export class AnalyticsStore {
  format = $state<TransactionFormat>('csv');
  sourceName = $state('');
  sourceBytes = $state(0);
  /** How the file's bytes were read (said under the file's name), null for none or the sample given as text. */
  sourceEncoding = $state<LoadResult['encoding']>(null);
  layout = $state<DetectedLayout | null>(null);
  skipBadLines = $state(false);
  busy = $state<Busy>(null);
  progress = $state(0);
  failure = $state<Failure | null>(null);
  imported = $state.raw<ImportSummary | null>(null);
  analysisDate = $state('');
  windowDays = $state(365);
  rfm = $state.raw<RfmResult | null>(null);
  calibrationEnd = $state('');
  horizonWeeks = $state(52);
  marginPercent = $state(30);
  discountPercent = $state(10);
  score = $state.raw<ScoreResult | null>(null);

  private readonly client: AnalyticsClient;
  /** the import day from the browser's clock (a purchase dated later is refused); the tests may give a fixed day */
  private readonly today: () => number | null;

  constructor(client: AnalyticsClient, today: () => number | null = () => importDay()) {
    this.client = client;
    this.today = today;
  }

  dispose(): void {
    this.client.dispose();
  }

  private async run<T>(busy: Busy, work: () => Promise<T>): Promise<T | null> {
    this.busy = busy;
    this.progress = 0;
    this.failure = null;
    try {
      return await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.failure = failureOf(message);
      return null;
    } finally {
      this.busy = null;
    }
  }

  /** Reads a file (or the bundled sample) and guesses its layout. */
  async load(source: AnalyticsSource, name: string, format: TransactionFormat): Promise<void> {
    this.format = format;
    this.sourceName = name;
    this.layout = null;
    this.sourceEncoding = null;
    this.imported = this.rfm = this.score = null;
    const result = await this.run('load', () => this.client.request<LoadResult>({ kind: 'load', source, format }));
    if (result) {
      this.layout = result.layout;
      this.sourceBytes = result.bytes;
      this.sourceEncoding = result.encoding;
    }
  }

  /** Imports with the confirmed layout; on success proposes dates from the data. */
  async importRows(): Promise<void> {
    const layout = this.layout;
    if (!layout) return;
    this.rfm = this.score = null;
    const plain = {
      separator: layout.separator,
      hasHeader: layout.hasHeader,
      ...(layout.skipLines ? { skipLines: layout.skipLines } : {}),
      decimalComma: layout.decimalComma,
      dateFormat: layout.dateFormat,
      mapping: { ...layout.mapping },
    };
    // a purchase dated after today is a typo (2099): a line in error, said with its line number
    const latestDay = this.today();
    const summary = await this.run('import', () =>
      this.client.request<ImportSummary>(
        { kind: 'import', layout: plain, skipBadLines: this.skipBadLines, ...(latestDay !== null ? { latestDay } : {}) },
        (f) => (this.progress = f),
      ),
    );
    this.imported = summary;
    if (summary?.ok) {
      // the dates proposed ignore purchases dated far after the others (src/import/lateDates.ts)
      const last = summary.bulkLastDay;
      this.analysisDate = isoFromDay(last);
      const middle = summary.firstDay + Math.floor((last - summary.firstDay) / 2);
      this.calibrationEnd = isoFromDay(middle);
      this.horizonWeeks = Math.max(1, Math.round((last - middle) / 7));
    }
  }

  async computeRfm(): Promise<void> {
    const day = parseIsoDay(this.analysisDate);
    if (day === null) {
      this.failure = { key: 'badDate' };
      return;
    }
    const windowDays = Math.max(1, Math.floor(Number(this.windowDays) || 365));
    this.rfm = await this.run('rfm', () => this.client.request<RfmResult>({ kind: 'rfm', analysisDay: day, windowDays }));
  }

  async computeScore(): Promise<void> {
    const day = parseIsoDay(this.calibrationEnd);
    if (day === null) {
      this.failure = { key: 'badDate' };
      return;
    }
    this.score = await this.run('score', () =>
      this.client.request<ScoreResult>({
        kind: 'score',
        calibrationEnd: day,
        horizonWeeks: Math.max(1, Number(this.horizonWeeks) || 52),
        margin: Math.min(100, Math.max(0, Number(this.marginPercent) || 0)) / 100,
        yearlyDiscountRate: Math.max(0, Number(this.discountPercent) || 0) / 100,
      }),
    );
  }

  /** The CSV text of the scored customers (the page offers it as a download). */
  async exportCsv(decimalComma: boolean, headers: string[], segmentNames: string[]): Promise<string | null> {
    return this.run('export', () => this.client.request<string>({ kind: 'exportCsv', decimalComma, headers, segmentNames }));
  }
}
