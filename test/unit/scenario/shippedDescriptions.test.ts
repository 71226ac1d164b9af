/**
 * What the home cards and the objectives say of each shipped shop matches what the game shows: the
 * description's « Environ N clients actifs » is the base's active customers at the start (QA shops
 * 11: the optician said « Environ 2 500 clients », lost customers included, and the game started with
 * 1 395 active), and an objective on the budget left says it checks the budget, not that the shop
 * left the discount spiral (QA shops 5: met while running a discount all game).
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { parseShippedFolder } from '../../../src/scenario/shippedBuild.ts';

const shipped = parseShippedFolder('scenarios').map((s) => s.scenario);
const figure = (text: string) => Number(text.replace(/[\s\u202f\u00a0,]/g, ''));

describe('shipped shops’ descriptions and objectives', () => {
  it.each(shipped.map((s) => [s.id, s] as const))('%s: « Environ N clients actifs » is the active base at the start, in both languages', (_id, scenario) => {
    const fr = /Environ ([\d\u202f\u00a0 ]+) clients actifs/.exec(scenario.description.fr);
    const en = /About ([\d,]+) active customers/.exec(scenario.description.en ?? '');
    expect(fr, scenario.description.fr).not.toBeNull();
    expect(en, scenario.description.en).not.toBeNull();
    const active = runSimulation(scenario, { seed: scenario.defaultSeed, ticks: 1, decisions: [] }).reports[0].kpis.activeCustomers;
    for (const said of [figure(fr![1]), figure(en![1])]) expect(Math.abs(said - active) / active, `${said} vs ${active}`).toBeLessThan(0.1);
  });

  it('an objective on the budget left says it is about the budget, and promises nothing on discounts', () => {
    const budgetObjectives = shipped.flatMap((s) => s.objectives.filter((o) => o.metric === 'budgetLeft'));
    expect(budgetObjectives.length).toBeGreaterThan(0);
    for (const o of budgetObjectives) {
      expect(o.label.fr).toMatch(/budget/);
      expect(o.label.fr).not.toMatch(/remise|spirale|coupon/i);
      expect(o.label.en).toMatch(/budget/);
      expect(o.label.en).not.toMatch(/discount|spiral|coupon/i);
    }
  });
});
