/** Dashboard logic without components: trends, KPI cards, levers, sparkline geometry, feed building and wording. */
import { describe, expect, it } from 'vitest';
import { buildFeed, tickItems } from '../../../src/ui/dashboard/eventFeed.ts';
import { feedText } from '../../../src/ui/dashboard/feedText.ts';
import { customerValue, kpiCards, levers } from '../../../src/ui/dashboard/kpiCards.ts';
import { trendSentence } from '../../../src/ui/dashboard/kpiText.ts';
import { metricConcept } from '../../../src/ui/home/objectiveConcept.ts';
import { latestMeasure, measureHistory } from '../../../src/ui/dashboard/satisfactionMeasure.ts';
import { sparklinePoints } from '../../../src/ui/dashboard/sparkline.ts';
import { trendOf } from '../../../src/ui/dashboard/trend.ts';
import { periodLabel } from '../../../src/ui/dashboard/period.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { eventBatch, purchaseBatch } from '../../fixtures/customers.ts';
import type { TickReport } from '../../../src/engine/types.ts';
import type { EventType } from '../../../src/engine/vocabulary.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('trendOf', () => {
  it('judges direction by polarity', () => {
    expect(trendOf(0.05, 0.04, 'lowerIsBetter')).toMatchObject({ direction: 'up', favourable: false });
    expect(trendOf(90, 100, 'higherIsBetter')).toMatchObject({ direction: 'down', favourable: false, delta: -10, relative: -0.1 });
    expect(trendOf(100, 100, 'higherIsBetter')).toMatchObject({ direction: 'flat', favourable: null });
    expect(trendOf(5, 3, 'neutral')!.favourable).toBeNull();
    expect(trendOf(5, undefined, 'neutral')).toBeNull();
  });

  it('reads a rate change in points, with words', () => {
    const s = trendSentence('fr', trendOf(0.031, 0.035, 'lowerIsBetter'), 'points', 'week');
    expect(nbsp(s)).toBe('En baisse (favorable) : −0,4 pt par rapport à la semaine précédente');
    expect(trendSentence('fr', null, 'points', 'week')).toBe('Première semaine');
  });

  it('says the change in the shop’s unit, as the time bar (QA qa30enTablet m2: « période » beside « Situation à la fin de la semaine 50 »)', () => {
    const trend = trendOf(0.031, 0.035, 'lowerIsBetter');
    expect(nbsp(trendSentence('fr', trend, 'points', 'month'))).toBe('En baisse (favorable) : −0,4 pt par rapport au mois précédent');
    expect(trendSentence('en', trend, 'points', 'week')).toMatch(/compared with the previous week$/);
    expect(trendSentence('en', trend, 'points', 'month')).toMatch(/compared with the previous month$/);
    expect(trendSentence('fr', null, 'points', 'month')).toBe('Premier mois');
    expect(trendSentence('en', null, 'points', 'month')).toBe('First month');
  });
});

describe('kpiCards and levers', () => {
  const kpis = makeKpiSeries(6);
  it('gives one card per KPI with the last value, its trend and a sparkline series', () => {
    const cards = kpiCards(kpis);
    const churn = cards.find((c) => c.id === 'churn')!;
    expect(churn.value).toBe(kpis[5].churnRate);
    expect(churn.series).toHaveLength(6);
    expect(churn.trend!.favourable).toBe(churn.trend!.direction === 'down');
    expect(kpiCards([])).toEqual([]);
    expect(kpiCards(kpis.slice(0, 1))[0].trend).toBeNull();
  });

  it('links each card to its figure’s glossary card, the one the home page gives that objective (review m9)', () => {
    const concepts = Object.fromEntries(kpiCards(kpis).map((c) => [c.id, c.concept]));
    // the churn rate is defined on « Fidélisation et attrition », not « Schéma de l’infidélité » (why customers leave)
    expect(concepts).toEqual({
      turnover: 'equationCa',
      activeCustomers: 'cycleDeVie',
      retention: 'retention',
      churn: 'retention',
      acquisitions: 'acquisition',
      grossMargin: 'margeBrute',
      netMargin: 'margeNette',
      budgetLeft: 'budget',
    });
    expect(concepts.churn).toBe(metricConcept('churnRate'));
    expect(concepts.retention).toBe(metricConcept('retentionRate'));
  });

  it('decomposes turnover into frequency, basket and length', () => {
    const ls = levers(kpis);
    expect(ls.map((l) => l.id)).toEqual(['frequency', 'averageBasket', 'relationshipLength']);
    const length = ls.find((l) => l.id === 'relationshipLength')!;
    expect(length.sinceStart).toBeCloseTo((55 - 60) / 60, 12);
    expect(length.trend!.direction).toBe('down');
    // a lifetime: frequency per customer, active or dormant (the customer the length is about), not per active customer
    expect(customerValue(kpis[0])).toBeCloseTo((kpis[0].purchases / (kpis[0].activeCustomers + kpis[0].stages.dormant)) * kpis[0].averageBasket * 60, 9);
  });
});

