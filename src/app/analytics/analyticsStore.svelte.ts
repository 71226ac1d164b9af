/**
 * State of the analytics screen: the steps (choose a file, confirm the layout, import, RFM, scoring),
 * the values the user chose and the last results. Talks to the analytics session through an
 * AnalyticsClient (worker in the app) and never blocks the page: progress arrives as messages.
 * « Arrêter » (stop) abandons the step under way; what was done before it (the file, its import, the
 * RFM) is sent again to the fresh session, so the screen and the export go on as before the step.
 */
import { isoFromDay, parseIsoDay } from '../../engine/scoring/transactionLog.ts';
import type { DetectedLayout } from '../../import/detect.ts';
import type { TransactionFormat } from '../../import/types.ts';
import {
  LOAD_EMPTY,
  LOAD_NOT_TEXT,
  STOPPED,
  type AnalyticsClient,
  type AnalyticsRequest,
  type AnalyticsSource,
  type ImportSummary,
  type LoadResult,
  type RfmResult,
  type ScoreResult,
} from './analyticsProtocol.ts';
import { importDay } from './importDay.ts';
import type { CsvLabels } from './scoredCustomersCsv.ts';

/** 'restore': after a stop, the file and what was computed from it are sent again to the fresh session. */
export type Busy = 'load' | 'import' | 'rfm' | 'score' | 'export' | 'restore' | null;
/** The steps « Arrêter » can stop. */
export type StoppableStep = Exclude<Busy, 'restore' | null>;

/** A failure to show: an i18n key under `analytics.` and its parameters. */
export interface Failure {
  key: 'failed' | 'badDate' | 'noCustomersBefore' | 'fileEmpty' | 'fileNotText';
  params?: Record<string, string | number>;
  /** a refused file's failure: the name of the file loaded before, which stays (analytics.fileKept) */
  kept?: string;
}

/** The failure a session error message stands for (the session names a few cases by a code). */
function failureOf(message: string): Failure {
  if (message === 'noCustomers') return { key: 'noCustomersBefore' };
  if (message === LOAD_EMPTY) return { key: 'fileEmpty' };
  if (message === LOAD_NOT_TEXT) return { key: 'fileNotText' };
  return { key: 'failed', params: { message } };
}

export class AnalyticsStore {
  format = $state<TransactionFormat>('csv');
  /**
   * The teacher chose « Type de fichier » by hand: a file is read as that type. Otherwise a file is read
   * as CSV unless its shape is a CDNOW file's (detect.ts recogniseFormat), said by `recognised`.
   */
  formatByHand = $state(false);
  /** the file shown was recognised as a CDNOW file, not chosen as one */
  recognised = $state(false);
  sourceName = $state('');
  sourceBytes = $state(0);
  /** How the file's bytes were read (said under the file's name), null for none or the sample given as text. */
  sourceEncoding = $state<LoadResult['encoding']>(null);
  layout = $state<DetectedLayout | null>(null);
  skipBadLines = $state(false);
  busy = $state<Busy>(null);
  progress = $state(0);
  /** data lines read so far by the import (or the restore's import) */
  linesRead = $state(0);
  /** seconds left, from the pace so far (null: too early to say, or a step that does not report its progress) */
  remainingSeconds = $state<number | null>(null);
  /** the step the teacher stopped (said until the next step starts) */
  stopped = $state<StoppableStep | null>(null);
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
  /** milliseconds, for the time left */
  private readonly now: () => number;
  /** what the session holds, to send again after a stop: the file read, its import, the RFM */
  #loaded: Extract<AnalyticsRequest, { kind: 'load' }> | null = null;
  #importRequest: Extract<AnalyticsRequest, { kind: 'import' }> | null = null;
  #rfmRequest: Extract<AnalyticsRequest, { kind: 'rfm' }> | null = null;
  /** the step under way, settled once it has unwound (during « Arrêter »: the whole stop, its restore included) */
  #current: Promise<unknown> = Promise.resolve();
  /** the type last chosen while a step ran: the file is read as it once the step is over (retype); the select shows it meanwhile */
  wanted = $state<TransactionFormat | null>(null);
  /** the source of the last reading started (a new file, the sample, or the file here read again) */
  #reading: AnalyticsSource | null = null;

