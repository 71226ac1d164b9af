/**
 * Messages between the analytics screen and its worker (or the in-page fallback): load a file,
 * import it with a confirmed layout, compute RFM at a date, fit and score. Results are plain data
 * and typed arrays, so they cross postMessage (typed arrays transferred).
 */
import type { FitProblem } from './fitCheck.ts';
import type { CsvLabels } from './scoredCustomersCsv.ts';
import type { BgnbdFit } from '../../engine/scoring/bgnbd.ts';
import type { ClvOptions } from '../../engine/scoring/clv.ts';
import type { GammaGammaFit } from '../../engine/scoring/gammaGamma.ts';
import type { AmountOutliers } from '../../import/amountOutliers.ts';
import type { TextEncoding } from '../../import/decodeText.ts';
import type { DetectedLayout, FileShape } from '../../import/detect.ts';
import type { CsvLayout, ImportError, ImportNotes, TransactionFormat } from '../../import/types.ts';

export type AnalyticsSource = { kind: 'file'; file: Blob } | { kind: 'url'; url: string } | { kind: 'text'; text: string };

export interface ImportSummary extends ImportNotes {
  ok: boolean;
  rows: number;
  customers: number;
  skippedLines: number;
  errors: ImportError[];
  errorCount: number;
  /** First and last purchase day (day numbers); 0 when nothing imported. */
  firstDay: number;
  lastDay: number;
  /** The last day of the bulk of the file: purchases dated far after it are left out of the proposed dates (src/import/lateDates.ts). */
  bulkLastDay: number;
  /** Purchases dated after bulkLastDay. */
  lateCount: number;
  /** Purchases with a negative amount (refunds?), imported as they are. */
  negativeAmounts: number;
  /** Purchases with an amount far above the file's median basket, and the first of their lines (src/import/amountOutliers.ts): imported as they are. */
  amountOutliers: AmountOutliers;
  hasTypes: boolean;
  /** A failed import: what the file looks like (a CDNOW log, a customer summary…), for the type the screen suggests (otherFormatHint). */
  shape?: FileShape;
}

export interface RfmResult {
  analysisDay: number;
  windowDays: number;
  customers: number;
  /** Counts per COURSE_SEGMENTS index. */
  segments: number[];
  /** Mean recency (days), frequency and monetary per course segment. */
  segmentMeans: { recency: number; frequency: number; monetary: number }[];
  /** 25 counts, index (r - 1) * 5 + (f - 1). */
  rfGrid: number[];
  limits: { recency: number[]; frequency: number[]; monetary: number[] };
  /** Customers per note 1..5 of each criterion (index note - 1): a note nobody has is said in the limits table. */
  noteCounts: { r: number[]; f: number[]; m: number[] };
  /** FRAT: customers per dominant product type (most frequent first, at most 12), null without types. */
  types: { name: string; customers: number }[] | null;
}

export interface ScoreRow {
  customerId: string;
  x: number;
  recencyWeeks: number;
  ageWeeks: number;
  pAlive: number;
  expectedPurchases: number;
  expectedSpend: number | null;
  clv: number | null;
}

export interface ScoreResult {
  calibrationEnd: number;
  bgnbd: BgnbdFit;
  gammaGamma: GammaGammaFit | null;
  horizonWeeks: number;
  /** The weeks after the learning period up to the file's last day: the hold-out check's period (0: none), shorter than the horizon when the file ends first. */
  holdoutWeeks: number;
  clv: ClvOptions;
  customers: number;
  /** Customers by P(alive) band: < 25 %, 25-50 %, 50-75 %, >= 75 %. */
  aliveBands: number[];
  holdoutCheck: { expected: number; actual: number } | null;
  /** Why the BG/NBD fit cannot be read on these data (fitCheck.ts); empty: a usable fit. */
  fitProblems: FitProblem[];
  /** The customers most at risk of leaving among those who were valuable (first rows of the table). */
  rows: ScoreRow[];
}

export type AnalyticsRequest =
  | { kind: 'load'; source: AnalyticsSource; format: TransactionFormat; /** a 'csv' file of a known shape (CDNOW) is read as that type */ recognise?: boolean }
  | { kind: 'import'; layout: CsvLayout; skipBadLines: boolean; /** the import day (browser's clock): a later date is a line in error */ latestDay?: number }
  | { kind: 'rfm'; analysisDay: number; windowDays: number }
  | {
      kind: 'score';
      calibrationEnd: number;
      horizonWeeks: number;
      margin: number;
      yearlyDiscountRate: number;
      /** the fits of a score already made with this request (after « Arrêter »): none is made again */
      fitted?: { bgnbd: BgnbdFit; gammaGamma: GammaGammaFit | null };
    }
  | ({ kind: 'exportCsv' } & CsvLabels);

/** Error messages of a 'load' that the screen names itself (src/import/textCheck.ts): an empty file, a binary file. */
export const LOAD_EMPTY = 'emptyFile';
export const LOAD_NOT_TEXT = 'notText';
/** The error of a request abandoned by « Arrêter » (AnalyticsClient.stop). */
export const STOPPED = 'stopped';

/** How far a long request is: the share of the file read and, for an import, the data lines read so far. */
export type ProgressListener = (fraction: number, lines?: number) => void;

export interface LoadResult {
  /** the type the file was read as: the one asked for, or the one recognised */
  format: TransactionFormat;
  layout: DetectedLayout;
  bytes: number;
  /** The encoding a file's bytes were read in (said on screen), null for a text given as such. */
  encoding: { name: TextEncoding; bom: boolean } | null;
}

export type AnalyticsReply =
  | { id: number; kind: 'progress'; fraction: number; lines?: number }
  | { id: number; kind: 'done'; result: unknown }
  | { id: number; kind: 'error'; message: string };

/** What the screen talks to: the worker, or the same handler in the page (tests, no worker). */
export interface AnalyticsClient {
  request<T>(request: AnalyticsRequest, onProgress?: ProgressListener): Promise<T>;
  /**
   * « Arrêter »: the requests under way are abandoned (their promises reject with STOPPED) and the
   * session starts again empty (the worker, busy in a fit it cannot interrupt, is ended and a new one
   * started): the caller sends again what it needs kept (the file, its import).
   */
  stop(): void;
  dispose(): void;
}
