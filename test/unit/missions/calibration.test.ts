/**
 * Calibration of every shop's objective missions on the recalibrated engine (scenarios/README.md,
 * "Calibrer une mission"): ten seeds, a small copy of the shop (500 customers or an eighth of it, budget and action
 * sizes scaled), doing nothing against a sensible play of the mission's tools. An outcome check is
 * honest only if one fixed target separates the two on at least 9 seeds out of 10. It does not yet
 * for missions 2 to 6 (the effect is real seed by seed but smaller than the spread between seeds
 * over 4 to 8 weeks), so they keep "tool used + budget reserve" and, for mission 3, the measured
 * satisfaction that needs a survey. When this test fails, an outcome check has become possible:
 * re-measure and add it to scenarios/missions/*.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { objectiveValue } from '../../../src/engine/objectives.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import type { Objective, Scenario } from '../../../src/scenario/schema.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { missionPathSchema } from '../../../src/missions/schema.ts';
import { bestSeparation } from '../../../src/missions/calibration.ts';
import { recruitUnitCost, referralUnitCost, scenarioBasket } from '../../../src/engine/unitCosts.ts';

type ObjectiveMetric = Objective['metric'];

const CUSTOMERS = 500;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
type Plan = { tick: number; actions: ActionInput[] }[];

function shopOf(id: string) {
  const parsed = parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${id} invalide`);
  const shop = parsed.scenario;
  // at least an eighth of the shop, so a survey and the smallest actions stay within the scaled budget
  return { shop, scale: Math.max(CUSTOMERS / shop.customers.initial, 1 / 8), path: missionPathSchema.parse(JSON.parse(readFileSync(`scenarios/missions/${id}.json`, 'utf8'))) };
}

function scaled({ shop, scale, path }: ReturnType<typeof shopOf>, index: number): Scenario {
  const s = missionScenario(shop, path.missions[index], index);
  return { ...s, budget: { initial: s.budget.initial * scale, perTick: s.budget.perTick * scale } };
}

function decisions({ scale, shop }: ReturnType<typeof shopOf>, plan: Plan): DecisionsLog {
  return plan.map((d) => ({
    tick: d.tick,
    actions: d.actions.map((a) => {
      const b = structuredClone(a) as ActionInput & { target?: { limit?: number }; budget?: number };
      if (b.target?.limit) b.target.limit = Math.max(1, Math.round(b.target.limit * scale));
      if (b.type === 'acquisition' && b.budget !== undefined) b.budget *= scale;
      // prospectus, or the shop's first channel where it has none (online shop)
      if (b.type === 'acquisition' && 'channel' in b && !shop.acquisitionChannels.includes(b.channel)) b.channel = shop.acquisitionChannels[0];
      return actionSchema.parse(b);
    }),
  }));
}

function series(ctx: ReturnType<typeof shopOf>, index: number, plan: Plan): TickKpis[][] {
  const s = scaled(ctx, index);
  const log = decisions(ctx, plan);
  return SEEDS.map((seed) => {
    const { reports } = runSimulation(s, { seed, customers: Math.round(ctx.shop.customers.initial * ctx.scale), ticks: s.durationTicks, decisions: log });
    expect(reports.every((r) => r.rejected.length === 0)).toBe(true);
    return reports.map((r) => r.kpis);
  });
}

/** The metric as the engine's objectives read it, higher is better. */
function values(runs: TickKpis[][], metric: ObjectiveMetric): number[] {
  const sign = metric === 'churnRate' ? -1 : 1;
  return runs.map((kpis) => sign * (objectiveValue({ id: 'x', label: { fr: 'x' }, metric, comparator: '>=', target: 0, points: 1 }, kpis) ?? Number.NaN));
}

const OUTCOMES: ObjectiveMetric[] = ['activeCustomers', 'cumulativeMargin', 'cumulativeTurnover', 'churnRate', 'acquisitions'];