  constructor(client: AnalyticsClient, today: () => number | null = () => importDay(), now: () => number = () => performance.now()) {
    this.client = client;
    this.today = today;
    this.now = now;
  }

  dispose(): void {
    this.client.dispose();
  }

  private run<T>(busy: Busy, work: () => Promise<T>): Promise<T | null> {
    const running = this.#run(busy, work);
    this.#current = running;
    return running;
  }

  async #run<T>(busy: Busy, work: () => Promise<T>): Promise<T | null> {
    this.busy = busy;
    this.progress = 0;
    this.linesRead = 0;
    this.remainingSeconds = null;
    this.failure = null;
    if (busy !== 'restore') this.stopped = null;
    try {
      return await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // stopped by the teacher: said by `stopped`, not as a failure
      if (message !== STOPPED) this.failure = failureOf(message);
      return null;
    } finally {
      this.busy = null;
    }
  }

  /** Progress of a step: the share of the file, the lines read, and the time left at the pace so far. */
  private progressOf(started: number): (fraction: number, lines?: number) => void {
    return (fraction, lines) => {
      this.progress = fraction;
      if (lines !== undefined) this.linesRead = lines;
      const elapsed = (this.now() - started) / 1000;
      // the first 2 % and the first second say little about the pace
      this.remainingSeconds = fraction >= 0.02 && fraction < 1 && elapsed >= 1 ? Math.ceil((elapsed * (1 - fraction)) / fraction) : null;
    };
  }

  /**
   * « Arrêter »: the step under way is abandoned (the worker that runs it is ended), its result is not
   * shown. What the screen showed before it is kept: the file is read again and, when it was imported,
   * imported again with the same columns (and its RFM computed again), so the next steps and the
   * export work as before. A stopped reading leaves no file.
   */
  async stop(): Promise<void> {
    const step = this.busy;
    if (step === null || step === 'restore') return;
    this.client.stop();
    // a type chosen meanwhile waits for the restore too (retype)
    await (this.#current = this.#stop(step, this.#current));
  }

  async #stop(step: StoppableStep, running: Promise<unknown>): Promise<void> {
    await running;
    this.stopped = step;
    const loaded = this.#loaded;
    if (step === 'load' || !loaded) {
      // the fresh session holds no file: the one shown during the reading goes too
      this.#loaded = this.#importRequest = this.#rfmRequest = null;
      this.layout = null;
      this.sourceEncoding = null;
      this.imported = this.rfm = this.score = null;
      return;
    }
    const importRequest = this.imported?.ok ? this.#importRequest : null;
    const rfmRequest = importRequest && this.rfm ? this.#rfmRequest : null;
    await this.run('restore', async () => {
      await this.client.request<LoadResult>(loaded);
      if (importRequest) await this.client.request<ImportSummary>(importRequest, this.progressOf(this.now()));
      if (rfmRequest) await this.client.request<RfmResult>(rfmRequest);
      return true;
    }).then((restored) => {
      if (restored) return;
      // the file could not be read again: nothing is left to compute on
      this.#loaded = null;
      this.layout = null;
      this.imported = this.rfm = this.score = null;
    });
  }

  /** Reads a file (or the bundled sample) and guesses its layout; `recognise`: a CSV of a CDNOW file's shape is read as CDNOW. */
  async load(source: AnalyticsSource, name: string, format: TransactionFormat, recognise = false): Promise<void> {
    this.#reading = source;
    const result = await this.run('load', () => this.client.request<LoadResult>({ kind: 'load', source, format, ...(recognise ? { recognise } : {}) }));
    // a file that cannot be read (empty, binary) is said, and the file already here stays with its import,
    // RFM and score, as the session keeps them (a wrong file chosen by mistake lost them all, QA qa7);
    // a stopped reading has already cleared the screen (stop)
    if (!result) {
      if (this.failure) this.#refused(this.failure, name);
      return;
    }
    this.format = result.format;
    this.recognised = result.format !== format;
    this.sourceName = name;
    this.layout = result.layout;
    this.sourceBytes = result.bytes;
    this.sourceEncoding = result.encoding;
    this.imported = this.rfm = this.score = null;
    this.#loaded = { kind: 'load', source, format: result.format };
    this.#importRequest = this.#rfmRequest = null;
  }

  /**
   * « Type de fichier » changed by hand: the file already here is read again as that type, as choosing it again would (QA qa21 F1).
   * While a step runs, the type is read once it is over, only the last one chosen: a keyboard's arrows on the select
   * change it at each type they pass (Windows), and each one started a whole reading of the file (review8 #2).
   * True when the file could not be read as the type chosen last, or when the new file read meanwhile was refused: the file
   * stays as `format` says, which the select shows again.
   */
  async retype(format: TransactionFormat): Promise<boolean> {
    const byHand = this.formatByHand;
    this.formatByHand = true;
    if (this.busy || this.wanted) {
      const waiting = this.wanted;
      this.wanted = format;
      if (waiting) return false;
      const step = this.busy;
      // the step under way, and what follows it at once (the restore of a stop)
      let current: Promise<unknown> | null = null;
      while (this.busy || current !== this.#current) await (current = this.#current);
      format = this.wanted ?? format;
      this.wanted = null;
      // a new file (or the sample) refused meanwhile: its message stays, and the file kept is not read again as the type meant for the new one (review9 #1)
      // and the type meant for it goes with it: the next file is recognised as before, not read as the kept file's type (review10 #3)
      if (step === 'load' && this.failure && this.#reading !== this.#loaded?.source) {
        this.formatByHand = byHand;
        return true;
      }
    }
    const loaded = this.#loaded;
    if (!loaded || loaded.format === format) return false;
    await this.load(loaded.source, this.sourceName, format);
    return this.failure !== null && !this.wanted;
  }

  /**
   * A refused file is named, with the file that stays (QA qa12 F6: under « Fichier : ventes.csv », « Ce fichier
   * n'est pas un fichier CSV » read as if ventes.csv were the binary); the failed import of the file that stays
   * goes: shown under the refused file's message, it read as that file's.
   */
  #refused(failure: Failure, name: string): void {
    const kept = this.layout ? this.sourceName : undefined;
    this.failure = { ...failure, ...(failure.key === 'failed' ? {} : { params: { file: name } }), ...(kept !== undefined ? { kept } : {}) };
    if (this.imported && !this.imported.ok) this.imported = null;
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
    const request: Extract<AnalyticsRequest, { kind: 'import' }> = {
      kind: 'import',
      layout: plain,
      skipBadLines: this.skipBadLines,
      ...(latestDay !== null ? { latestDay } : {}),
    };
    const summary = await this.run('import', () => this.client.request<ImportSummary>(request, this.progressOf(this.now())));
    this.imported = summary;
    this.#importRequest = summary?.ok ? request : null;
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
    const request: Extract<AnalyticsRequest, { kind: 'rfm' }> = { kind: 'rfm', analysisDay: day, windowDays };
    this.rfm = await this.run('rfm', () => this.client.request<RfmResult>(request));
    this.#rfmRequest = this.rfm ? request : null;
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
  async exportCsv(labels: CsvLabels): Promise<string | null> {
    return this.run('export', () => this.client.request<string>({ kind: 'exportCsv', ...labels }));
  }
}

let shared: AnalyticsStore | null = null;

/**
 * The app's one analytics store, made at the first visit of « Données réelles » and kept for the page's
 * life: leaving the screen (the « Labo de scoring » tab beside it, a glossary card, another screen) and
 * coming back finds the file, its import, the RFM and the score as they were, an import under way still
 * going (QA qa7: each visit made a new store and ended the old one's worker, everything lost).
 */
export function sharedAnalyticsStore(makeClient: () => AnalyticsClient): AnalyticsStore {
  shared ??= new AnalyticsStore(makeClient());
  return shared;
}
