/**
 * Which data the published BG/NBD fit (Fader, Hardie & Lee 2005; docs MODEL.md) can be compared with:
 * it was made on the CDNOW 1/10 sample, 2 357 customers, 6 919 purchases from 1 January 1997 to
 * 30 June 1998. Under another CDNOW file's fit (the full log, 23 570 customers), shown as it was, it read
 * as the app disagreeing with the paper (QA qa13 D2): there it is said to be the sample's; under any
 * other file, it has nothing to say.
 */
import { isoFromDay } from '../../engine/scoring/transactionLog.ts';
import type { ImportSummary } from '../../app/analytics/analyticsProtocol.ts';
import type { TransactionFormat } from '../../import/types.ts';

export type PublishedReference = 'sample' | 'otherCdnow' | null;

export function publishedReference(imported: Pick<ImportSummary, 'customers' | 'rows' | 'firstDay' | 'lastDay'>, format: TransactionFormat): PublishedReference {
  const sample = imported.customers === 2357 && imported.rows === 6919 && isoFromDay(imported.firstDay) === '1997-01-01' && isoFromDay(imported.lastDay) === '1998-06-30';
  if (sample) return 'sample';
  return format === 'cdnow' || format === 'cdnow-sample' ? 'otherCdnow' : null;
}
