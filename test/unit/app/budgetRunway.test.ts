import { describe, expect, it } from 'vitest';
import { budgetRunway, firstCuts, periodsPaid } from '../../../src/app/budgetRunway.ts';
import { periodCost } from '../../../src/app/periodCost.ts';
import {
  baseRetentionPerPeriod,
  complaintCostAhead,
  complaintCostPerPeriod,
  memberRetention,
  newProgrammePeriods,
  programmesRunway,
  runningForRunway,
} from '../../../src/app/programmesRunway.ts';
import { complaintUnitCosts, costPerComplaint } from '../../../src/app/complaintPolicy.ts';
import { createSimulation, hashState, nextTickReserves, selectTarget, stepSimulation, targetCostCurves, visibleColumns } from '../../../src/engine/index.ts';
import { targetSpend } from '../../../src/app/targetSpend.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { ProgrammeKpi, TickKpis } from '../../../src/engine/types.ts';
import { shippedScenarioList } from './testServices.ts';

const prog = (id: string, cost: number) => ({ id, cost, reserve: cost * 1.3 });

describe('the budget runway', () => {
  it('never ends when the refill pays what runs', () => {
    const runway = budgetRunway({ budget: 500, refill: 400, programmes: [prog('a', 300)], otherCost: 100, periodsLeft: 200 });
    expect(runway).toEqual({ kind: 'covered', cuts: [] });
    expect(periodsPaid(runway, 'a')).toBeNull();
  });

  it('says nothing runs without a programme', () => {
    expect(budgetRunway({ budget: 0, refill: 0, programmes: [], otherCost: 50, periodsLeft: 10 }).kind).toBe('none');
  });

  it('forecasts nothing once the game is over, even with programmes still running (QA self 12)', () => {
    // the budget falls (refill 100, cost 300) but no period is left: not « will pay the programmes until the end of the game »
    expect(budgetRunway({ budget: 5000, refill: 100, programmes: [prog('a', 300)], otherCost: 0, periodsLeft: 0 })).toEqual({ kind: 'none', cuts: [] });
    expect(budgetRunway({ budget: 5000, refill: 100, programmes: [prog('a', 300)], otherCost: 0, periodsLeft: 1 }).kind).toBe('untilEnd');
  });

  it('counts the periods paid before the budget left cannot reserve a programme', () => {
    // the budget falls by 100 a period (refill 100, cost 200): period k starts with 1000 - 100 (k - 1) + 100,
    // which reserves 260 up to k = 9 (360) and not at k = 10 (200)
    const runway = budgetRunway({ budget: 1000, refill: 100, programmes: [prog('a', 200)], otherCost: 0, periodsLeft: 52 });
    expect(runway).toEqual({ kind: 'cut', cuts: [{ id: 'a', period: 10 }] });
    expect(periodsPaid(runway, 'a')).toBe(9);
  });

  it('reserves oldest first: the newest is stopped first, and the older goes on', () => {
    const runway = budgetRunway({ budget: 300, refill: 200, programmes: [prog('old', 200), prog('new', 100)], otherCost: 0, periodsLeft: 5 });
    // period 1: 500 >= 260, left 240 >= 130: both paid, 500 - 300 = 200; period 2: 400, left 140 >= 130, 400 - 300 = 100;
    // period 3: 300, left 40 < 130: new stopped; 300 - 200 = 100; then 300 - 200 each period, old paid till the end
    expect(runway.cuts).toEqual([{ id: 'new', period: 3 }]);
    expect(firstCuts(runway)).toEqual([{ id: 'new', period: 3 }]);
    expect(periodsPaid(runway, 'old')).toBeNull();
  });

  it('stops nothing after the end of the game', () => {
    expect(budgetRunway({ budget: 1000, refill: 100, programmes: [prog('a', 200)], otherCost: 0, periodsLeft: 9 })).toEqual({ kind: 'untilEnd', cuts: [] });
  });

  it('pays the one-off decisions and a pending programme in the order the engine does', () => {
    const last = { frequency: 0, averageBasket: 0, costsByType: {} } as TickKpis;
    const pending: Action[] = [
      { type: 'acquisition', channel: 'flyers', budget: 500 },
      { type: 'lienSocial', instrument: 'club', target: {} },
    ];
    const cost = periodCost({
      pending,
      targets: [undefined, { count: 100, spend: { active: 100, withoutConsent: 0 } }],
      running: [],
      tickUnit: 'week',
      last,
      budgetLeft: 2000,
      perTickIncome: 0,
      reserves: [],
      periodsLeft: 52,
    });
    const perTick = cost.decisions[1];
    expect(perTick).toBeGreaterThan(0);
    // the flyers are paid in the first period, then the club costs perTick each period, reserved x 1.3
    let budget = 2000 - 500;
    let paid = 0;
    while (budget >= perTick * 1.3) {
      budget -= perTick;
      paid++;
    }
    expect(cost.runway?.runway).toEqual({ kind: 'cut', cuts: [{ id: 'pending:1', period: paid + 1 }] });
    expect(cost.runway?.refs['pending:1']).toEqual({ type: 'lienSocial', instrument: 'club', startTick: 0 });
  });
});

