/**
 * QA learner 1 (Sport & Cimes, seed 7300): the period card named the reminder for week 5 and the coupons for week 16;
 * the engine stopped the coupons in week 5. Their forecast cost (≈ 330 € a week, the engine's own expectation: over
 * ten seeds it matches what the engine charges on average) was right on average, but a discount costs what the
 * members happen to buy: 407, 443, 298, 396 €, about ± 70 € a week, and with the budget just above the coupons'
 * reserve those draws decided which programme went first. The engine now gives each financial advantage's spread
 * (budgetReserve.ts costSpread, from its purchase and basket draws) and the runway says the stop it may bring sooner.
 */
import { describe, expect, it } from 'vitest';
import { budgetRunway } from '../../../src/app/budgetRunway.ts';
import { periodCost } from '../../../src/app/periodCost.ts';
import { complaintCostPerPeriod } from '../../../src/app/programmesRunway.ts';
import { createSimulation, nextTickReserves, stepSimulation } from '../../../src/engine/index.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { shippedScenarioList } from './testServices.ts';

describe('the runway says a stop the purchases may bring sooner', () => {
  const fixed = (id: string, cost: number, spread?: number) => ({
    id,
    cost,
    reserve: cost * 1.3,
    ahead: { reserve: Array(20).fill(cost * 1.3), cost: Array(20).fill(cost), ...(spread ? { spread: Array(20).fill(spread) } : {}) },
  });

  it('nothing when no cost depends on purchases (the fees of a club): the forecast as before', () => {
    const runway = budgetRunway({ budget: 200, refill: 350, programmes: [fixed('club', 330), fixed('reminder', 54)], otherCost: 0, periodsLeft: 20 });
    expect(runway.sooner).toBeUndefined();
  });

  it('a discount that may cost more stops the older programme sooner than the one the forecast names', () => {
    const input = { budget: 200, refill: 350, otherCost: 0, periodsLeft: 20 };
    const central = budgetRunway({ ...input, programmes: [fixed('coupons', 330), fixed('reminder', 54)] });
    const unsure = budgetRunway({ ...input, programmes: [fixed('coupons', 330, 70), fixed('reminder', 54)] });
    expect(unsure.cuts).toEqual(central.cuts);
    expect(central.cuts[0].id).toBe('reminder');
    expect(unsure.sooner?.id).toBe('coupons');
    expect(unsure.sooner!.period).toBeLessThan(central.cuts.find((c) => c.id === 'coupons')?.period ?? Infinity);
  });

  it('the tester’s game: from week 3 the card says the coupons may stop around week 4 or 5, as they did in week 5', () => {
    const scenario = shippedScenarioList().find((s) => s.id === 'sport-et-cimes')!;
    const plan: [number, Action][] = [
      [0, { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['futurNonClient'] } }],
      [0, { type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon'] } }],
      [0, { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['bon'], limit: 200 } }],
      // the tester asked for 300 at most and got the 208 not lost among them (before model audit F16 the lost counted in the limit)
      [0, { type: 'customisation', instrument: 'offreSurMesure', target: { motives: ['orgueil', 'nouveaute'], limit: 208 } }],
      [0, { type: 'politiqueReclamations', level: 'rapide' }],
      [0, { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 }],
      [0, { type: 'collecteDonnees', instrument: 'personnel', target: { segments: ['bon'] } }],
      [0, { type: 'acquisition', channel: 'reseauxSociaux', budget: 500 }],
      // week 2: the tailored offer stopped, as the card advised
      [1, { type: 'arreterProgramme', programmeId: '0:3' }],
    ];
    const state = createSimulation(scenario, { seed: 7300 });
    const kpis: TickKpis[] = [];
    const sooner = new Map<number, { id: string; tick: number } | undefined>();
    for (let t = 0; t < 6; t++) {
      const pending = plan.filter(([tick]) => tick === t).map(([, a]) => a);
      if (t === 2 || t === 3) {
        const now = kpis.at(-1)!;
        const cost = periodCost({
          pending,
          targets: [],
          running: now.programmes.filter((p) => p.endTick === undefined),
          tickUnit: scenario.tickUnit,
          last: now,
          budgetLeft: now.budgetLeft,
          perTickIncome: scenario.budget.perTick,
          reserves: nextTickReserves(state, scenario),
          complaintCost: complaintCostPerPeriod(kpis),
          tick: t,
          periodsLeft: scenario.durationTicks - t,
        });
        const s = cost.runway!.runway.sooner;
        sooner.set(t, s && { id: s.id, tick: t + s.period - 1 });
        // the expectation alone still names the reminder first: the draws, not the expected cost, stopped the coupons
        expect(cost.runway!.runway.cuts[0].id).not.toBe('0:0');
      }
      kpis.push(stepSimulation(state, scenario, pending).kpis);
    }
    const coupons = kpis.at(-1)!.programmes.find((p) => p.id === '0:0')!;
    expect(coupons.suspendedMembers).toBeDefined();
    expect(coupons.endTick).toBe(4);
    for (const t of [2, 3]) {
      expect(sooner.get(t)?.id).toBe('0:0');
      // never later than the engine's stop, at most a period early
      expect(coupons.endTick! - sooner.get(t)!.tick).toBeGreaterThanOrEqual(0);
      expect(coupons.endTick! - sooner.get(t)!.tick).toBeLessThanOrEqual(1);
    }
  });
});

