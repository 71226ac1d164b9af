/**
 * QA class 5: the Bilan said « Budget restant : 7 667 € » and not a word on that money never spent, after three programmes
 * the budget stopped (for good) were never started again. The game over, a notable share of the budget left unspent is a finding.
 */
import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { findingMessageKey } from '../../../src/ui/debrief/findingText.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { loadLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const decisions: DecisionsLog = [{ tick: 0, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.2, target: {} }] }];
// 8 periods, 400 € spent each, 5 800 € left at the end: 5 800 / (5 800 + 3 200) = 64 % never used
const unused = (kpis: TickKpis[], durationTicks?: number, budgetReserve?: number) =>
  courseFindings(kpis, decisions, [], { durationTicks, budgetReserve }).find((f) => f.key.startsWith('budgetUnused'));

describe('the budget never spent, in the Bilan', () => {
  it('is said once the game is over, with the amount and its share of what the budget received', () => {
    const finding = unused(makeKpiSeries(8), 8)!;
    expect(finding.key).toBe('budgetUnused');
    expect(finding.concept).toBe('budget');
    expect(finding.params.left).toBe(5800);
    expect(finding.params.share).toBeCloseTo(5800 / 9000);
    // mid-game, money left is the next periods'; nothing said
    expect(unused(makeKpiSeries(8), 10)).toBeUndefined();
    expect(unused(makeKpiSeries(8))).toBeUndefined();
  });

  it('is not said when little was left', () => {
    // 300 € left of 300 + 8 × 400 = 3 500 €: 9 %
    const spent = makeKpiSeries(8, (k) => ({ ...k, budgetLeft: 300 }));
    expect(unused(spent, 8)).toBeUndefined();
  });

  it('counts the programmes the budget stopped and no programme of their strategy followed (fr, en)', async () => {
    const stopped = makeKpiSeries(8, (k) => ({ ...k, programmes: k.programmes.map((p) => ({ ...p, endTick: 4, suspendedMembers: 120 })) }));
    const finding = unused(stopped, 8)!;
    expect(finding.key).toBe('budgetUnusedStopped');
    expect(finding.params.count).toBe(1);
    const params = { left: '5 800 €', share: '64 %', count: '1' };
    expect(translate('fr', findingMessageKey('fr', finding.key, finding.params), params).replace(/\s/g, ' ')).toBe(
      '5 800 € du budget n’ont jamais servi (64 % de ce qu’il a reçu) : 1 programme arrêté faute de budget n’a pas été relancé. ' +
        'Un arrêt est définitif, mais la même stratégie peut être lancée à nouveau quand les versements ont reconstitué le budget.',
    );
    await loadLocale('en');
    expect(translate('en', findingMessageKey('en', finding.key, { ...finding.params, count: 3 }), { ...params, count: '3' })).toMatch(
      /^5 800 € of the budget was never used \(64 % of what it received\): 3 programmes stopped for lack of budget were not started again\./,
    );
    // a programme of the same strategy launched after the stop: not « not started again »
    const relaunched = stopped.map((k) => ({ ...k, programmes: [...k.programmes, { ...k.programmes[0], id: '6:0', startTick: 6, endTick: undefined, suspendedMembers: undefined }] }));
    expect(unused(relaunched, 8)!.key).toBe('budgetUnused');
  });

  // QA qa29self m7: mission 4 asked to « finir avec au moins 1 000 € de budget », then its Bilan said the money left could have paid for actions
  it('an objective that asked for a reserve: the Bilan says so, and says nothing when the rest is small', () => {
    const finding = unused(makeKpiSeries(8), 8, 1000)!;
    expect(finding.key).toBe('budgetUnusedReserve');
    expect(finding.params).toMatchObject({ left: 5800, reserve: 1000 });
    expect(translate('fr', findingMessageKey('fr', finding.key, finding.params), { left: '5 800 €', share: '64 %', reserve: '1 000 €' }).replace(/\s/g, ' ')).toBe(
      '5 800 € du budget n’ont jamais servi (64 % de ce qu’il a reçu), dont 1 000 € que l’objectif demandait de garder : seul le reste aurait pu payer d’autres actions de fidélisation.',
    );
    // 5 000 € asked for: 800 € idle of 9 000 €, under the share said
    expect(unused(makeKpiSeries(8), 8, 5000)).toBeUndefined();
  });
});