describe('the runway against the engine', () => {
  const bakery = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
  const club: Action = { type: 'lienSocial', instrument: 'club', target: {} };

  it('reads the reserves without changing the state', () => {
    const state = createSimulation(bakery, { seed: 1907 });
    stepSimulation(state, bakery, [club]);
    const before = hashState(state);
    expect(nextTickReserves(state, bakery)).toHaveLength(1);
    expect(hashState(state)).toBe(before);
  });

  // the tester's game (report A1): Boulangerie, seed 1907, the club on the whole base from week 1 (stopped
  // at week 8 then; since the control group, 4063d5d, 90 % of the base is enrolled and it lasts longer)
  it.each([1, 4])('predicts, after %i period(s), the period the engine stops the club on the whole base', (played) => {
    const state = createSimulation(bakery, { seed: 1907 });
    const kpis: TickKpis[] = [];
    for (let t = 0; t < played; t++) kpis.push(stepSimulation(state, bakery, t === 0 ? [club] : []).kpis);
    const now = kpis[kpis.length - 1];
    const runway = budgetRunway({
      budget: now.budgetLeft,
      refill: bakery.budget.perTick,
      programmes: runningForRunway(nextTickReserves(state, bakery), now.programmes, new Set()),
      otherCost: complaintCostPerPeriod(kpis),
      periodsLeft: bakery.durationTicks - played,
    });
    expect(runway.kind).toBe('cut');
    const predicted = played + runway.cuts[0].period - 1;
    // play on until the engine stops it
    let stoppedAt = -1;
    for (let t = played; t < bakery.durationTicks && stoppedAt < 0; t++) {
      const programme = stepSimulation(state, bakery, []).kpis.programmes[0];
      if (programme.suspendedMembers !== undefined) stoppedAt = programme.endTick!;
    }
    // an estimate (the reserve and the complaint handling of the last periods carried forward, while
    // members leave and the reserve slowly falls): never later than the engine's stop, at most one
    // period early — a warning that came too late would be the harmful mistake
    expect(stoppedAt).toBeGreaterThan(0);
    expect(predicted).toBeLessThanOrEqual(stoppedAt);
    expect(stoppedAt - predicted).toBeLessThanOrEqual(1);
  });
});