describe('the card’s words for it', () => {
  it('after the forecast, the programme the purchases may stop sooner and about when (fr, en)', async () => {
    const { runwayNotice } = await import('../../../src/ui/decisions/runwayNotice.ts');
    const { translate } = await import('../../../src/i18n/translate.ts');
    const { loadLocale } = await import('../../../src/i18n/locale.svelte.ts');
    await loadLocale('en');
    const refs = {
      '0:0': { type: 'financier' as const, instrument: 'coupon', startTick: 0 },
      '0:2': { type: 'personnalisation' as const, instrument: 'relancePersonnalisee', startTick: 0 },
    };
    const view = { runway: { kind: 'cut' as const, cuts: [{ id: '0:2', period: 2 }], sooner: { id: '0:0', period: 2 } }, refs, tick: 3, tickUnit: 'week' as const };
    const say = (locale: 'fr' | 'en') => {
      const n = runwayNotice(view, (k, p) => translate(locale, k, p))!;
      return translate(locale, n.key, n.params).replace(/[\u00a0\u202f]/g, ' ');
    };
    expect(say('fr')).toContain(
      'Selon les achats des clients (une remise coûte ce qu’ils achètent), « Avantage financier — Bons de réduction (lancé la semaine 1) » peut aussi être arrêté plus tôt, vers la semaine 5.',
    );
    expect(say('en')).toContain('Depending on what customers buy (a discount costs what they buy), “Financial advantage — Coupons (started in week 1)” may also be stopped sooner, around week 5.');
  });
});

describe('a sooner stop of a programme the stops already name (QA qa31phoneEn m6)', () => {
  const refs = {
    '0:1': { type: 'personnalisation' as const, instrument: 'relancePersonnalisee', startTick: 0 },
    '0:3': { type: 'customisation' as const, instrument: 'offreSurMesure', startTick: 0 },
  };
  const say = async (locale: 'fr' | 'en', view: Parameters<typeof import('../../../src/ui/decisions/runwayNotice.ts').runwayNotice>[0]) => {
    const { runwayNotice } = await import('../../../src/ui/decisions/runwayNotice.ts');
    const { translate } = await import('../../../src/i18n/translate.ts');
    const { loadLocale } = await import('../../../src/i18n/locale.svelte.ts');
    await loadLocale('en');
    const n = runwayNotice(view, (k, p) => translate(locale, k, p))!;
    return translate(locale, n.key, n.params).replace(/[\u00a0\u202f]/g, ' ');
  };

  it('the last one named: « it », without a second name, week or « also », and no discount for a tailored offer', async () => {
    // the tester's card: the reminder stops from week 9, the tailored offer from week 11, maybe week 10
    const view = { runway: { kind: 'cut' as const, cuts: [{ id: '0:1', period: 3 }, { id: '0:3', period: 5 }], sooner: { id: '0:3', period: 4 } }, refs, tick: 6, tickUnit: 'week' as const };
    const en = await say('en', view);
    expect(en).toContain('it will also stop “Customisation — Tailored offer (started in week 1)” from week 11. Depending on what customers buy, the budget could stop it sooner, around week 10.');
    expect(en.match(/Tailored offer/g)).toHaveLength(1);
    expect(en).not.toContain('a discount');
    const fr = await say('fr', view);
    expect(fr).toContain('Selon les achats des clients, le budget pourrait l’arrêter plus tôt, vers la semaine 10.');
    expect(fr.match(/Offre sur mesure/gi)).toHaveLength(1);
  });

  it('named before another one: named again, without « also »', async () => {
    const view = { runway: { kind: 'cut' as const, cuts: [{ id: '0:3', period: 3 }, { id: '0:1', period: 5 }], sooner: { id: '0:3', period: 2 } }, refs, tick: 6, tickUnit: 'week' as const };
    const en = await say('en', view);
    expect(en).toContain('Depending on what customers buy, “Customisation — Tailored offer (started in week 1)” could be stopped sooner, around week 8.');
    expect(en).not.toMatch(/also be stopped/);
  });
});

