/**
 * The scored customers as a CSV file for a spreadsheet: decimal comma and ';' separator (a spreadsheet
 * set to French) or decimal point and ',' separator (set to English: the default in English,
 * csvDecimalCommaFor), UTF-8 byte order mark (so Excel reads accents), one line per customer of the RFM (with the scoring
 * columns filled for customers of the calibration period). Headers and segment names come translated.
 */
import type { TransactionRfm } from '../../engine/rfm.ts';
import type { BtydSummary } from '../../engine/scoring/customerSummary.ts';
import type { ScoringResult } from '../../engine/scoring/scoreCustomers.ts';
import type { TransactionLog } from '../../engine/scoring/transactionLog.ts';
import { csvSeparator } from '../../db/csvExport.ts';
import { plainSpaces } from '../../i18n/frenchSpacing.ts';

export interface CsvLabels {
  decimalComma: boolean;
  /** customerId, recencyDays, frequency, monetary, r, f, m, segment, type, pAlive, expectedPurchases, expectedSpend, clv */
  headers: string[];
  /** Labels per COURSE_SEGMENTS index. */
  segmentNames: string[];
}

export const CSV_COLUMNS = 13;

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
  const separator = csvSeparator(labels.decimalComma);
  const cell = (text: string): string => (/["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text);
  const scoredIndex = new Map<string, number>();
  if (scored) scored.summary.ids.forEach((id, i) => scoredIndex.set(id, i));
  const lines: string[] = [labels.headers.map((h) => cell(plainSpaces(h))).join(separator)];
  for (let i = 0; i < rfm.count; i++) {
    const id = log.customerIds[rfm.customerIndex[i]];
    const type = rfm.dominantType && rfm.dominantType[i] >= 0 ? log.typeNames[rfm.dominantType[i]] : '';
    const fields = [
      cell(id),
      String(rfm.recencyDays[i]),
      String(rfm.frequency[i]),
      num(rfm.monetary[i], 2),
      String(rfm.scores.r[i]),
      String(rfm.scores.f[i]),
      String(rfm.scores.m[i]),
      cell(labels.segmentNames[rfm.segment[i]] ?? ''),
      cell(type),
    ];
    const k = scoredIndex.get(id);
    if (scored && k !== undefined) {
      const { scoring } = scored;
      fields.push(
        num(scoring.pAlive[k], 4),
        num(scoring.expectedPurchases[k], 3),
        scoring.expectedSpend ? num(scoring.expectedSpend[k], 2) : '',
        scoring.clv ? num(scoring.clv[k], 2) : '',
      );
    } else fields.push('', '', '', '');
    lines.push(fields.join(separator));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