describe('the runway against real engine runs: the programme the engine stops, and when', () => {
  const scenarios = shippedScenarioList();

  /**
   * Plays `plan` (decisions by tick) and, at each tick of `at`, the page's forecast before advancing (periodCost,
   * with the engine's reserves and each pending target's count and curves, as the worker gives them); returns
   * each forecast (programme id -> tick it is stopped) and the ticks the engine really stopped them.
   */
  function play(id: string, plan: [number, Action][], at: number[]) {
    const scenario = scenarios.find((s) => s.id === id)!;
    const state = createSimulation(scenario, { seed: scenario.defaultSeed });
    const kpis: TickKpis[] = [];
    const forecasts = new Map<number, Map<string, number>>();
    for (let t = 0; t < scenario.durationTicks; t++) {
      const pending = plan.filter(([tick]) => tick === t).map(([, a]) => a);
      if (at.includes(t)) {
        const now = kpis.at(-1);
        const targets = pending.map((a) => {
          const ids = selectTarget(state, 'target' in a ? a.target : {});
          return { count: ids.length, spend: { ...targetSpend(visibleColumns(state), ids), curves: targetCostCurves(state, scenario, ids, scenario.durationTicks - t) } };
        });
        const cost = periodCost({
          pending,
          targets,
          running: now ? now.programmes.filter((p) => p.endTick === undefined) : [],
          tickUnit: scenario.tickUnit,
          last: now,
          budgetLeft: now ? now.budgetLeft : state.budget,
          perTickIncome: scenario.budget.perTick,
          reserves: nextTickReserves(state, scenario),
          complaintCost: complaintCostPerPeriod(kpis),
          tick: t,
          periodsLeft: scenario.durationTicks - t,
          baseRetention: baseRetentionPerPeriod(kpis),
        });
        const stops = new Map<string, number>();
        for (const c of cost.runway!.runway.cuts) stops.set(c.id.startsWith('pending:') ? `${t}:${c.id.slice(8)}` : c.id, t + c.period - 1);
        forecasts.set(t, stops);
      }
      const report = stepSimulation(state, scenario, pending);
      expect(report.rejected).toEqual([]);
      kpis.push(report.kpis);
    }
    const stopped = new Map(kpis.at(-1)!.programmes.filter((p) => p.suspendedMembers !== undefined).map((p) => [p.id, p.endTick!]));
    return { forecasts, stopped };
  }

  it('sports store, three programmes from week 1: the club stopped at week 2, the contract at week 3, the coupon paid all along, as forecast every week before', () => {
    const plan: [number, Action][] = [
      // the stages nouveau and actif: what the stage actif held before a one-time buyer stopped becoming actif (lifecycle.ts, 01/12/2026)
      [0, { type: 'customisation', instrument: 'contrat', target: { stages: ['nouveau', 'actif'] } }],
      // every new customer (RFM segment: a first purchase in the last 13 weeks, what the stage nouveau held before)
      [0, { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['nouveau'] } }],
      [0, { type: 'lienSocial', instrument: 'club', target: {} }],
    ];
    const { forecasts, stopped } = play('sport-et-cimes', plan, [0, 1]);
    expect(stopped).toEqual(new Map([['0:0', 2], ['0:2', 1]]));
    // before, week 1 said the contract would go on (the reserves taken constant, complaints paid in full)
    for (const [, forecast] of forecasts) expect(forecast).toEqual(stopped);
  });

  it('sports store, QA hqa3 F8: the reminder on the dormant customers is paid to the end, as forecast every week from week 3, its members leaving', () => {
    // the QA's game (seed 7300): at week 6 the runway said the reminder stopped at week 17 for good (its week-6 cost,
    // 131 € a week, nearly kept); its members left (15 % still customers at the end), it cost 20 € a week, the game
    // ended with 2 940 € left. The forecast at weeks 3, 5, 6 and 9 named a stop
    const plan: [number, Action][] = [
      [0, { type: 'financier', instrument: 'coupon', target: { segments: ['futurNonClient'] }, discountRate: 0.05, durationTicks: 4 }],
      [0, { type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon'] } }],
      [0, { type: 'collecteDonnees', instrument: 'carteFidelite', target: { stages: ['dormant'] } }],
      [0, { type: 'politiqueReclamations', level: 'rapide' }],
      [0, { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 }],
      [0, { type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['bon'], limit: 300 } }],
      [1, { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { stages: ['dormant'], limit: 400 } }],
      [1, { type: 'arreterProgramme', programmeId: '0:5' }],
    ];
    const { forecasts, stopped } = play('sport-et-cimes', plan, [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20]);
    expect(stopped).toEqual(new Map());
    for (const [, forecast] of forecasts) expect(forecast).toEqual(stopped);
  });

  it('optician, a made-to-measure offer from month 1 and a reminder from month 7: each stopped when forecast at month 8', () => {
    const plan: [number, Action][] = [
      [0, { type: 'customisation', instrument: 'offreSurMesure', target: { stages: ['nouveau', 'actif'], towns: [0, 1] } }],
      // the two towns, not the whole base: since 02/12/2026 a dormant customer silent far beyond his rhythm is lost
      // (789c0da), which leaves the optician less budget by month 7, and the reminder on every customer (3 € set-up
      // each, 85b3670) is refused there for want of budget
      [6, { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { towns: [0, 1] } }],
    ];
    const { forecasts, stopped } = play('optique-lumiere', plan, [7]);
    // the reminder (newest) stopped at month 8, the offer (oldest) at month 9, both forecast at month 8: a complaint
    // costs the optician 76,19 € under « standard » since 02/12/2026 (staff plus a quarter basket, unitCosts.ts; 12 €
    // flat before, when they stopped at months 10 and 11, forecast at months 8 and 9; months 12 and 13 when the
    // target was the stage actif alone, which held the one-time buyers then). At month 7, the reminder's launch, the
    // forecast still gave it one more month: this month's complaints, a few at 76 € each, decide it
    expect(stopped).toEqual(new Map([['6:0', 7], ['0:0', 8]]));
    // before, month 7 and month 8 named the right programmes a period early or late (reserves and costs taken constant)
    for (const [, forecast] of forecasts) expect(forecast).toEqual(stopped);
  });
});