/**
 * Issue #4 (self-learner): a programme still queued this period (« à lancer ») was counted at its mean only; the stop
 * its purchases may bring sooner was said for running programmes alone. Its estimate now carries the engine's spread
 * (costForecast.ts forecastSpread, the same rule as a running programme's, on the share of the target enrolled).
 */
describe('a programme queued this period counts in the spread too', () => {
  const ref = (type: 'financier' | 'personnalisation', instrument: string) => ({ type, instrument, startTick: 3 });

  it('a queued discount that may cost more stops sooner than the forecast says', async () => {
    const { programmesRunway } = await import('../../../src/app/programmesRunway.ts');
    const input = { reserves: [], running: [], budgetLeft: 200, refill: 350, complaintCost: 0, periodsLeft: 20, tick: 3, tickUnit: 'week' as const };
    const coupons = { id: 'pending:0', ref: ref('financier', 'coupon'), perTick: 330, perPeriod: Array(20).fill(330) };
    const reminder = { id: 'pending:1', ref: ref('personnalisation', 'relancePersonnalisee'), perTick: 54, perPeriod: Array(20).fill(54) };
    const central = programmesRunway({ ...input, started: [coupons, reminder] }).runway;
    const unsure = programmesRunway({ ...input, started: [{ ...coupons, spread: Array(20).fill(70) }, reminder] }).runway;
    expect(unsure.cuts).toEqual(central.cuts);
    expect(central.sooner).toBeUndefined();
    expect(unsure.sooner?.id).toBe('pending:0');
    expect(unsure.sooner!.period).toBeLessThan(central.cuts.find((c) => c.id === 'pending:0')?.period ?? Infinity);
  });

  it('the period card prices a queued discount’s spread with the engine’s rule, close to its own once it runs', async () => {
    const { selectTarget, targetCostCurves, visibleColumns } = await import('../../../src/engine/index.ts');
    const { targetSpend } = await import('../../../src/app/targetSpend.ts');
    const scenario = shippedScenarioList().find((s) => s.id === 'sport-et-cimes')!;
    const state = createSimulation(scenario, { seed: 7300 });
    const pending: Action[] = [
      { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['futurNonClient'] } },
      { type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon'] } },
    ];
    const targets = pending.map((a) => {
      const ids = selectTarget(state, 'target' in a ? a.target : {});
      const spend = { ...targetSpend(visibleColumns(state), ids), curves: targetCostCurves(state, scenario, ids, scenario.durationTicks) };
      return { count: ids.length, spend };
    });
    const cost = periodCost({
      pending,
      targets,
      running: [],
      tickUnit: scenario.tickUnit,
      last: undefined,
      budgetLeft: scenario.budget.initial,
      perTickIncome: scenario.budget.perTick,
      reserves: [],
      tick: 0,
      periodsLeft: scenario.durationTicks,
    });
    const [coupons, club] = cost.plan!.started;
    // the club's fees do not depend on purchases: no spread
    expect(club.spread).toBeUndefined();
    expect(coupons.spread!.length).toBe(coupons.perPeriod!.length);
    expect(coupons.spread![0]).toBeGreaterThan(0);
    // once it runs, the engine's reserve gives its spread for the next period: the queued estimate said about as much
    stepSimulation(state, scenario, pending);
    const running = nextTickReserves(state, scenario).find((r) => r.id === '0:0')!;
    const ratio = coupons.spread![1] / running.ahead!.spread![0];
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.25);
  });
});
