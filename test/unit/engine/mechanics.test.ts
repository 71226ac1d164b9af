/**
 * Per-mechanic behaviour of the engine: BTYD baseline, pre-history, exact RFM window,
 * complaints, surveys, budget and rejections, competitors, lifecycle, targets, event log.
 */
import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  customerEvents,
  customerRecord,
  runSimulation,
  selectTarget,
  stepSimulation,
} from '../../../src/engine/index.ts';
import { decisionsLogSchema, actionSchema, type Action } from '../../../src/engine/decisions.ts';
import { beta, gamma, poisson, STREAMS, streamKey } from '../../../src/engine/rng.ts';
import { SURVEY_COST_PER_RESPONDENT, SURVEY_RESPONSE_RATE } from '../../../src/engine/params.ts';
import { testScenario } from './fixtures.ts';

type Run = ReturnType<typeof runSimulation>;
const NO_TICK = -2147483648;

function run(decisions: unknown[], ticks: number, sc = testScenario(), seed = 5): Run {
  return runSimulation(sc, {
    seed,
    ticks,
    decisions: decisionsLogSchema.parse(decisions),
  });
}

describe('no-action baseline (BTYD)', () => {
  it('repeat purchases and share alive match a direct BG/NBD simulation with the same parameters', () => {
    // a quiet shop: no incidents, no competitors, no novelty seekers, homogeneous satisfaction
    const sc = testScenario((s) => {
      s.customers.initial = 6000;
      s.customers.motiveMix = {
        securite: 1,
        orgueil: 1,
        nouveaute: 0,
        confort: 1,
        argent: 1,
        sympathie: 1,
      };
      s.customers.initialSatisfaction = { mean: 0.7, sd: 0 };
      s.customers.loyaltyCardShare = 0;
      s.service.incidentRate = 0;
    });
    const ticks = 26;
    const { state } = runSimulation(sc, { seed: 9, ticks });
    const c = state.customers;
    let repeats = 0;
    let alive = 0;
    let zero = 0;
    const initial = sc.customers.initial;
    for (let i = 0; i < initial; i++) {
      repeats += c.purchases[i] - 1;
      if (c.lostTick[i] === NO_TICK) alive++;
      if (c.purchases[i] === 1) zero++;
    }
    // reference: BG/NBD generative process, arrival uniform over the history like the engine
    const { r, alpha } = sc.customers.purchaseRate;
    const { a, b } = sc.customers.dropout;
    const history = sc.customers.historyTicks;
    const key = streamKey(123, 0, STREAMS.init);
    const M = 20_000;
    let refRepeats = 0;
    let refAlive = 0;
    let refZero = 0;
    for (let k = 0; k < M; k++) {
      const lambda = gamma(key, k, 0, r, 1 / alpha);
      const p = beta(key, k, 1, a, b);
      const arrival = -history + (k % history);
      let x = 0;
      let isAlive = true;
      for (let t = arrival + 1; t < ticks && isAlive; t++) {
        const n = poisson(streamKey(123, t, STREAMS.purchase), k, 0, lambda);
        for (let j = 0; j < n && isAlive; j++) {
          x++;
          if (beta(streamKey(123, t, STREAMS.churn), k, j, 1, 1) < p) isAlive = false;
        }
      }
      refRepeats += x;
      if (isAlive) refAlive++;
      if (x === 0) refZero++;
    }
    expect(repeats / initial).toBeGreaterThan(0.85 * (refRepeats / M));
    expect(repeats / initial).toBeLessThan(1.15 * (refRepeats / M));
    expect(Math.abs(alive / initial - refAlive / M)).toBeLessThan(0.06);
    expect(Math.abs(zero / initial - refZero / M)).toBeLessThan(0.05);
  });

  it('starts with a pre-history: past first purchases, RFM scores, some dormant and lost customers', () => {
    const state = createSimulation(testScenario(), { seed: 4 });
    expect(state.tick).toBe(0);
    const recs = Array.from({ length: state.n }, (_, i) => customerRecord(state, i));
    expect(recs.every((r) => r.firstPurchaseTick !== null && r.firstPurchaseTick < 0)).toBe(true);
    expect(recs.filter((r) => r.stage === 'perdu').length).toBeGreaterThan(0);
    expect(recs.filter((r) => r.stage === 'dormant').length).toBeGreaterThan(0);
    expect(recs.filter((r) => r.r === 5).length).toBeGreaterThan(0);
    expect(recs.filter((r) => r.segment === 'inactif').length).toBeGreaterThan(0);
    expect(new Set(recs.map((r) => r.motive)).size).toBe(6);
  });
});

