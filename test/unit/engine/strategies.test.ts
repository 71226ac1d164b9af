/**
 * The documented advantages and drawbacks of each strategy, as behaviour: every test compares a
 * treated run with a control run on the same seed (common random numbers), so differences come
 * from the treatment only.
 */
import { describe, expect, it } from 'vitest';
import { customerEvents, runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import type { SimState } from '../../../src/engine/state.ts';
import { MOTIVES } from '../../../src/engine/vocabulary.ts';
import { testScenario } from './fixtures.ts';

const scenario = testScenario();
type Run = ReturnType<typeof runSimulation>;

function run(decisions: unknown[], ticks: number, sc = scenario, seed = 5): Run {
  return runSimulation(sc, {
    seed,
    ticks,
    decisions: decisionsLogSchema.parse(decisions),
  });
}
function lostBetween(r: Run, from: number, to: number): number {
  return r.reports.slice(from, to).reduce((s, x) => s + x.kpis.lost, 0);
}
function meanOver(
  state: SimState,
  ids: ArrayLike<number>,
  field: 'satisfaction' | 'barrierProcedural' | 'barrierFinancial' | 'barrierRelational',
): number {
  let s = 0;
  let k = 0;
  for (let j = 0; j < ids.length; j++) {
    const i = ids[j];
    if (state.customers.lostTick[i] !== -2147483648) continue;
    s += state.customers[field][i];
    k++;
  }
  return s / k;
}
function aliveShare(state: SimState, ids: ArrayLike<number>): number {
  let k = 0;
  for (let j = 0; j < ids.length; j++) if (state.customers.lostTick[ids[j]] === -2147483648) k++;
  return k / ids.length;
}

describe('financial advantage (coupons)', () => {
  const start = 2;
  const stop = 20;
  const control = run([], 32);
  const coupon = run(
    [
      {
        tick: start,
        actions: [
          {
            type: 'financier',
            instrument: 'coupon',
            discountRate: 0.2,
            target: { stages: ['actif'] },
          },
        ],
      },
      {
        tick: stop,
        actions: [{ type: 'arreterProgramme', programmeId: `${start}:0` }],
      },
    ],
    32,
  );
  const members = coupon.state.programmes[0].members;

  it('acts fast: more purchases from the first tick, and it costs discount x amount', () => {
    expect(coupon.reports[start].kpis.purchases).toBeGreaterThan(control.reports[start].kpis.purchases);
    expect(coupon.reports[start - 1].kpis.purchases).toBe(control.reports[start - 1].kpis.purchases);
    const prog = coupon.reports[start].kpis.programmes[0];
    expect(prog.costThisTick).toBeGreaterThan(0);
    expect(coupon.reports[start].kpis.costsByType.financier).toBeCloseTo(prog.costThisTick, 6);
  });

  it('lowers the reference price of members while it runs', () => {
    const during = run(
      [
        {
          tick: start,
          actions: [
            {
              type: 'financier',
              instrument: 'coupon',
              discountRate: 0.2,
              target: { stages: ['actif'] },
            },
          ],
        },
      ],
      12,
    );
    const before = run([], 12);
    expect(meanRef(during.state, members)).toBeLessThan(meanRef(before.state, members) - 0.02);
  });

  it('stopping it lowers the satisfaction of its members below a control run (backlash)', () => {
    expect(coupon.reports[stop + 8].kpis.satisfactionTrue).toBeLessThan(control.reports[stop + 8].kpis.satisfactionTrue);
    expect(meanOver(coupon.state, members, 'satisfaction')).toBeLessThan(meanOver(control.state, members, 'satisfaction') - 0.005);
    const ev = customerEvents(coupon.state, members[0]).map((e) => e.type);
    expect(ev).toContain('finAvantage');
  });

  it('heavy buyers respond less than light buyers (Liu 2007)', () => {
    const c = control.state.customers;
    const lambdas = Array.from(members, (i) => c.lambda[i]).sort((a, b) => a - b);
    const low = lambdas[Math.floor(lambdas.length / 4)];
    const high = lambdas[Math.floor((3 * lambdas.length) / 4)];
    const purchases = (r: Run, test: (l: number) => boolean) => {
      let s = 0;
      for (const rep of r.reports.slice(start, stop))
        for (let k = 0; k < rep.purchases.length; k++)
          if (test(c.lambda[rep.purchases.customer[k]]) && members.includes(rep.purchases.customer[k])) s++;
      return s;
    };
    const lightLift = purchases(coupon, (l) => l <= low) / purchases(control, (l) => l <= low);
    const heavyLift = purchases(coupon, (l) => l >= high) / purchases(control, (l) => l >= high);
    expect(lightLift).toBeGreaterThan(heavyLift);
  });

  it('loses its edge once a competitor imitates it', () => {
    const withCompetitor = testScenario((s) => {
      s.competitors = [
        {
          id: 'c',
          name: 'Concurrent',
          attractiveness: 0,
          imitationDelayTicks: 6,
        },
      ];
    });
    const decisions = [
      {
        tick: 0,
        actions: [
          {
            type: 'financier',
            instrument: 'points',
            discountRate: 0.15,
            target: {},
          },
        ],
      },
    ];
    const imitated = run(decisions, 16, withCompetitor);
    const alone = run(decisions, 16);
    const ctl = run([], 16);
    const lift = (r: Run, t: number) => r.reports[t].kpis.purchases - ctl.reports[t].kpis.purchases;
    const early = lift(imitated, 2) + lift(imitated, 3) + lift(imitated, 4);
    const late = lift(imitated, 12) + lift(imitated, 13) + lift(imitated, 14);
    expect(early).toBeGreaterThan(0);
    expect(late).toBeLessThan(lift(alone, 12) + lift(alone, 13) + lift(alone, 14));
  });
});

function meanRef(state: SimState, ids: ArrayLike<number>): number {
  let s = 0;
  let k = 0;
  for (let j = 0; j < ids.length; j++) {
    const i = ids[j];
    if (state.customers.lostTick[i] !== -2147483648 || state.customers.lastPurchaseTick[i] < 3) continue;
    s += state.customers.referencePrice[i];
    k++;
  }
  return s / k;
}

describe('social bonding (club)', () => {
  const ticks = 60;
  const control = run([], ticks);
  const club = run(
    [
      {
        tick: 0,
        actions: [{ type: 'lienSocial', instrument: 'club', target: {} }],
      },
    ],
    ticks,
  );

  it('cuts churn only after months: about nothing at 4 weeks, clearly after 6 months', () => {
    const early = lostBetween(club, 0, 4) / lostBetween(control, 0, 4);
    const late = lostBetween(club, 26, ticks) / lostBetween(control, 26, ticks);
    expect(early).toBeGreaterThan(0.95);
    // a clear cut once trust has built (a club for everybody, argent and nouveauté included: since
    // 02/12/2026 the club holds them much less, MOTIVE_RELATIONSHIP_WEIGHT, so 0.75 -> 0.8; seed 5: 0.76;
    // the fitting motives alone: strategyTradeoffs.test.ts)
    expect(late).toBeLessThan(0.8);
    expect(club.reports[ticks - 1].kpis.ladder.supporteur).toBeGreaterThan(0);
  });

  it('suits sympathie better than argent, and trust stays after the club stops (durable)', () => {
    const c = club.state.customers;
    const mean = (motive: string) => {
      const code = MOTIVES.indexOf(motive as (typeof MOTIVES)[number]);
      let s = 0;
      let k = 0;
      for (let i = 0; i < club.state.n; i++)
        if (c.motive[i] === code && c.lostTick[i] === -2147483648) {
          s += c.trust[i];
          k++;
        }
      return s / k;
    };
    expect(mean('sympathie')).toBeGreaterThan(mean('argent'));
    const stopped = run(
      [
        {
          tick: 0,
          actions: [
            {
              type: 'lienSocial',
              instrument: 'club',
              target: {},
              durationTicks: 40,
            },
          ],
        },
      ],
      ticks,
    );
    const members = stopped.state.programmes[0].members;
    let trust = 0;
    let k = 0;
    for (const i of members)
      if (stopped.state.customers.lostTick[i] === -2147483648) {
        trust += stopped.state.customers.trust[i];
        k++;
      }
    expect(trust / k).toBeGreaterThan(0.3);
  });
});

describe('personalisation', () => {
  const noCards = testScenario((s) => {
    s.customers.loyaltyCardShare = 0;
  });
  const ticks = 30;

  it('does nothing for customers the shop knows nothing about', () => {
    const control = run([], ticks, noCards);
    const perso = run(
      [
        {
          tick: 1,
          actions: [
            {
              type: 'personnalisation',
              instrument: 'personalShopper',
              target: {},
            },
          ],
        },
      ],
      ticks,
      noCards,
    );
    expect(perso.reports.map((r) => r.kpis.turnover)).toEqual(control.reports.map((r) => r.kpis.turnover));
    expect(perso.reports.map((r) => r.kpis.lost)).toEqual(control.reports.map((r) => r.kpis.lost));
    expect(perso.reports[5].kpis.costs).toBeGreaterThan(0); // ... but it still costs
  });

  it('with data it raises purchases, only after its set-up delay', () => {
    const collect = [{ type: 'collecteDonnees', instrument: 'personnel', target: {} }];
    const dataOnly = run([{ tick: 0, actions: collect }], ticks, noCards);
    const perso = run(
      [
        {
          tick: 0,
          actions: [
            ...collect,
            {
              type: 'personnalisation',
              instrument: 'personalShopper',
              target: {},
            },
          ],
        },
      ],
      ticks,
      noCards,
    );
    expect(perso.reports[2].kpis.purchases).toBe(dataOnly.reports[2].kpis.purchases);
    const sum = (r: Run) => r.reports.slice(10, ticks).reduce((s, x) => s + x.kpis.purchases, 0);
    // +11 to +13 % depending on the seed (seeds 5 to 8)
    expect(sum(perso)).toBeGreaterThan(sum(dataOnly) * 1.1);
  });
});

describe('customisation', () => {
  const ticks = 40;
  const control = run([], ticks);
  const custom = run(
    [
      {
        tick: 0,
        actions: [{ type: 'customisation', instrument: 'contrat', target: {} }],
      },
    ],
    ticks,
  );
  const members = custom.state.programmes[0].members;
  const byMotive = (resistant: boolean) =>
    Array.from(members).filter((i) => ['argent', 'nouveaute'].includes(MOTIVES[custom.state.customers.motive[i]]) === resistant);

  it('raises procedural and financial switching barriers and lowers churn', () => {
    expect(meanOver(custom.state, members, 'barrierProcedural')).toBeGreaterThan(0.2);
    expect(meanOver(custom.state, members, 'barrierFinancial')).toBeGreaterThan(
      meanOver(control.state, members, 'barrierFinancial') + 0.05,
    );
    expect(lostBetween(custom, 0, ticks)).toBeLessThan(lostBetween(control, 0, ticks) * 0.8);
  });

  it('argent and nouveauté customers resist: lower satisfaction, smaller churn gain', () => {
    const resistant = byMotive(true);
    const others = byMotive(false);
    expect(meanOver(custom.state, resistant, 'satisfaction')).toBeLessThan(meanOver(control.state, resistant, 'satisfaction'));
    expect(meanOver(custom.state, others, 'satisfaction')).toBeGreaterThanOrEqual(meanOver(control.state, others, 'satisfaction'));
    const gain = (ids: number[]) => aliveShare(custom.state, ids) - aliveShare(control.state, ids);
    expect(gain(others)).toBeGreaterThan(gain(resistant));
  });
});

describe('acquisition vs retention', () => {
  it('a recruit costs more than keeping a customer for a month with a personalised reminder', () => {
    const r = run(
      [
        {
          tick: 0,
          actions: [
            {
              type: 'collecteDonnees',
              instrument: 'carteFidelite',
              target: {},
            },
          ],
        },
        {
          tick: 1,
          actions: [
            { type: 'acquisition', channel: 'emailing', budget: 2000 },
            {
              type: 'personnalisation',
              instrument: 'relancePersonnalisee',
              target: {},
            },
          ],
        },
      ],
      6,
    );
    const k = r.reports[1].kpis;
    expect(k.acquired).toBeGreaterThan(0);
    const costPerRecruit = k.acquisitionSpendByChannel.emailing! / k.acquired;
    const prog = r.reports[5].kpis.programmes[0];
    const retentionPerCustomerMonth = prog.costToDate / prog.targeted;
    expect(costPerRecruit).toBeGreaterThan(3 * retentionPerCustomerMonth);
    expect(r.state.n).toBeGreaterThan(scenario.customers.initial);
    expect(customerEvents(r.state, scenario.customers.initial).map((e) => e.type)).toEqual(
      expect.arrayContaining(['recrute', 'premierAchat']),
    );
  });
});
