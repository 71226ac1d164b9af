/**
 * The customer loop's idle customer's path (step.ts): the mechanisms of a customer without bond who buys
 * nothing while no programme runs, written out for that case, must give exactly what the mechanisms give.
 * Shops of occasional customers (the path's case) played with the path and without it: the same state hash
 * and the same reports at every tick, with a stretch of ticks with a programme running (path off) and after.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { hashState, runSimulation } from '../../../src/engine/index.ts';
import type { TickContext } from '../../../src/engine/context.ts';
import { useIdlePath } from '../../../src/engine/step.ts';
import { REFERRAL_BINS, referralChance, referralChanceBounds } from '../../../src/engine/wordOfMouth.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';

function shop(file: string) {
  const raw = JSON.parse(readFileSync(`scenarios/${file}.json`, 'utf8'));
  return scenarioSchema.parse({ ...raw, events: raw.events ?? [] });
}

function play(file: string, idlePath: boolean, decisions: unknown[] = []) {
  useIdlePath(idlePath);
  const { state, reports } = runSimulation(shop(file), { seed: 5, customers: 3000, ticks: 30, decisions: decisionsLogSchema.parse(decisions) });
  return { hash: hashState(state), reports: JSON.stringify(reports), rejected: reports.flatMap((r) => r.rejected).length, running: reports.filter((r) => r.kpis.programmes.length > 0).length };
}

afterEach(() => useIdlePath(true));

describe('idle customer path', () => {
  it.each(['cosmetiques-en-ligne', 'sport-et-cimes', 'optique-lumiere'])('%s: the same game with the path and without', (file) => {
    const on = play(file, true);
    const off = play(file, false);
    expect(on.hash).toBe(off.hash);
    expect(on.reports).toBe(off.reports);
  });

  it('the same game around a programme (the path is off while it runs)', () => {
    const decisions = [{ tick: 4, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, durationTicks: 6, target: { stages: ['actif'] } }] }];
    const on = play('cosmetiques-en-ligne', true, decisions);
    const off = play('cosmetiques-en-ligne', false, decisions);
    // the programme was launched and ran
    expect(on.rejected).toBe(0);
    expect(on.running).toBeGreaterThan(0);
    expect(on.hash).toBe(off.hash);
    expect(on.reports).toBe(off.reports);
  });

  it('no referral chance is above the bound of its satisfaction bin', () => {
    for (const referralRate of [0.03, 0.0123, 0.3]) {
      const ctx = { referralRate } as TickContext;
      const bounds = referralChanceBounds(ctx);
      let above = 0;
      for (let k = 0; k <= 20000; k++) {
        const s = k / 20000;
        if (referralChance(ctx, s, 1) > bounds[(s * REFERRAL_BINS) | 0]) above++;
      }
      expect(above).toBe(0);
      // a bound, not a blanket: the top bin's is the chance at s = 1
      expect(bounds[REFERRAL_BINS]).toBe(referralChance(ctx, 1, 1));
      expect(bounds[REFERRAL_BINS / 2]).toBeLessThan(referralRate);
    }
  });
});