/** mission index -> a sensible play of its tools (sizes for the full shop, scaled down) */
const PLANS: Record<number, { name: string; plan: Plan }> = {
  1: { name: 'coupon de 10 % pour 500 bons clients', plan: [{ tick: 0, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['bon'], limit: 500 } }] }] },
  3: { name: 'club pour 550 très bons et bons clients', plan: [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon', 'bon'], limit: 550 } }] }] },
  4: {
    name: 'carte de fidélité puis relance personnalisée',
    plan: [
      { tick: 0, actions: [{ type: 'collecteDonnees', instrument: 'carteFidelite', target: { segments: ['tresBon', 'bon'], limit: 600 } }] },
      { tick: 1, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['futurNonClient', 'bon'], minDataKnown: 0.3, limit: 600 } }] },
    ],
  },
  5: {
    name: 'contrat pour 300 bons clients et 800 € de prospectus',
    plan: [
      {
        tick: 0,
        actions: [
          { type: 'customisation', instrument: 'contrat', target: { segments: ['tresBon', 'bon'], limit: 300 } },
          { type: 'acquisition', channel: 'flyers', budget: 800 },
        ],
      },
    ],
  },
};

describe.each(['boulangerie-du-marche', 'sport-et-cimes', 'cosmetiques-en-ligne', 'optique-lumiere'])('%s: can an outcome target separate a sensible play from doing nothing?', (id) => {
  const ctx = shopOf(id);
  const { path } = ctx;

  it.each(Object.entries(PLANS).map(([i, p]) => [Number(i) + 1, p.name, Number(i)] as const))('mission %i (%s): no fixed outcome target separates 9 seeds out of 10', (_n, _name, i) => {
    expect(path.missions[i].check.kind).toBe('objective');
    const nothing = series(ctx, i, []);
    const sensible = series(ctx, i, PLANS[i].plan);
    for (const metric of OUTCOMES) {
      const sep = bestSeparation(values(nothing, metric), values(sensible, metric));
      expect(sep.separated, `${metric} ${JSON.stringify(sep)}`).toBeLessThan(9);
    }
    // the recruitment campaign does recruit on (nearly) every seed: the effect is real, hidden by the spread between seeds.
    // Only where the scaled budget buys a few recruits: a recruit costs the contact plus one basket (unitCosts.ts, since
    // 02/12/2026), so the optician's 160 € buy half a recruit (30 € flat before: 5 recruits)
    const campaign = decisions(ctx, PLANS[i].plan)[0]?.actions.find((a) => a.type === 'acquisition');
    const unit = campaign?.type !== 'acquisition' ? 0 : campaign.channel === 'parrainage' ? referralUnitCost(scenarioBasket(ctx.shop)) : recruitUnitCost(campaign.channel, scenarioBasket(ctx.shop));
    const bought = campaign?.type === 'acquisition' ? campaign.budget / unit : 0;
    if (i === 5 && bought >= 2) expect(bestSeparation(values(nothing, 'acquisitions'), values(sensible, 'acquisitions')).pairedWins).toBeGreaterThanOrEqual(9);
  });

  it('mission 3: the complaint policy does not change the measured satisfaction within 4 weeks, a survey is what it checks', () => {
    const survey = { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 } as const;
    const surveyOnly = series(ctx, 2, [{ tick: 0, actions: [survey] }]);
    const both = series(ctx, 2, [{ tick: 0, actions: [{ type: 'politiqueReclamations', level: 'rapide' }, survey] }]);
    const sep = bestSeparation(values(surveyOnly, 'measuredSatisfaction'), values(both, 'measuredSatisfaction'));
    expect(sep.separated).toBeLessThan(9);
    // with a survey, the shipped target is reached on every seed; without one it is never measured
    const check = path.missions[2].check;
    const target = check.kind === 'objective' ? check.target : Number.NaN;
    expect(values(both, 'measuredSatisfaction').every((v) => v >= target)).toBe(true);
    expect(values(series(ctx, 2, []), 'measuredSatisfaction').every((v) => Number.isNaN(v))).toBe(true);
  });
});