describe('a strategy form’s runway counts the decisions already queued this period (QA shops 3)', () => {
  const base = { reserves: [], running: [], perTick: 100, setup: 0, budgetLeft: 1000, refill: 0, complaintCost: 0, periodsLeft: 20 };

  it('pays the new programme fewer periods once a campaign and a programme are queued before it, as the period card sees them', () => {
    expect(newProgrammePeriods(base)).toBe(9);
    const pending = { stopped: new Set<string>(), started: [{ id: 'pending:0', perTick: 100 }], upfrontCost: 300, firstPeriodCost: 0 };
    const paid = newProgrammePeriods({ ...base, pending });
    expect(paid).toBe(3);
    // the period card's runway with the same programme queued last stops it where the form says
    const card = budgetRunway({
      budget: 1000,
      refill: 0,
      programmes: [
        { id: 'pending:0', reserve: 130, cost: 100 },
        { id: 'new', reserve: 130, cost: 100 },
      ],
      otherCost: 0,
      upfrontCost: 300,
      periodsLeft: 20,
    });
    expect(periodsPaid(card, 'new')).toBe(paid);
  });
});

describe('a personalisation queued this period reserves its set-up with its first period, as the engine does (QA shops 3)', () => {
  it('is stopped at once when its first period with the set-up does not fit, and leaves the programme queued after it its reserve', () => {
    const ref = (type: 'personnalisation' | 'lienSocial') => ({ type, instrument: type === 'lienSocial' ? 'club' : 'personalShopper', startTick: 0 });
    const view = programmesRunway({
      reserves: [],
      running: [],
      started: [
        { id: 'pending:0', ref: ref('personnalisation'), perTick: 100, setup: 700 },
        { id: 'pending:1', ref: ref('lienSocial'), perTick: 200 },
      ],
      budgetLeft: 1000,
      refill: 0,
      complaintCost: 0,
      periodsLeft: 20,
      tick: 0,
      tickUnit: 'week',
    });
    // (100 + 700) x 1.3 = 1 040 > 1 000: the engine refuses it before it costs anything (estimateFirstTickCost); the club pays on
    expect(view.runway.cuts).toEqual([
      { id: 'pending:0', period: 1 },
      { id: 'pending:1', period: 5 },
    ]);
  });
});

describe('the complaint handling the runway counts when the policy changes this period (QA shops 3)', () => {
  const kpis = [
    { complaints: 4, costsByType: { politiqueReclamations: 100 } },
    { complaints: 6, costsByType: { politiqueReclamations: 150 } },
  ] as unknown as TickKpis[];

  it('prices the last periods’ complaints at the new policy’s cost per complaint', () => {
    expect(complaintCostAhead(kpis, { now: 25, next: 25 })).toBe(125);
    expect(complaintCostAhead(kpis, { now: 25, next: 300 })).toBe(1500);
    expect(complaintCostAhead([], { now: 25, next: 300 })).toBe(0);
  });

  it('knows the policy in force and the one a pending decision sets', () => {
    const scenario = shippedScenarioList().find((s) => s.id === 'optique-lumiere')!;
    const units = complaintUnitCosts([], [{ type: 'politiqueReclamations', level: 'excellente' }], scenario);
    expect(units.now).toBe(costPerComplaint('standard', scenario));
    expect(units.next).toBe(costPerComplaint('excellente', scenario));
    expect(units.next).toBeGreaterThan(units.now);
  });
});

