/**
 * The analytics work itself, independent of where it runs (worker or page): keeps the loaded text,
 * the imported log and the last RFM and scoring results, and answers AnalyticsRequests. Pure
 * TypeScript over src/import and src/engine; the worker (analytics.worker.ts) only forwards messages.
 */
import { bgnbdProblems, repeatCustomers } from './fitCheck.ts';
import { computeRfmFromTransactions, type TransactionRfm } from '../../engine/rfm.ts';
import { DEFAULT_CLV_OPTIONS } from '../../engine/scoring/clv.ts';
import { summarizeTransactions, type BtydSummary } from '../../engine/scoring/customerSummary.ts';
import { scoreSummary, type ScoringResult } from '../../engine/scoring/scoreCustomers.ts';
import type { TransactionLog } from '../../engine/scoring/transactionLog.ts';
import { COURSE_SEGMENTS } from '../../engine/vocabulary.ts';
import { decodeText, type DecodedText } from '../../import/decodeText.ts';
import { detectLayout, recogniseFormat, recogniseShape } from '../../import/detect.ts';
import { parseTransactions } from '../../import/parseTransactions.ts';
import { checkText } from '../../import/textCheck.ts';
import type { ImportNotes } from '../../import/types.ts';
import { dateSpread } from '../../import/lateDates.ts';
import { NO_OUTLIERS } from '../../import/amountOutliers.ts';
import {
  LOAD_EMPTY,
  LOAD_NOT_TEXT,
  type AnalyticsRequest,
  type AnalyticsSource,
  type ImportSummary,
  type LoadResult,
  type ProgressListener,
  type RfmResult,
  type ScoreResult,
  type ScoreRow,
} from './analyticsProtocol.ts';
import { scoredCustomersCsv } from './scoredCustomersCsv.ts';

/** How many customers the screen lists (the CSV export has them all). */
export const LISTED_CUSTOMERS = 200;

/**
 * The source's text and, for bytes (a file, the sample), the encoding they were read in: a
 * spreadsheet's CSV may be Windows-1252 (French Excel), not UTF-8 (src/import/decodeText.ts).
 */
