/**
 * State of the analytics screen: the steps (choose a file, confirm the layout, import, RFM, scoring),
 * the values the user chose and the last results. Talks to the analytics session through an
 * AnalyticsClient (worker in the app) and never blocks the page: progress arrives as messages.
 * « Arrêter » (stop) abandons the step under way; what the screen showed before it (the file, its import,
 * the RFM, the score) is sent again to the fresh session, so the screen, the export and the session agree.
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

/** What the screen shows, and the requests that made it: what a stop gives back to the fresh session. */
interface Shown {
  imported: ImportSummary | null;
  importRequest: Extract<AnalyticsRequest, { kind: 'import' }> | null;
  rfm: RfmResult | null;
  rfmRequest: Extract<AnalyticsRequest, { kind: 'rfm' }> | null;
  score: ScoreResult | null;
  scoreRequest: Extract<AnalyticsRequest, { kind: 'score' }> | null;
}

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
  #scoreRequest: Extract<AnalyticsRequest, { kind: 'score' }> | null = null;
  /** from « Arrêter » to the next step: the stopped step leaves the screen as the stop puts it back (its own result is null) */
  #stopping = false;
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
    if (busy !== 'restore') {
      this.stopped = null;
      this.#stopping = false;
    }
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
   * shown. What the screen showed when it was pressed is kept, and given back to the fresh session: the
   * file read again and, when it was imported, imported again with the same columns, its RFM computed
   * again and its score made again from the same fits (no new fit: a moment, where fitting may take
   * minutes), so the export and a next step work on what the screen shows (a score still shown but no
   * longer held made an export without its columns, under a name with its date: fixScore29). A stopped
   * import leaves the file without its import (its RFM and score went when it started); a stopped reading
   * of a new file leaves the file loaded before, or none.
   */
  async stop(): Promise<void> {
    const step = this.busy;
    if (step === null || step === 'restore') return;
    const kept: Shown = {
      imported: step === 'import' ? null : this.imported,
      importRequest: step === 'import' ? null : this.#importRequest,
      rfm: this.rfm,
      rfmRequest: this.#rfmRequest,
      score: this.score,
      scoreRequest: this.#scoreRequest,
    };
    this.#stopping = true;
    this.client.stop();
    // a type chosen meanwhile waits for the restore too (retype)
    await (this.#current = this.#stop(step, this.#current, kept));
  }

  async #stop(step: StoppableStep, running: Promise<unknown>, kept: Shown): Promise<void> {
    await running;
    this.stopped = step;
    const loaded = this.#loaded;
    const importRequest = loaded && kept.imported?.ok ? kept.importRequest : null;
    const rfmRequest = importRequest && kept.rfm ? kept.rfmRequest : null;
    const score = importRequest ? kept.score : null;
    const scoreRequest = score && kept.scoreRequest ? { ...kept.scoreRequest, fitted: { bgnbd: score.bgnbd, gammaGamma: score.gammaGamma } } : null;
    // the screen shows what the fresh session is given; what it cannot be given goes (a failed import's
    // summary stays with its file: it says what to change, the session holds nothing of it)
    this.#show({
      imported: importRequest || (loaded && kept.imported?.ok === false) ? kept.imported : null,
      importRequest,
      rfm: rfmRequest ? kept.rfm : null,
      rfmRequest,
      score: scoreRequest ? score : null,
      scoreRequest: scoreRequest ? kept.scoreRequest : null,
    });
    if (!loaded) {
      // the fresh session holds no file: the one shown during the reading goes too
      this.layout = null;
      this.sourceEncoding = null;
      return;
    }
    // how far the restore went: what it could not give back goes from the screen too
    let given = 0;
    const restored = await this.run('restore', async () => {
      await this.client.request<LoadResult>(loaded);
      given = 1;
      if (importRequest) await this.client.request<ImportSummary>(importRequest, this.progressOf(this.now()));
      given = 2;
      if (rfmRequest) await this.client.request<RfmResult>(rfmRequest);
      given = 3;
      if (scoreRequest) await this.client.request<ScoreResult>(scoreRequest);
      return true;
    });
    if (restored) return;
    if (given < 1) {
      // the file could not be read again: nothing is left to compute on
      this.#loaded = null;
      this.layout = null;
    }
    if (given < 2) this.#show({ imported: null, importRequest: null, rfm: null, rfmRequest: null, score: null, scoreRequest: null });
    else if (given < 3) this.#show({ ...this.#shown(), rfm: null, rfmRequest: null, score: null, scoreRequest: null });
    else this.#show({ ...this.#shown(), score: null, scoreRequest: null });
  }

  #shown(): Shown {
    return {
      imported: this.imported,
      importRequest: this.#importRequest,
      rfm: this.rfm,
      rfmRequest: this.#rfmRequest,
      score: this.score,
      scoreRequest: this.#scoreRequest,
    };
  }

  #show(shown: Shown): void {
    this.imported = shown.imported;
    this.#importRequest = shown.importRequest;
    this.rfm = shown.rfm;
    this.#rfmRequest = shown.rfmRequest;
    this.score = shown.score;
    this.#scoreRequest = shown.scoreRequest;
  }

  /** Reads a file (or the bundled sample) and guesses its layout; `recognise`: a CSV of a CDNOW file's shape is read as CDNOW. */
  async load(source: AnalyticsSource, name: string, format: TransactionFormat, recognise = false): Promise<void> {
    this.#reading = source;
    const result = await this.run('load', () => this.client.request<LoadResult>({ kind: 'load', source, format, ...(recognise ? { recognise } : {}) }));
    // a file that cannot be read (empty, binary) is said, and the file already here stays with its import,
    // RFM and score, as the session keeps them (a wrong file chosen by mistake lost them all, QA qa7);
    // a stopped reading: the stop puts back the file loaded before (stop)
    if (!result) {
      if (this.#stopping) return;
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
    this.#importRequest = this.#rfmRequest = this.#scoreRequest = null;
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
    this.#rfmRequest = this.#scoreRequest = null;
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
    if (this.#stopping) return;
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
    const rfm = await this.run('rfm', () => this.client.request<RfmResult>(request));
    if (this.#stopping) return;
    this.rfm = rfm;
    this.#rfmRequest = rfm ? request : null;
  }

  async computeScore(): Promise<void> {
    const day = parseIsoDay(this.calibrationEnd);
    if (day === null) {
      this.failure = { key: 'badDate' };
      return;
    }
    const request: Extract<AnalyticsRequest, { kind: 'score' }> = {
      kind: 'score',
      calibrationEnd: day,
      horizonWeeks: Math.max(1, Number(this.horizonWeeks) || 52),
      margin: Math.min(100, Math.max(0, Number(this.marginPercent) || 0)) / 100,
      yearlyDiscountRate: Math.max(0, Number(this.discountPercent) || 0) / 100,
    };
    const score = await this.run('score', () => this.client.request<ScoreResult>(request));
    if (this.#stopping) return;
    this.score = score;
    this.#scoreRequest = score ? request : null;
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
