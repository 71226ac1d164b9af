import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeRfmFromTransactions, computeRfmScores, rfmRows, type RfmScores } from '../../../src/engine/rfm.ts';
import { courseSegment, rfSegment } from '../../../src/engine/segmentMaps.ts';
import { summarizeTransactions } from '../../../src/engine/scoring/customerSummary.ts';
import { dayNumber, type TransactionLog } from '../../../src/engine/scoring/transactionLog.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { COURSE_SEGMENTS, RF_SEGMENTS } from '../../../src/engine/vocabulary.ts';
import { detectLayout } from '../../../src/import/detect.ts';
import { parseTransactions } from '../../../src/import/parseTransactions.ts';

/** Reference scoring by a full sort of (value, index) keys. */
function naiveScores(values: number[], descending: boolean, eligible?: number[]): number[] {
  const idx = values.map((_, i) => i).filter((i) => !eligible || eligible[i] !== 0);
  idx.sort((a, b) => {
    const d = descending ? values[b] - values[a] : values[a] - values[b];
    return d !== 0 ? d : a - b;
  });
  const out = values.map(() => 0);
  idx.forEach((i, rank) => (out[i] = 1 + Math.floor((5 * rank) / idx.length)));
  return out;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('computeRfmScores', () => {
  const values = [5, 3, 3, 1, 9, 3, 0, 7, 2, 3];

  it('scores by quintile of rank with ties broken by customer index (hand-checked)', () => {
    const s = computeRfmScores({ n: 10, recency: values, frequency: values, monetary: values.map((v) => v + 0.5) });
    expect(Array.from(s.f)).toEqual([4, 2, 3, 1, 5, 3, 1, 5, 2, 4]);
    // recency: smaller is better, ranked in descending value order
    expect(Array.from(s.r)).toEqual([2, 2, 3, 5, 1, 3, 5, 1, 4, 4]);
    // non-integer values take the selection path and must agree with the counting path
    expect(Array.from(s.m)).toEqual(Array.from(s.f));
    expect(s.limits.frequency).toEqual([2, 3, 3, 7]);
    expect(s.limits.recency).toEqual([5, 3, 3, 1]);
    expect(s.limits.monetary).toEqual([2.5, 3.5, 3.5, 7.5]);
  });

  it('splits all-equal values by index', () => {
    const eq = new Array(10).fill(4);
    const s = computeRfmScores({ n: 10, recency: eq, frequency: eq, monetary: eq.map(() => 4.25) });
    expect(Array.from(s.f)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(s.r)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(s.m)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('handles a single customer, fewer than five, and nobody', () => {
    const one = computeRfmScores({ n: 1, recency: [3], frequency: [2], monetary: [10.5] });
    expect([one.r[0], one.f[0], one.m[0]]).toEqual([1, 1, 1]);
    expect(one.limits.frequency.every(Number.isNaN)).toBe(true);
    const three = computeRfmScores({ n: 3, recency: [1, 2, 3], frequency: [1, 2, 3], monetary: [1.5, 2.5, 3.5] });
    expect(Array.from(three.f)).toEqual([1, 2, 4]);
    expect(Array.from(three.r)).toEqual([4, 2, 1]);
    expect(Array.from(three.m)).toEqual([1, 2, 4]);
    expect(three.limits.frequency.slice(0, 3)).toEqual([2, 3, 3]);
    expect(three.limits.frequency[3]).toBeNaN();
    expect(three.limits.monetary.slice(0, 3)).toEqual([2.5, 3.5, 3.5]);
    const none = computeRfmScores({ n: 0, recency: [], frequency: [], monetary: [] });
    expect(none.r.length).toBe(0);
  });

  it('gives 0 to non-eligible customers and ranks only the eligible ones', () => {
    const eligible = [1, 0, 1, 1, 0, 1, 1, 1, 1, 1];
    const s = computeRfmScores({ n: 10, recency: values, frequency: values, monetary: values.map((v) => v * 1.1), eligible });
    expect(s.f[1]).toBe(0);
    expect(s.r[4]).toBe(0);
    expect(s.m[4]).toBe(0);
    expect(Array.from(s.f)).toEqual(naiveScores(values, false, eligible));
    expect(Array.from(s.r)).toEqual(naiveScores(values, true, eligible));
    expect(Array.from(s.m)).toEqual(naiveScores(values, false, eligible));
  });

  it('agrees with a full sort on random data, on both paths, reusing out', () => {
    const rand = lcg(42);
    let out: RfmScores | undefined;
    for (const n of [7, 100, 1001, 5000]) {
      const rec = Array.from({ length: n }, () => Math.floor(rand() * 60));
      const freq = Array.from({ length: n }, () => Math.floor(rand() * rand() * 12));
      const mon = Array.from({ length: n }, () => Math.floor(rand() * 50000) / 100);
      const wide = Array.from({ length: n }, () => Math.floor(rand() * 1e9)); // integers, too wide to count
      const elig = Array.from({ length: n }, () => (rand() < 0.8 ? 1 : 0));
      out = computeRfmScores({ n, recency: rec, frequency: freq, monetary: mon, eligible: elig }, out);
      expect(Array.from(out.r.subarray(0, n))).toEqual(naiveScores(rec, true, elig));
      expect(Array.from(out.f.subarray(0, n))).toEqual(naiveScores(freq, false, elig));
      expect(Array.from(out.m.subarray(0, n))).toEqual(naiveScores(mon, false, elig));
      const w = computeRfmScores({ n, recency: wide, frequency: wide, monetary: wide });
      expect(Array.from(w.r)).toEqual(naiveScores(wide, true));
      expect(Array.from(w.f)).toEqual(naiveScores(wide, false));
    }
  });

  it('reuses the arrays of out when they are large enough', () => {
    const out = computeRfmScores({ n: 10, recency: values, frequency: values, monetary: values });
    const again = computeRfmScores({ n: 10, recency: values, frequency: values, monetary: values }, out);
    expect(again).toBe(out);
    expect(again.r).toBe(out.r);
  });
});

describe('segment maps', () => {
  it('the R x F map covers the 25 cells exactly as MODEL.md', () => {
    const expected: Record<string, [number[], number[]]> = {
      champions: [[5], [4, 5]],
      loyal: [[3, 4], [4, 5]],
      potentialLoyalists: [[4, 5], [2, 3]],
      new: [[5], [1]],
      promising: [[4], [1]],
      needAttention: [[3], [3]],
      aboutToSleep: [[3], [1, 2]],
      atRisk: [[1, 2], [3, 4]],
      cantLoseThem: [[1, 2], [5]],
      hibernating: [[1, 2], [1, 2]],
    };
    const seen = new Map<string, string>();
    for (const [seg, [rs, fs]] of Object.entries(expected)) {
      for (const r of rs) for (const f of fs) {
        expect(seen.has(`${r}${f}`), `cell ${r}/${f} twice`).toBe(false);
        seen.set(`${r}${f}`, seg);
      }
    }
    expect(seen.size).toBe(25);
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++) expect(RF_SEGMENTS[rfSegment(r, f)]).toBe(seen.get(`${r}${f}`));
    expect(rfSegment(0, 3)).toBe(-1);
    expect(rfSegment(3, 0)).toBe(-1);
  });

  it('course segments follow the documented precedence', () => {
    const seg = (r: number, f: number, m: number, isNew = false) => COURSE_SEGMENTS[courseSegment(r, f, m, isNew)];
    expect(seg(1, 5, 5)).toBe('inactif');
    // nouveau first, as the lifecycle's stage nouveau: a new customer is never inactif
    expect(seg(1, 1, 1, true)).toBe('nouveau');
    expect(seg(5, 1, 1, true)).toBe('nouveau');
    expect(seg(2, 5, 5, true)).toBe('nouveau');
    expect(seg(2, 5, 5)).toBe('futurNonClient');
    expect(seg(3, 2, 5)).toBe('futurNonClient');
    expect(seg(3, 3, 5)).toBe('bon');
    expect(seg(4, 4, 4)).toBe('tresBon');
    expect(seg(5, 5, 3)).toBe('bon');
    expect(seg(4, 3, 5)).toBe('bon');
    expect(courseSegment(0, 3, 3, false)).toBe(-1);
    // every scored cell has exactly one segment
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) for (const n of [false, true]) expect(courseSegment(r, f, m, n)).toBeGreaterThanOrEqual(0);
  });
});

function makeLog(rows: [string, string, number, string?][]): TransactionLog {
  const ids: string[] = [];
  const types: string[] = [];
  const n = rows.length;
  const log: TransactionLog = {
    count: n,
    customer: new Int32Array(n),
    day: new Int32Array(n),
    amount: new Float64Array(n),
    quantity: null,
    type: rows.some((r) => r[3]) ? new Uint16Array(n) : null,
    customerIds: ids,
    typeNames: types,
  };
  rows.forEach(([id, date, amount, type], i) => {
    if (!ids.includes(id)) ids.push(id);
    log.customer[i] = ids.indexOf(id);
    const [y, m, d] = date.split('-').map(Number);
    log.day[i] = dayNumber(y, m, d);
    log.amount[i] = amount;
    if (type && log.type) {
      if (!types.includes(type)) types.push(type);
      log.type[i] = types.indexOf(type);
    }
  });
  return log;
}

describe('computeRfmFromTransactions', () => {
  const log = makeLog([
    ['A', '2019-06-01', 100, 'cd'],
    ['B', '2019-01-15', 50, 'cd'],
    ['A', '2020-06-01', 20, 'cd'],
    ['C', '2020-11-01', 5, 'dvd'],
    ['A', '2020-12-31', 10, 'dvd'],
    ['C', '2021-02-01', 999, 'cd'], // after the analysis date: ignored
    ['D', '2021-03-01', 7, 'cd'], // not yet a customer at the analysis date
  ]);
  const at = dayNumber(2020, 12, 31);

  it('aggregates recency, window frequency and monetary, scores and segments (hand-checked)', () => {
    const res = computeRfmFromTransactions(log, { analysisDate: at });
    const rows = rfmRows(res, log);
    expect(rows.map((r) => r.customerId)).toEqual(['A', 'B', 'C']);
    const [a, b, c] = rows;
    // the quintiles rank the 2 buyers of the window (A, C): C rank 0 -> 1, A rank 1 -> 1 + floor(5 / 2) = 3
    expect(a).toMatchObject({ recencyDays: 0, frequency: 2, monetary: 30, r: 3, f: 3, m: 3, segment: 'bon', rfSegment: 'needAttention' });
    // no purchase in the window: frequency 0, monetary 0, the lowest score on all three, inactif
    expect(b).toMatchObject({ recencyDays: at - dayNumber(2019, 1, 15), frequency: 0, monetary: 0, r: 1, f: 1, m: 1, segment: 'inactif', rfSegment: 'hibernating' });
    expect(c).toMatchObject({ recencyDays: 60, frequency: 1, monetary: 5, r: 1, f: 1, m: 1, segment: 'nouveau', rfSegment: 'hibernating' });
    // FRAT: dominant type in the window (tie -> first type), type of the last purchase
    expect(a.type).toBe('cd');
    expect(a.lastType).toBe('dvd');
    expect(b.type).toBeUndefined();
    expect(b.lastType).toBe('cd');
  });

  it('honours the window length and the analysis date', () => {
    const wide = rfmRows(computeRfmFromTransactions(log, { analysisDate: at, windowDays: 1000 }), log);
    expect(wide[0]).toMatchObject({ frequency: 3, monetary: 130 });
    expect(wide[1]).toMatchObject({ frequency: 1, monetary: 50 });
    const later = rfmRows(computeRfmFromTransactions(log, { analysisDate: dayNumber(2021, 3, 1), windowDays: 30 }), log);
    expect(later.map((r) => r.customerId)).toEqual(['A', 'B', 'C', 'D']);
    expect(later[3]).toMatchObject({ recencyDays: 0, frequency: 1, monetary: 7 });
    expect(later[2]).toMatchObject({ recencyDays: 28, frequency: 1, monetary: 999 });
    expect(later[0]).toMatchObject({ frequency: 0, monetary: 0 });
  });

  it('gives equal values the same score, whatever the file order: no purchase in the window is always the lowest F and M', () => {
    // 10 customers: 4 bought only long before the window (0 purchases, 0 € in it), 3 bought once 10 € the same day
    const rows: [string, string, number][] = [
      ['P1', '2020-12-01', 10],
      ['Z1', '2018-03-01', 40],
      ['P2', '2020-12-01', 10],
      ['Z2', '2018-03-01', 40],
      ['Q', '2020-10-01', 80],
      ['Z3', '2018-03-01', 40],
      ['P3', '2020-12-01', 10],
      ['Z4', '2018-03-01', 40],
      ['R', '2020-11-01', 200],
      ['R', '2020-12-20', 200],
      ['S', '2020-12-30', 500],
    ];
    const tied = makeLog(rows);
    const res = rfmRows(computeRfmFromTransactions(tied, { analysisDate: at }), tied);
    const of = (id: string) => res.find((r) => r.customerId === id)!;
    for (const id of ['Z1', 'Z2', 'Z3', 'Z4']) expect(of(id)).toMatchObject({ frequency: 0, monetary: 0, r: 1, f: 1, m: 1, segment: 'inactif' });
    const p = ['P1', 'P2', 'P3'].map(of);
    expect(new Set(p.map((r) => `${r.r}${r.f}${r.m}`)).size).toBe(1);
    // the 6 buyers of the window are ranked, the 4 zeros are not; each score is the quintile of the first
    // of its tied group: the 5 once-buyers hold ranks 0-4 in frequency, so all score 1, R (twice) rank 5
    expect(p[0]).toMatchObject({ r: 1, f: 1, m: 1 });
    expect(of('Q')).toMatchObject({ r: 1, f: 1, m: 3 });
    expect(of('R')).toMatchObject({ r: 4, f: 5, m: 4 });
    expect(of('S')).toMatchObject({ r: 5, f: 1, m: 5 });
    // the order of the file does not matter
    const reversed = makeLog([...rows].reverse());
    const again = rfmRows(computeRfmFromTransactions(reversed, { analysisDate: at }), reversed);
    for (const row of res) expect(again.find((r) => r.customerId === row.customerId)).toEqual(row);
  });

  it('scores a customer with no purchase in the window 1, 1, 1 and files him inactif, however recent among the others', () => {
    // 7 of 10 customers bought before the window only: the most recent of them (Y, 400 days) outranked the
    // 6 others in recency (r = 4 when everybody was ranked) and the course rule made Y « bon »
    const rows: [string, string, number][] = [['Y', '2019-11-27', 30]];
    for (let k = 0; k < 6; k++) rows.push([`O${k}`, '2018-01-10', 30]);
    for (let k = 0; k < 3; k++) rows.push([`W${k}`, '2020-12-01', 30]);
    const quiet = makeLog(rows);
    const res = rfmRows(computeRfmFromTransactions(quiet, { analysisDate: at }), quiet);
    const y = res.find((r) => r.customerId === 'Y')!;
    expect(y).toMatchObject({ frequency: 0, monetary: 0, r: 1, f: 1, m: 1, segment: 'inactif' });
    // a buyer of the window keeps the course rule (here nouveau: first purchase 30 days ago)
    expect(res.find((r) => r.customerId === 'W0')!.segment).toBe('nouveau');
  });

  it('returns nobody before the first purchase and a single customer alone', () => {
    expect(computeRfmFromTransactions(log, { analysisDate: dayNumber(2018, 1, 1) }).count).toBe(0);
    const single = makeLog([['Z', '2020-01-01', 12]]);
    const rows = rfmRows(computeRfmFromTransactions(single, { analysisDate: dayNumber(2020, 1, 10) }), single);
    expect(rows).toEqual([
      { customerId: 'Z', recencyDays: 9, frequency: 1, monetary: 12, r: 1, f: 1, m: 1, segment: 'nouveau', rfSegment: 'hibernating' },
    ]);
  });
});

describe('RFM of the CDNOW sample (« Essayer avec l’échantillon CDNOW », default settings)', () => {
  const text = readFileSync(new URL('../../../src/assets/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8');
  const imported = parseTransactions(text, { ...detectLayout(text, 'cdnow-sample'), skipBadLines: false });
  if (!imported.ok) throw new Error('the CDNOW sample no longer imports');
  const log = imported.log;
  // the screen's default analysis date is the file's last day, the window 365 days
  const res = computeRfmFromTransactions(log, { analysisDate: dayNumber(1998, 6, 30) });
  const rows = rfmRows(res, log);

  it('does not call a one-time buyer of a year ago a « très bon client »', () => {
    // two customers in three bought nothing in the last year; ranked with them, a single purchase 364 days ago scored 4, 4, 4
    expect(rows.find((r) => r.customerId === '03911')).toMatchObject({ recencyDays: 364, frequency: 1, r: 1, f: 1, m: 1, segment: 'inactif' });
    expect(rows.filter((r) => r.frequency <= 1 && r.segment === 'tresBon')).toEqual([]);
    for (const r of rows.filter((row) => row.frequency === 0)) expect(r).toMatchObject({ r: 1, f: 1, m: 1, segment: 'inactif' });
    // a score above 1 in frequency needs more than one purchase (it was « ≥ 1 » for scores 2, 3 and 4)
    for (const limit of res.scores.limits.frequency) expect(limit).toBeGreaterThanOrEqual(2);
  });

  it('spreads the buyers of the year over the course segments (it was 0 / 812 / 0 / 0 / 1 545)', () => {
    const count = (segment: string) => rows.filter((r) => r.segment === segment).length;
    const buyers = rows.filter((r) => r.frequency > 0).length;
    expect(buyers).toBe(812);
    // no first purchase in the last 13 weeks in this file: no nouveau; every other segment holds customers
    expect(count('nouveau')).toBe(0);
    for (const segment of ['tresBon', 'bon', 'futurNonClient']) expect(count(segment), segment).toBeGreaterThan(buyers / 20);
    expect(count('tresBon')).toBeLessThan(buyers / 4);
    // the inactive: the 1 545 without a purchase in the year, and the buyers with the oldest last purchase
    expect(count('inactif')).toBeGreaterThan(rows.length - buyers);
    expect(count('inactif')).toBeLessThan(rows.length - buyers + buyers / 4);
  });
});

describe('how RFM and the BG/NBD score count purchases (QA qa27class m7)', () => {
  it('RFM counts each line, the score one purchase per day, and both screens say so', () => {
    // two lines of A on the same day (CDNOW customer 00656 on 11/04/1998), then a third day
    const log = makeLog([
      ['A', '2020-01-10', 10],
      ['A', '2020-03-05', 20],
      ['A', '2020-03-05', 30],
    ]);
    const rfm = computeRfmFromTransactions(log, { analysisDate: dayNumber(2020, 12, 31) });
    expect(rfm.frequency[0]).toBe(3);
    const summary = summarizeTransactions(log, { calibrationEnd: dayNumber(2020, 12, 31) });
    // repeat purchases = distinct days - 1
    expect(summary.x[0]).toBe(1);
    expect(translate('fr', 'analytics.rfm.help', { days: 365 })).toContain(
      frenchText`Chaque ligne du fichier compte comme un achat : un fichier de caisse à une ligne par article compte donc des articles. Le score BG/NBD (étape 4), lui, compte un achat par jour`,
    );
    expect(translate('fr', 'analytics.score.help')).toContain(frenchText`Le modèle compte un achat par jour : deux lignes d’un client le même jour font un seul achat (le RFM, lui, compte chaque ligne).`);
    expect(translate('en', 'analytics.rfm.help', { days: 365 })).toContain('Each line of the file counts as one purchase');
    expect(translate('en', 'analytics.score.help')).toContain('The model counts one purchase per day');
  });
});
