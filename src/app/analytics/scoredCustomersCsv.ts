/**
 * The scored customers as a CSV file for a spreadsheet: decimal comma and ';' separator (a spreadsheet
 * set to French) or decimal point and ',' separator (set to English: the default in English,
 * csvDecimalCommaFor), UTF-8 byte order mark (so Excel reads accents), one line per customer of the RFM
 * and, once a score is computed, its columns (filled for the customers of the calibration period).
 * Headers and segment names come translated, the headers with the date each column is at: the RFM's
 * analysis date and the score's end of learning may differ (QA qa29 M1: « acheté il y a 6 jours » beside
 * « 0,2 % de chances d'être actif », nine months apart, said nowhere).
 */
import type { TransactionRfm } from '../../engine/rfm.ts';
import { rfSegment } from '../../engine/segmentMaps.ts';
import type { BtydSummary } from '../../engine/scoring/customerSummary.ts';
import type { ScoringResult } from '../../engine/scoring/scoreCustomers.ts';
import type { TransactionLog } from '../../engine/scoring/transactionLog.ts';
import { csvSeparator } from '../../db/csvExport.ts';
import { plainSpaces } from '../../i18n/frenchSpacing.ts';

export interface CsvLabels {
  decimalComma: boolean;
  /** The RFM's columns: customerId, recencyDays, frequency, monetary, r, f, m, segment, rfSegment, type (csvHeaders.ts). */
  headers: string[];
  /** The score's columns, written when a score is computed: repeatPurchases, silentWeeks, pAlive, expectedPurchases, expectedSpend, clv. */
  scoreHeaders: string[];
  /** Labels per COURSE_SEGMENTS index. */
  segmentNames: string[];
  /** Labels per RF_SEGMENTS index (the R x F map of MODEL.md). */
  rfSegmentNames: string[];
}

export function scoredCustomersCsv(
  log: TransactionLog,
  rfm: TransactionRfm,
  scored: { summary: BtydSummary; scoring: ScoringResult } | null,
  labels: CsvLabels,
): string {
  const num = (v: number, digits: number): string => {
    const f = 10 ** digits;
    const s = String(Math.round(v * f) / f);
    return labels.decimalComma ? s.replace('.', ',') : s;
  };
  // money keeps its two decimals: 95,40, not 95,4 (QA qa29 m5)
  const money = (v: number): string => {
    const s = (Math.round(v * 100) / 100).toFixed(2);
    return labels.decimalComma ? s.replace('.', ',') : s;
  };
  const separator = csvSeparator(labels.decimalComma);
  const cell = (text: string): string => (/["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text);
  const scoredIndex = new Map<string, number>();
  if (scored) scored.summary.ids.forEach((id, i) => scoredIndex.set(id, i));
  const headers = scored ? [...labels.headers, ...labels.scoreHeaders] : labels.headers;
  const lines: string[] = [headers.map((h) => cell(plainSpaces(h))).join(separator)];
  for (let i = 0; i < rfm.count; i++) {
    const id = log.customerIds[rfm.customerIndex[i]];
    const type = rfm.dominantType && rfm.dominantType[i] >= 0 ? log.typeNames[rfm.dominantType[i]] : '';
    const r = rfm.scores.r[i];
    const f = rfm.scores.f[i];
    const fields = [
      cell(id),
      String(rfm.recencyDays[i]),
      String(rfm.frequency[i]),
      money(rfm.monetary[i]),
      String(r),
      String(f),
      String(rfm.scores.m[i]),
      cell(labels.segmentNames[rfm.segment[i]] ?? ''),
      // the R x F map's cell (« À risque », « À ne pas perdre »…), to filter on as the grid reads (QA qa29 m3)
      cell(r > 0 && f > 0 ? (labels.rfSegmentNames[rfSegment(r, f)] ?? '') : ''),
      cell(type),
    ];
    if (scored) {
      const k = scoredIndex.get(id);
      if (k !== undefined) {
        const { summary, scoring } = scored;
        fields.push(
          String(summary.x[k]),
          // T - t_x: the weeks without a purchase at the end of learning, what P(alive) reads
          num(summary.T[k] - summary.tx[k], 1),
          num(scoring.pAlive[k], 4),
          num(scoring.expectedPurchases[k], 3),
          scoring.expectedSpend ? money(scoring.expectedSpend[k]) : '',
          scoring.clv ? money(scoring.clv[k]) : '',
        );
      } else fields.push(...labels.scoreHeaders.map(() => ''));
    }
    lines.push(fields.join(separator));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