describe('RFM window', () => {
  it('frequency and monetary are exact over the last 12 months of purchases', () => {
    const sc = testScenario((s) => {
      s.customers.initial = 300;
      s.customers.historyTicks = 0;
      s.customers.purchaseRate = { r: 2, alpha: 4 };
    });
    const state = createSimulation(sc, { seed: 1 });
    const count = new Map<string, number>();
    const spend = new Map<string, number>();
    const ticks = 70;
    for (let t = 0; t < ticks; t++) {
      const rep = stepSimulation(state, sc, []);
      for (let k = 0; k < rep.purchases.length; k++) {
        const key = `${rep.tick}:${rep.purchases.customer[k]}`;
        count.set(key, (count.get(key) ?? 0) + 1);
        spend.set(key, (spend.get(key) ?? 0) + rep.purchases.amount[k]);
      }
    }
    for (let i = 0; i < 300; i++) {
      let f = 0;
      let m = 0;
      for (let t = ticks - 52; t < ticks; t++) {
        f += count.get(`${t}:${i}`) ?? 0;
        m += spend.get(`${t}:${i}`) ?? 0;
      }
      expect(state.customers.frequency12[i]).toBe(f);
      expect(state.customers.monetary12[i]).toBeCloseTo(m, 2);
    }
  });
});

describe('complaints', () => {
  const sc = testScenario((s) => {
    s.service.incidentRate = 0.2;
    s.service.complaintPropensity = 0.5;
  });
  function complainersLost(policy: string): number {
    const r = run(
      [
        {
          tick: 0,
          actions: [{ type: 'politiqueReclamations', level: policy }],
        },
      ],
      30,
      sc,
    );
    let complainers = 0;
    let lost = 0;
    for (let i = 0; i < r.state.n; i++) {
      const ev = customerEvents(r.state, i);
      const complaint = ev.find((e) => e.type === 'reclamation' && e.tick >= 0);
      if (!complaint) continue;
      complainers++;
      if (ev.some((e) => e.type === 'depart' && e.tick >= complaint.tick)) lost++;
    }
    return lost / complainers;
  }

  it("'rapide' keeps more complainers than 'ignorer'", () => {
    expect(complainersLost('rapide')).toBeLessThan(complainersLost('ignorer') - 0.03);
  });

  it('most incidents do not become complaints, and handling is reported', () => {
    const r = run([], 10, sc);
    const k = r.reports.reduce(
      (acc, x) => ({
        inc: acc.inc + x.kpis.incidents,
        comp: acc.comp + x.kpis.complaints,
        res: acc.res + x.kpis.complaintsResolved,
      }),
      { inc: 0, comp: 0, res: 0 },
    );
    expect(k.comp).toBeGreaterThan(0);
    expect(k.comp).toBeLessThan(k.inc);
    expect(k.res).toBeLessThanOrEqual(k.comp);
    expect(r.reports[3].kpis.costsByType.politiqueReclamations).toBeGreaterThan(0);
  });
});

