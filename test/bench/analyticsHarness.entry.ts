/**
 * Browser bundle for the analytics benchmark (test/bench/analytics.bench.ts): import + RFM + BG/NBD
 * scoring of a CDNOW-like transaction text, timed inside real Chromium on the app's own code.
 */
import { computeRfmFromTransactions } from '../../src/engine/rfm.ts';
import { summarizeTransactions } from '../../src/engine/scoring/customerSummary.ts';
import { scoreSummary } from '../../src/engine/scoring/scoreCustomers.ts';
import { dayNumber } from '../../src/engine/scoring/transactionLog.ts';
import { detectLayout } from '../../src/import/detect.ts';
import { parseTransactions } from '../../src/import/parseTransactions.ts';

export function run(master: string, copies: number): Record<string, number> {
  const body = master.slice(master.indexOf('\n') + 1);
  const text = master + body.repeat(copies - 1);
  const t0 = performance.now();
  const res = parseTransactions(text, detectLayout(text, 'cdnow'));
  if (!res.ok) throw new Error('import failed');
  const t1 = performance.now();
  const rfm = computeRfmFromTransactions(res.log, { analysisDate: dayNumber(1998, 6, 30) });
  const t2 = performance.now();
  const scores = scoreSummary(summarizeTransactions(res.log, { calibrationEnd: dayNumber(1997, 9, 30) }));
  const t3 = performance.now();
  return {
    rows: res.log.count,
    customers: rfm.count,
    importSeconds: (t1 - t0) / 1000,
    rfmSeconds: (t2 - t1) / 1000,
    scoreSeconds: (t3 - t2) / 1000,
    totalSeconds: (t3 - t0) / 1000,
    r: scores.bgnbd.r,
  };
}