async function readSource(source: AnalyticsSource): Promise<{ text: string; decoded: DecodedText | null }> {
  if (source.kind === 'text') return { text: source.text, decoded: null };
  let bytes: ArrayBuffer;
  if (source.kind === 'file') bytes = await source.file.arrayBuffer();
  else {
    const response = await fetch(source.url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  }
  const decoded = decodeText(new Uint8Array(bytes));
  return { text: decoded.text, decoded };
}

export class AnalyticsSession {
  private text = '';
  private log: TransactionLog | null = null;
  private rfm: TransactionRfm | null = null;
  private summary: BtydSummary | null = null;
  private scoring: ScoringResult | null = null;

  async handle(request: AnalyticsRequest, onProgress: ProgressListener): Promise<unknown> {
    switch (request.kind) {
      case 'load': {
        const { text, decoded } = await readSource(request.source);
        // an empty or binary file is said at once: no preview, no column form; the file already here stays,
        // its import and RFM with it (a wrong file chosen by mistake lost them, QA qa7)
        const check = checkText(text);
        if (check !== 'text') throw new Error(check === 'empty' ? LOAD_EMPTY : LOAD_NOT_TEXT);
        const format = request.recognise && request.format === 'csv' ? recogniseFormat(text) : request.format;
        const result: LoadResult = {
          format,
          layout: detectLayout(text, format),
          bytes: text.length,
          encoding: decoded ? { name: decoded.encoding, bom: decoded.bom } : null,
        };
        this.text = text;
        this.log = this.rfm = this.summary = this.scoring = null;
        return result;
      }
      case 'import':
        return this.importLog(request.layout, request.skipBadLines, onProgress, request.latestDay);
      case 'rfm':
        return this.computeRfm(request.analysisDay, request.windowDays);
      case 'score':
        return this.score(request);
      case 'exportCsv':
        return this.exportCsv(request);
    }
  }

  private importLog(
    layout: Parameters<typeof parseTransactions>[1],
    skipBadLines: boolean,
    onProgress: ProgressListener,
    latestDay: number | undefined,
  ): ImportSummary {
    this.log = this.rfm = this.summary = this.scoring = null;
    const res = parseTransactions(this.text, { ...layout, skipBadLines, latestDay, onProgress: (p) => onProgress(p.fraction, p.rows) });
    if (!res.ok) {
      return {
        ok: false,
        // the lines read and those in error: most of them wrong, the screen suggests another file type (otherFormatHint)
        rows: res.rows ?? 0,
        customers: 0,
        skippedLines: res.skippedLines ?? 0,
        errors: res.errors,
        errorCount: res.errorCount,
        firstDay: 0,
        lastDay: 0,
        bulkLastDay: 0,
        lateCount: 0,
        negativeAmounts: 0,
        amountOutliers: NO_OUTLIERS,
        hasTypes: false,
        shape: recogniseShape(this.text),
        ...notesOf(res),
      };
    }
    this.log = res.log;
    const spread = dateSpread(res.log.day, res.log.count);
    return {
      ok: true,
      rows: res.log.count,
      customers: res.log.customerIds.length,
      skippedLines: res.skippedLines,
      errors: res.errors,
      errorCount: res.errorCount,
      firstDay: spread.firstDay,
      lastDay: spread.lastDay,
      bulkLastDay: spread.bulkLastDay,
      lateCount: spread.lateCount,
      negativeAmounts: res.negativeAmounts,
      amountOutliers: res.amountOutliers,
      hasTypes: res.log.type !== null,
      ...notesOf(res),
    };
  }

  private requireLog(): TransactionLog {
    if (!this.log) throw new Error('no transactions imported');
    return this.log;
  }

  private computeRfm(analysisDay: number, windowDays: number): RfmResult {
    const rfm = computeRfmFromTransactions(this.requireLog(), { analysisDate: analysisDay, windowDays });
    this.rfm = rfm;
    const segments = COURSE_SEGMENTS.map(() => 0);
    const sums = COURSE_SEGMENTS.map(() => ({ recency: 0, frequency: 0, monetary: 0 }));
    const rfGrid = new Array<number>(25).fill(0);
    const noteCounts = { r: [0, 0, 0, 0, 0], f: [0, 0, 0, 0, 0], m: [0, 0, 0, 0, 0] };
    for (let i = 0; i < rfm.count; i++) {
      const s = rfm.segment[i];
      if (s >= 0) {
        segments[s]++;
        sums[s].recency += rfm.recencyDays[i];
        sums[s].frequency += rfm.frequency[i];
        sums[s].monetary += rfm.monetary[i];
      }
      const r = rfm.scores.r[i];
      const f = rfm.scores.f[i];
      const m = rfm.scores.m[i];
      if (r > 0 && f > 0) rfGrid[(r - 1) * 5 + (f - 1)]++;
      if (r > 0) noteCounts.r[r - 1]++;
      if (f > 0) noteCounts.f[f - 1]++;
      if (m > 0) noteCounts.m[m - 1]++;
    }
    const segmentMeans = sums.map((sum, s) => {
      const n = segments[s] > 0 ? segments[s] : 1;
      return { recency: sum.recency / n, frequency: sum.frequency / n, monetary: sum.monetary / n };
    });
    const { limits } = rfm.scores;
    return {
      types: dominantTypes(rfm, this.requireLog()),
      analysisDay,
      windowDays,
      customers: rfm.count,
      segments,
      segmentMeans,
      rfGrid,
      noteCounts,
      limits: { recency: [...limits.recency], frequency: [...limits.frequency], monetary: [...limits.monetary] },
    };
  }

  private score(request: Extract<AnalyticsRequest, { kind: 'score' }>): ScoreResult {
    const summary = summarizeTransactions(this.requireLog(), { calibrationEnd: request.calibrationEnd });
    if (summary.n === 0) throw new Error('noCustomers');
    const scoring = scoreSummary(summary, {
      horizon: request.horizonWeeks,
      clv: { margin: request.margin, yearlyDiscountRate: request.yearlyDiscountRate, horizon: DEFAULT_CLV_OPTIONS.horizon },
      ...(request.fitted ? { fitted: request.fitted } : {}),
    });
    this.summary = summary;
    this.scoring = scoring;
    const aliveBands = [0, 0, 0, 0];
    for (const p of scoring.pAlive) aliveBands[p < 0.25 ? 0 : p < 0.5 ? 1 : p < 0.75 ? 2 : 3]++;
    return {
      calibrationEnd: request.calibrationEnd,
      bgnbd: scoring.bgnbd,
      gammaGamma: scoring.gammaGamma,
      horizonWeeks: scoring.horizon,
      holdoutWeeks: summary.holdoutLength,
      clv: scoring.clvOptions,
      customers: summary.n,
      aliveBands,
      holdoutCheck: scoring.holdoutCheck,
      fitProblems: bgnbdProblems(scoring.bgnbd, repeatCustomers(summary.x)),
      rows: listedRows(summary, scoring),
    };
  }

  private exportCsv(request: Extract<AnalyticsRequest, { kind: 'exportCsv' }>): string {
    const log = this.requireLog();
    if (!this.rfm) throw new Error('no RFM computed');
    return scoredCustomersCsv(log, this.rfm, this.summary && this.scoring ? { summary: this.summary, scoring: this.scoring } : null, request);
  }
}

/** What the import says beside its errors (only the fields present: a summary crosses postMessage). */
function notesOf(res: ImportNotes): ImportNotes {
  return {
    ...(res.errorsByCode ? { errorsByCode: res.errorsByCode } : {}),
    ...(res.dateHint ? { dateHint: res.dateHint } : {}),
    ...(res.cutLine ? { cutLine: res.cutLine } : {}),
  };
}

const LISTED_TYPES = 12;

/** Customers per dominant product type in the window (FRAT), most frequent first. */
function dominantTypes(rfm: TransactionRfm, log: TransactionLog): RfmResult['types'] {
  if (!rfm.dominantType) return null;
  const counts = new Array<number>(log.typeNames.length).fill(0);
  for (let i = 0; i < rfm.count; i++) if (rfm.dominantType[i] >= 0) counts[rfm.dominantType[i]]++;
  return counts
    .map((customers, k) => ({ name: log.typeNames[k], customers }))
    .filter((t) => t.customers > 0)
    .sort((a, b) => b.customers - a.customers || a.name.localeCompare(b.name))
    .slice(0, LISTED_TYPES);
}

/** Repeat buyers first, by P(alive) ascending (most at risk first), then by value. */
function listedRows(summary: BtydSummary, scoring: ScoringResult): ScoreRow[] {
  const order = Array.from({ length: summary.n }, (_, i) => i);
  const value = (i: number) => (scoring.clv ? scoring.clv[i] : scoring.expectedPurchases[i]);
  order.sort((i, j) => {
    const ri = summary.x[i] > 0 ? 0 : 1;
    const rj = summary.x[j] > 0 ? 0 : 1;
    return ri - rj || scoring.pAlive[i] - scoring.pAlive[j] || value(j) - value(i) || i - j;
  });
  return order.slice(0, LISTED_CUSTOMERS).map((i) => ({
    customerId: summary.ids[i],
    x: summary.x[i],
    recencyWeeks: summary.tx[i],
    ageWeeks: summary.T[i],
    pAlive: scoring.pAlive[i],
    expectedPurchases: scoring.expectedPurchases[i],
    expectedSpend: scoring.expectedSpend ? scoring.expectedSpend[i] : null,
    clv: scoring.clv ? scoring.clv[i] : null,
  }));
}