describe('satisfaction surveys', () => {
  function survey(sampleSize: number, seed: number, method: 'questionnaire' | 'clientMystere' = 'questionnaire', sc = testScenario()) {
    const r = run(
      [
        {
          tick: 2,
          actions: [{ type: 'enquete', instrument: method, sampleSize }],
        },
      ],
      3,
      sc,
      seed,
    );
    return r.reports[2].kpis;
  }

  it('the margin of error shrinks with the sample size, and the cost grows with it', () => {
    const small = survey(30, 1);
    const big = survey(300, 1);
    expect(small.satisfactionMeasured!.marginOfError).toBeGreaterThan(2 * big.satisfactionMeasured!.marginOfError);
    expect(big.costsByType.enquete!).toBeGreaterThan(small.costsByType.enquete!);
  });

  it('a questionnaire gets the answers ordered, never more, and costs what was ordered', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const k = survey(300, seed);
      expect(k.satisfactionMeasured!.sampleSize).toBe(300);
      expect(k.costsByType.enquete).toBe(300 * SURVEY_COST_PER_RESPONDENT);
    }
  });

  it('asked more than the customers willing to answer, it gets fewer answers and costs less, paid per answer', () => {
    const k = survey(1900, 2);
    const answers = k.satisfactionMeasured!.sampleSize;
    // about the response rate of the customers still there answer: far fewer than ordered
    expect(answers).toBeLessThan(1900);
    expect(answers / k.activeCustomers).toBeGreaterThan(0.5 * SURVEY_RESPONSE_RATE);
    expect(answers / k.activeCustomers).toBeLessThan(2 * SURVEY_RESPONSE_RATE);
    expect(k.costsByType.enquete).toBe(answers * SURVEY_COST_PER_RESPONDENT);
  });

  it('non-response bias: satisfied customers answer more often, so the measure is above the true mean', () => {
    // widely spread satisfaction makes the bias visible; every willing customer answers
    const spread = testScenario((s) => {
      s.customers.initialSatisfaction = { mean: 0.6, sd: 0.25 };
    });
    let gap = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const k = survey(5000, seed, 'questionnaire', spread);
      gap += k.satisfactionMeasured!.mean - k.satisfactionTrue;
    }
    expect(gap / 4).toBeGreaterThan(0.005);
  });

  it('the measured mean is within its margin of the true mean most of the time', () => {
    let inside = 0;
    const tries = 12;
    for (let seed = 1; seed <= tries; seed++) {
      const k = survey(120, seed);
      const m = k.satisfactionMeasured!;
      if (Math.abs(m.mean - k.satisfactionTrue) <= m.marginOfError) inside++;
    }
    expect(inside).toBeGreaterThanOrEqual(9);
  });

  it('mystery shopping measures service performance, not satisfaction, and costs more per observation', () => {
    const q = survey(40, 3);
    const m = survey(40, 3, 'clientMystere');
    expect(m.satisfactionMeasured!.method).toBe('clientMystere');
    expect(Math.abs(m.satisfactionMeasured!.mean - 0.72 * 0.97)).toBeLessThan(0.05);
    expect(m.costsByType.enquete!).toBeGreaterThan(q.costsByType.enquete!);
  });
});

describe('budget and rejections', () => {
  it('refuses what the budget cannot pay, unavailable strategies and unknown programmes, without crashing', () => {
    const sc = testScenario((s) => {
      s.budget = { initial: 500, perTick: 0 };
      s.strategies = ['financier', 'lienSocial'];
      s.acquisitionChannels = ['flyers'];
    });
    const state = createSimulation(sc, { seed: 1 });
    const actions: Action[] = [
      { type: 'acquisition', channel: 'flyers', budget: 10_000 },
      { type: 'personnalisation', instrument: 'personalShopper', target: {} },
      { type: 'arreterProgramme', programmeId: '99:0' },
      { type: 'acquisition', channel: 'presseLocale', budget: 10 },
      { type: 'lienSocial', instrument: 'evenementPrive', target: {} },
      { type: 'acquisition', channel: 'flyers', budget: 300 },
    ].map((a) => actionSchema.parse(a));
    const rep = stepSimulation(state, sc, actions);
    expect(rep.rejected).toEqual([
      { actionIndex: 0, reason: 'budgetInsuffisant' },
      { actionIndex: 1, reason: 'strategieIndisponible' },
      { actionIndex: 2, reason: 'programmeInconnu' },
      { actionIndex: 3, reason: 'canalIndisponible' },
      { actionIndex: 4, reason: 'budgetInsuffisant' },
    ]);
    expect(rep.kpis.budgetLeft).toBeCloseTo(200 - (rep.kpis.costsByType.politiqueReclamations ?? 0), 6);
    expect(rep.kpis.costsByType.acquisition).toBe(300);
    expect(rep.kpis.acquired).toBeGreaterThan(0);
  });

  it('a programme that overdraws the budget is stopped at the next tick', () => {
    const sc = testScenario((s) => {
      s.budget = { initial: 2000, perTick: 0 };
    });
    const r = run(
      [
        {
          tick: 0,
          actions: [
            // a club (proposed in the shop: no consent needed, consent.ts) for everybody, about 600 € a week
            {
              type: 'lienSocial',
              instrument: 'club',
              target: {},
            },
          ],
        },
      ],
      6,
      sc,
    );
    const prog = r.reports[5].kpis.programmes[0];
    expect(prog.endTick).toBeDefined();
    expect(r.reports[5].kpis.costsByType.lienSocial ?? 0).toBe(0);
  });
});

