/**
 * The scored-customers CSV (QA qa29): the score's columns come only with a score and give what P(alive)
 * reads (repeat purchases and weeks without a purchase at the end of learning), the R x F map's segment
 * sits beside the course's, and money keeps its two decimals.
 */
import { describe, expect, it } from 'vitest';
import { AnalyticsSession } from '../../../src/app/analytics/analyticsSession.ts';
import type { LoadResult } from '../../../src/app/analytics/analyticsProtocol.ts';
import { rfSegment } from '../../../src/engine/segmentMaps.ts';
import { parseIsoDay } from '../../../src/engine/scoring/transactionLog.ts';
import { RF_SEGMENTS } from '../../../src/engine/vocabulary.ts';

const LOG = [
  'client;date;montant',
  'A;2024-01-01;10',
  'A;2024-01-15;20.5',
  'A;2024-06-01;30',
  'B;2024-01-05;12',
  'B;2024-02-02;8',
  'C;2024-02-10;5.4',
  'D;2024-05-20;7',
].join('\n');

const labels = {
  headers: ['client', 'recency', 'frequency', 'monetary', 'R', 'F', 'M', 'segment', 'rf_segment', 'type'],
  scoreHeaders: ['repeat', 'silent_weeks', 'p_alive', 'purchases', 'basket', 'value'],
  segmentNames: ['new', 'very good', 'good', 'lapsing', 'inactive'],
  rfSegmentNames: RF_SEGMENTS.map((s) => `map:${s}`),
};

async function imported(): Promise<AnalyticsSession> {
  const session = new AnalyticsSession();
  const loaded = (await session.handle({ kind: 'load', source: { kind: 'text', text: LOG }, format: 'csv' }, () => {})) as LoadResult;
  await session.handle({ kind: 'import', layout: loaded.layout, skipBadLines: false }, () => {});
  await session.handle({ kind: 'rfm', analysisDay: parseIsoDay('2024-06-01')!, windowDays: 365 }, () => {});
  return session;
}

async function rows(session: AnalyticsSession, decimalComma = false): Promise<string[][]> {
  const text = (await session.handle({ kind: 'exportCsv', decimalComma, ...labels }, () => {})) as string;
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(decimalComma ? ';' : ','));
}

describe('the scored-customers CSV', () => {
  it('without a score: the RFM columns only, with the R x F map’s segment and amounts to the cent', async () => {
    const [header, ...lines] = await rows(await imported());
    expect(header).toEqual(labels.headers);
    const byId = new Map(lines.map((l) => [l[0], l]));
    expect(byId.get('A')![3]).toBe('60.50');
    expect(byId.get('C')![3]).toBe('5.40');
    for (const line of lines) expect(line[8]).toBe(`map:${RF_SEGMENTS[rfSegment(Number(line[4]), Number(line[5]))]}`);
  });

  it('with a score: its columns give the repeat purchases and the weeks without a purchase at the end of learning', async () => {
    const session = await imported();
    await session.handle({ kind: 'score', calibrationEnd: parseIsoDay('2024-03-01')!, horizonWeeks: 13, margin: 0.3, yearlyDiscountRate: 0.1 }, () => {});
    const [header, ...lines] = await rows(session, true);
    expect(header).toEqual([...labels.headers, ...labels.scoreHeaders]);
    const byId = new Map(lines.map((l) => [l[0], l]));
    // A: first purchase 1 January, repeat 15 January, learning ends 1 March: 1 repeat, 46 days = 6,6 weeks without a purchase
    expect(byId.get('A')!.slice(10, 12)).toEqual(['1', '6,6']);
    // B: 5 January, 2 February: 1 repeat, 28 days = 4 weeks
    expect(byId.get('B')!.slice(10, 12)).toEqual(['1', '4']);
    // C: one purchase 10 February, 20 days before the end
    expect(byId.get('C')!.slice(10, 12)).toEqual(['0', '2,9']);
    // P(alive) of a customer of the learning period, a probability with a decimal comma (the fit of 3 customers says little)
    expect(byId.get('A')![12]).toMatch(/^(0|1)(,\d{1,4})?$/);
    // D bought first after the end of learning: no score, empty cells, the same number of columns
    expect(byId.get('D')!.slice(10)).toEqual(['', '', '', '', '', '']);
  });
});
