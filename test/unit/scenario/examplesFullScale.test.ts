/**
 * What the app plays: each shipped scenario at full size and its default seed. Its example plan
 * (scenarios/examples/<id>.*.decisions.json) earns every point with no action refused, doing nothing at
 * most half, and the plan ends with more net margin than doing nothing. strategyGap.test.ts checks the
 * same on a quarter of each shop, which is not enough: the optician's plan passed there while at full
 * size its month-34 questionnaire was refused for want of budget, 3 points out of 6 (QA verify3 V4).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { evaluateObjectives, objectivesScore } from '../../../src/engine/objectives.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { parseDecisions } from '../../../src/scenario/loadDecisions.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

function play(s: Scenario, decisions: DecisionsLog) {
  const { reports } = runSimulation(s, { seed: s.defaultSeed, ticks: s.durationTicks, decisions });
  const kpis = reports.map((r) => r.kpis);
  const statuses = evaluateObjectives(s, kpis);
  return {
    score: objectivesScore(statuses),
    missed: statuses.filter((o) => o.state !== 'atteint').map((o) => `${o.id} ${o.value} ${o.comparator} ${o.target}`),
    rejected: reports.flatMap((r) => r.rejected.map((x) => `période ${r.tick} : ${x.reason}`)),
    net: kpis.reduce((sum, k) => sum + k.netMargin, 0),
  };
}

const examples = readdirSync('scenarios/examples');

describe.each(['boulangerie-du-marche', 'sport-et-cimes', 'cosmetiques-en-ligne', 'optique-lumiere'])('%s at full size, default seed', (id) => {
  const parsed = parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${id} invalide`);
  const s = parsed.scenario;
  const file = examples.find((f) => f.startsWith(`${id}.`))!;
  const log = parseDecisions(JSON.parse(readFileSync(`scenarios/examples/${file}`, 'utf8')));
  if (!log.ok) throw new Error(`${file} invalide`);
  const nothing = play(s, []);
  const plan = play(s, log.decisions);

  it(`the example plan (${file}) is played whole and earns every point; doing nothing at most half`, () => {
    expect(plan.rejected).toEqual([]);
    expect(plan.missed).toEqual([]);
    expect(plan.score.earned).toBe(plan.score.possible);
    expect(nothing.score.earned).toBeLessThanOrEqual(nothing.score.possible / 2);
  });

  it('the example plan ends with more net margin than doing nothing', () => {
    expect(plan.net).toBeGreaterThan(nothing.net);
  });
});