describe('the running programmes’ members leave at the pace the learner saw (QA hqa3 F8)', () => {
  const kpi = (over: Partial<ProgrammeKpi>): ProgrammeKpi =>
    ({ id: 'p', type: 'lienSocial', strategy: 'lienSocial', instrument: 'club', startTick: 0, targeted: 100, controlGroup: 10, costThisTick: 100, costToDate: 100, incrementalMarginToDate: null, incrementalMarginError: null, roi: null, ...over }) as ProgrammeKpi;
  const comparison = (memberShare: number) => ({ memberMargin: 0, controlMargin: 0, memberShare, controlShare: memberShare });

  it('spreads the members still customers since the launch evenly over the periods it ran', () => {
    // 81 % still there after 2 periods: 90 % kept each period
    expect(memberRetention(kpi({ comparison: comparison(0.81) }), 1)).toBeCloseTo(0.9, 10);
    // a personalisation without control group: its members still customers over those enrolled
    expect(memberRetention(kpi({ type: 'personnalisation', controlGroup: 0, membersDataNow: { members: 64, withData: 0, known: 0 } }), 2)).toBeCloseTo(0.64 ** (1 / 3), 10);
    // nothing observed of its members: the base's, or nothing
    expect(memberRetention(kpi({}), 3, 0.95)).toBe(0.95);
    expect(memberRetention(kpi({}), 3)).toBeNull();
    expect(baseRetentionPerPeriod([{ retentionRate: 0.9 }, { retentionRate: 0.9 * 0.9 * 0.9 }] as TickKpis[])).toBeCloseTo(0.81, 10);
    expect(baseRetentionPerPeriod([])).toBe(1);
  });

  it('lowers a member-priced programme’s reserve and cost after the next period, and so pays it where the flat forecast stopped it', () => {
    const reserves = [{ id: 'p', reserve: 130, ahead: { reserve: Array(40).fill(130), cost: Array(40).fill(100) } }];
    const running = [kpi({ comparison: comparison(0.81) })];
    const [seen] = runningForRunway(reserves, running, new Set(), { tick: 1 });
    expect(seen.reserve).toBe(130);
    expect(seen.ahead!.reserve[0]).toBeCloseTo(130, 10);
    expect(seen.ahead!.reserve[3]).toBeCloseTo(130 * 0.9 ** 3, 10);
    expect(seen.ahead!.cost[10]).toBeCloseTo(100 * 0.9 ** 10, 10);
    expect(seen.ahead!.reserve).toHaveLength(40);
    // a budget of 500 and 50 a period: flat, 100 a period stops it at period 10 (550 − 50 × 9 < 130); falling 10 % a period it is paid all along
    const input = { budget: 500, refill: 50, otherCost: 0, periodsLeft: 40 };
    const [flat] = runningForRunway(reserves, running, new Set());
    expect(budgetRunway({ ...input, programmes: [flat] }).cuts).toEqual([{ id: 'p', period: 10 }]);
    expect(budgetRunway({ ...input, programmes: [seen] })).toEqual({ kind: 'untilEnd', cuts: [] });
  });

  it('leaves a financial advantage to the engine’s forecast (its discounts follow the purchases and the seasons)', () => {
    const ahead = { reserve: [130, 200, 90], cost: [100, 150, 70], spread: [5, 5, 5] };
    const [coupon] = runningForRunway([{ id: 'p', reserve: 130, ahead }], [kpi({ type: 'financier', comparison: comparison(0.5) })], new Set(), { tick: 1 });
    expect(coupon.ahead).toBe(ahead);
  });
});
