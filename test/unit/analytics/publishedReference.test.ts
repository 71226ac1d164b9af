import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/engine/scoring/transactionLog.ts';
import { publishedReference } from '../../../src/ui/analytics/publishedReference.ts';

const day = (iso: string) => parseIsoDay(iso)!;
const SAMPLE = { customers: 2357, rows: 6919, firstDay: day('1997-01-01'), lastDay: day('1998-06-30') };
const MASTER = { customers: 23570, rows: 69659, firstDay: day('1997-01-01'), lastDay: day('1998-06-30') };

describe('publishedReference (QA qa13 D2)', () => {
  it('is the sample’s own only on the sample, whatever type it was imported as', () => {
    expect(publishedReference(SAMPLE, 'cdnow-sample')).toBe('sample');
    expect(publishedReference(SAMPLE, 'csv')).toBe('sample');
  });

  it('is said to be the sample’s under another CDNOW file, and has nothing to say under another file', () => {
    expect(publishedReference(MASTER, 'cdnow')).toBe('otherCdnow');
    expect(publishedReference({ ...SAMPLE, rows: 6000 }, 'cdnow-sample')).toBe('otherCdnow');
    expect(publishedReference({ ...SAMPLE, lastDay: day('1998-06-29') }, 'cdnow')).toBe('otherCdnow');
    expect(publishedReference(MASTER, 'csv')).toBeNull();
  });
});
