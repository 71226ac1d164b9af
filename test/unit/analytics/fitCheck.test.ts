import { describe, expect, it } from 'vitest';
import { fitBgnbd } from '../../../src/engine/scoring/bgnbd.ts';
import { bgnbdProblems } from '../../../src/app/analytics/fitCheck.ts';
import { AnalyticsSession } from '../../../src/app/analytics/analyticsSession.ts';
import type { ImportSummary, LoadResult, ScoreResult } from '../../../src/app/analytics/analyticsProtocol.ts';

describe('a BG/NBD fit that cannot be read', () => {
  it('is told apart from a usable fit (CDNOW parameters)', () => {
    expect(bgnbdProblems({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 1000)).toEqual([]);
    // the QA file: purchases at random over three years, no departure
    expect(bgnbdProblems({ r: 811234180397, alpha: 12978836031046, a: 1e-12, b: 1.887 }, 198000)).toEqual(['noDropout', 'sameRate']);
    expect(bgnbdProblems({ r: 0.5, alpha: 3, a: 0.8, b: 2e9 }, 10)).toEqual(['noDropout']);
    expect(bgnbdProblems({ r: 0.5, alpha: 3, a: 5e7, b: 2e8 }, 10)).toEqual(['extreme']);
  });

  it('on a synthetic log where every customer buys every week to the end: no departure, the same rate for all', () => {
    const n = 300;
    const T = 52;
    const data = { n, x: new Float64Array(n).fill(51), tx: new Float64Array(n).fill(51), T: new Float64Array(n).fill(T) };
    const fit = fitBgnbd(data);
    expect(bgnbdProblems(fit, n)).toContain('noDropout');
  });

  it('is reported with the score: purchases at random over the whole period, and a log where nobody bought twice', async () => {
    // a deterministic generator: 150 customers, each 30 purchases on days drawn uniformly over 2023-2025 (no departure)
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const day = (offset: number) => new Date(Date.UTC(2023, 0, 1) + offset * 86400000).toISOString().slice(0, 10);
    const lines = ['client;date;montant'];
    for (let c = 0; c < 150; c++) for (let k = 0; k < 30; k++) lines.push(`C${c};${day(Math.floor(random() * 1095))};${10 + (k % 7)}`);
    expect(await problemsOf(lines.join('\n'))).toContain('noDropout');
    const once = ['client;date;montant', ...Array.from({ length: 60 }, (_, c) => `C${c};${day(c * 5)};12`)];
    expect(await problemsOf(once.join('\n'))).toContain('noRepeat');
  });
});

async function problemsOf(text: string): Promise<ScoreResult['fitProblems']> {
  const session = new AnalyticsSession();
  const loaded = (await session.handle({ kind: 'load', source: { kind: 'text', text }, format: 'csv' }, () => {})) as LoadResult;
  const imported = (await session.handle({ kind: 'import', layout: loaded.layout, skipBadLines: false }, () => {})) as ImportSummary;
  expect(imported.ok).toBe(true);
  const score = (await session.handle(
    { kind: 'score', calibrationEnd: imported.lastDay - 60, horizonWeeks: 8, margin: 0.3, yearlyDiscountRate: 0.1 },
    () => {},
  )) as ScoreResult;
  return score.fitProblems;
}