describe('competitors', () => {
  it('a promotion pulls customers away (cause concurrence) and is announced to sensitive customers', () => {
    const quiet = testScenario((s) => {
      s.competitors = [{ id: 'c', name: 'Concurrent', attractiveness: 0.2 }];
    });
    const promo = testScenario((s) => {
      s.competitors = [
        {
          id: 'c',
          name: 'Concurrent',
          attractiveness: 0.2,
          events: [
            {
              tick: 2,
              kind: 'promotion',
              intensity: 0.9,
              durationTicks: 6,
              motives: ['argent'],
            },
          ],
        },
      ];
    });
    const a = run([], 10, quiet);
    const b = run([], 10, promo);
    const byCompetition = (r: Run) => r.reports.reduce((s, x) => s + x.kpis.departuresByCause.concurrence, 0);
    expect(byCompetition(b)).toBeGreaterThan(byCompetition(a) + 5);
    const announced = b.reports[2].events;
    let offers = 0;
    for (let k = 0; k < announced.length; k++) if (announced.type[k] === 6) offers++;
    expect(offers).toBeGreaterThan(0);
    expect(customerRecord(b.state, announced.customer[0]).motive).toBe('argent');
  });
});

describe('lifecycle, targets and event log', () => {
  const r = run([], 40);

  it('customers go dormant and come back; the lost carry their cause in record and log', () => {
    const all = r.reports.flatMap((x) => Array.from(x.events.type));
    expect(all).toContain(13); // devenuDormant
    expect(all).toContain(14); // reactive
    const lost = selectTarget(r.state, { stages: ['perdu'] });
    expect(lost.length).toBeGreaterThan(0);
    for (const i of lost.slice(0, 20)) {
      const rec = customerRecord(r.state, i);
      const dep = customerEvents(r.state, i).filter((e) => e.type === 'depart');
      expect(dep).toHaveLength(1);
      expect(rec.departureCause).not.toBeNull();
    }
  });

  it('selectTarget combines criteria with AND, lists with OR, ascending, limited', () => {
    const t = {
      stages: ['actif', 'nouveau'] as ('actif' | 'nouveau')[],
      motives: ['argent'] as 'argent'[],
      f: [2, 5] as [number, number],
    };
    const ids = selectTarget(r.state, t);
    expect(ids.length).toBeGreaterThan(0);
    for (let k = 0; k < ids.length; k++) {
      const rec = customerRecord(r.state, ids[k]);
      expect(['actif', 'nouveau']).toContain(rec.stage);
      expect(rec.motive).toBe('argent');
      expect(rec.f).toBeGreaterThanOrEqual(2);
      if (k > 0) expect(ids[k]).toBeGreaterThan(ids[k - 1]);
    }
    let expected = 0;
    for (let i = 0; i < r.state.n; i++) {
      const rec = customerRecord(r.state, i);
      if ((rec.stage === 'actif' || rec.stage === 'nouveau') && rec.motive === 'argent' && rec.f >= 2) expected++;
    }
    expect(ids.length).toBe(expected);
    expect(Array.from(selectTarget(r.state, { ...t, limit: 3 }))).toEqual(Array.from(ids.slice(0, 3)));
    expect(Array.from(selectTarget(r.state, { customerIds: [42, 7, 7, 99999] }))).toEqual([7, 42]);
  });

  it('KPIs add up: turnover = purchases x average basket, stages sum to the base plus prospects', () => {
    for (const rep of r.reports.slice(0, 5)) {
      const k = rep.kpis;
      expect(k.turnover).toBeCloseTo(k.purchases * k.averageBasket, 6);
      expect(k.stages.perdu + k.stages.actif + k.stages.nouveau + k.stages.dormant).toBe(k.customersEver);
      expect(rep.purchases.length).toBe(k.purchases);
      expect(k.grossMargin).toBeCloseTo(k.turnover * 0.5, 6);
    }
  });
});

describe('edge cases', () => {
  it('tiny bases, no history and monthly ticks run without error', () => {
    const monthly = testScenario((s) => {
      s.tickUnit = 'month';
      s.customers.historyTicks = 0;
    });
    for (const customers of [1, 3, 7]) {
      const r = runSimulation(monthly, {
        seed: 2,
        customers,
        ticks: 14,
        decisions: decisionsLogSchema.parse([
          {
            tick: 1,
            actions: [
              { type: 'enquete', instrument: 'questionnaire', sampleSize: 5 },
              {
                type: 'collecteDonnees',
                instrument: 'jeuConcours',
                target: { customerIds: [0] },
              },
              {
                type: 'financier',
                instrument: 'remiseVolume',
                discountRate: 0.1,
                target: {},
              },
            ],
          },
        ]),
      });
      expect(r.reports).toHaveLength(14);
      expect(r.state.window).toBe(12);
      for (const rep of r.reports) expect(Number.isFinite(rep.kpis.turnover)).toBe(true);
    }
  });
});