describe('sparklinePoints', () => {
  it('maps min to the bottom and max to the top', () => {
    expect(sparklinePoints([0, 10], 100, 20, 0)).toBe('0,20 100,0');
    expect(sparklinePoints([5, 5, 5], 100, 20, 0)).toBe('0,10 50,10 100,10');
    expect(sparklinePoints([1], 100, 20)).toBe('');
  });
});

describe('satisfaction measures', () => {
  it('finds the latest survey and the distinct ones', () => {
    const kpis = makeKpiSeries(6);
    expect(latestMeasure(kpis.slice(0, 3))).toBeNull();
    expect(latestMeasure(kpis)!.tick).toBe(3);
    expect(measureHistory(kpis)).toHaveLength(1);
  });
});

describe('event feed', () => {
  const scenario = fixtureScenario();
  const kpis = makeKpiSeries(7);

  it('aggregates departures per tick by cause, most frequent first', () => {
    const dep = tickItems(scenario, kpis[4], kpis.slice(0, 4)).find((i) => i.kind === 'departures');
    expect(dep).toEqual({
      kind: 'departures',
      tick: 4,
      count: 25,
      causes: [
        { cause: 'concurrence', count: 14 },
        { cause: 'insatisfaction', count: 6 },
        { cause: 'naturel', count: 5 },
      ],
    });
    expect(feedText('fr', dep!)).toBe('25 clients perdus (14 partis à la concurrence, 6 par insatisfaction, 5 départs naturels).');
    expect(feedText('en', dep!)).toBe('25 customers lost (14 to the competition, 6 through dissatisfaction, 5 natural departures).');
    const one = { ...dep!, count: 2, causes: [{ cause: 'naturel', count: 1 }, { cause: 'reclamationMalTraitee', count: 1 }] } as typeof dep;
    expect(feedText('fr', one!)).toBe('2 clients perdus (1 départ naturel, 1 réclamation mal traitée).');
    expect(feedText('en', one!)).toBe('2 customers lost (1 natural departure, 1 complaint badly handled).');
  });

  it("reports the competitor's move with how many customers its offer reached", () => {
    const report: TickReport = {
      tick: 4,
      kpis: kpis[4],
      purchases: purchaseBatch(4, []),
      events: eventBatch(4, [
        { customer: 1, type: 'offreConcurrente' },
        { customer: 2, type: 'offreConcurrente' },
        { customer: 2, type: 'incident' },
      ]),
      rejected: [{ actionIndex: 0, reason: 'budgetInsuffisant' }],
    };
    const items = tickItems(scenario, kpis[4], kpis.slice(0, 4), report);
    expect(items[0]).toEqual({ kind: 'competitor', tick: 4, competitor: 'Mode Rivale', move: 'promotion', reached: 2 });
    expect(feedText('fr', items[0])).toBe('Mode Rivale lance une promotion. 2 de vos clients ont reçu son offre.');
    // the reason itself, kept after a reload (QA shops 2: « voir l’écran Décisions », whose notice a reload drops)
    expect(feedText('fr', items.find((i) => i.kind === 'rejected')!)).toBe(frenchText`1 action refusée par la simulation : budget insuffisant.`);
  });

  it('says how many complaints the budget left unhandled, from the tick report (nothing without one)', () => {
    const report = (types: EventType[]): TickReport => ({
      tick: 6,
      kpis: kpis[6],
      purchases: purchaseBatch(6, []),
      events: eventBatch(6, types.map((type, customer) => ({ customer, type }))),
      rejected: [],
    });
    const unpaid = (r?: TickReport) => tickItems(scenario, kpis[6], kpis.slice(0, 6), r).filter((i) => i.kind === 'complaintsUnpaid');
    const items = unpaid(report(['reclamationSansBudget', 'reclamation', 'reclamationSansBudget', 'reclamationSansBudget']));
    expect(items).toEqual([{ kind: 'complaintsUnpaid', tick: 6, count: 3, paid: kpis[6].costsByType.politiqueReclamations ?? 0, unit: 0 }]);
    // followed by why (app/complaintMoney.ts, test/unit/app/complaintMoney.test.ts)
    expect(feedText('fr', items[0]).startsWith(frenchText`3 réclamations non traitées faute de budget : ces clients n’ont reçu aucune réponse. `)).toBe(true);
    expect(feedText('en', { ...items[0], count: 1 }).startsWith('1 complaint left unhandled for lack of budget: the customer got no answer. ')).toBe(true);
    expect(unpaid(report(['reclamation']))).toEqual([]);
    expect(unpaid(undefined)).toEqual([]);
  });

  it('flags a complaint wave only when complaints jump well above the usual level', () => {
    expect(tickItems(scenario, kpis[5], kpis.slice(0, 5)).some((i) => i.kind === 'complaintWave')).toBe(true);
    expect(tickItems(scenario, kpis[6], kpis.slice(0, 6)).some((i) => i.kind === 'complaintWave')).toBe(false);
  });

  it('announces a survey result in the tick it was run', () => {
    const survey = tickItems(scenario, kpis[3], kpis.slice(0, 3)).find((i) => i.kind === 'survey');
    expect(nbsp(feedText('fr', survey!))).toBe('Résultat d’enquête (Questionnaire) : satisfaction moyenne 68,0 % ± 6,5 pt sur 200 réponses.');
    // one decimal, as the card, the objective row and the Bilan (QA qa13 S2: « 72 % ± 1,6 pt » beside 71,7 %)
    expect(nbsp(feedText('fr', { ...survey!, mean: 0.717 } as typeof survey & object))).toContain('satisfaction moyenne 71,7 % ± 6,5 pt');
    expect(nbsp(feedText('fr', { ...survey!, method: 'clientMystere', mean: 0.717 } as typeof survey & object))).toContain('note de service 71,7 % ± 6,5 pt');
    expect(tickItems(scenario, kpis[4], kpis.slice(0, 4)).some((i) => i.kind === 'survey')).toBe(false);
  });

  it('says a programme the budget stopped was stopped for lack of budget, once, with its member count, apart from one that simply ended', () => {
    const k = kpis[4];
    const coupon = { ...k.programmes[0], endTick: 4, suspendedMembers: 287 };
    const club = { ...k.programmes[0], id: '1:0', type: 'lienSocial' as const, strategy: 'lienSocial' as const, instrument: 'club', endTick: 4 };
    const items = tickItems(scenario, { ...k, programmes: [coupon, club] }, kpis.slice(0, 4));
    const ends = items.filter((i) => i.kind === 'programmeEnded' || i.kind === 'programmeSuspended');
    expect(ends).toEqual([
      { kind: 'programmeSuspended', tick: 4, programmeId: '0:0', type: 'financier', instrument: 'coupon', members: 287 },
      { kind: 'programmeEnded', tick: 4, programmeId: '1:0', type: 'lienSocial', instrument: 'club' },
    ]);
    expect(nbsp(feedText('fr', ends[0]))).toBe('Programme arrêté faute de budget : Avantage financier — Bons de réduction (287 clients prévenus).');
    expect(nbsp(feedText('en', ends[0]))).toBe('Programme stopped for lack of budget: Financial advantage — Coupons (287 customers told).');
    expect(feedText('fr', { ...ends[0], members: 1 } as (typeof ends)[0])).toContain('(1 client prévenu)');
    expect(feedText('fr', ends[1])).toMatch(/^Fin du programme/);
  });

  it('lists the last ticks newest first', () => {
    const feed = buildFeed(scenario, kpis, [], 3);
    expect(feed.map((f) => f.tick)).toEqual([6, 5, 4]);
    const acq = feed[0].items.find((i) => i.kind === 'acquisitions')!;
    expect(feedText('fr', acq)).toBe('8 nouveaux clients.');
  });

  it('says how many new customers came by referral only when some did (QA C2)', () => {
    const acq = buildFeed(scenario, kpis, [], 3)[0].items.find((i) => i.kind === 'acquisitions')!;
    expect(feedText('fr', { ...acq, referrals: 0 })).toBe('8 nouveaux clients.');
    expect(feedText('fr', { ...acq, referrals: 3 })).toBe('8 nouveaux clients, dont 3 par parrainage.');
    expect(feedText('fr', { ...acq, count: 1, referrals: 0 })).toBe('1 nouveau client.');
    expect(feedText('en', { ...acq, count: 1, referrals: 0 })).toBe('1 new customer.');
    expect(feedText('en', { ...acq, referrals: 2 })).toBe('8 new customers, of which 2 by referral.');
  });

  it('names periods from the tick unit', () => {
    const p = periodLabel('month', 13);
    expect(translate('fr', p.key, p.params)).toBe('Mois 14');
  });
});
