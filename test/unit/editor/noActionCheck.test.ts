/**
 * The editor's reach check read on the real game played with no action (QA qa30editor Major 2, Minor 3):
 * the teacher's « La Cave des Canuts » (1 500 customers, 35 % margin, 1 800 € of fixed costs a week), whose
 * rough estimate announced about 70 000 € of net margin where the game gives 7 404 €: her 30 000 € objective,
 * which the whole class missed, is flagged with what doing nothing gives; her 1 350 active customers are said
 * to start from fewer active customers than the 1 500 of the field; an objective met by doing nothing is said.
 * The shipped bakery gets no remark.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runSimulation } from '../../../src/engine/index.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { noActionWarnings } from '../../../src/ui/editor/noActionCheck.ts';
import { budgetWarnings, reachWarnings } from '../../../src/ui/editor/reachCheck.ts';

function scenarioOf(path: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(path);
  return parsed.scenario;
}
const noActionKpis = (s: Scenario): TickKpis[] => runSimulation(s, { seed: s.defaultSeed, ticks: s.durationTicks, decisions: [] }).reports.map((r) => r.kpis);
const withTargets = (s: Scenario, targets: number[]): Scenario => ({ ...s, objectives: s.objectives.map((o, i) => ({ ...o, target: targets[i] ?? o.target })) });

describe('the reach check on the game played with no action', () => {
  const cave = scenarioOf('test/fixtures/cave-des-canuts.json');
  let kpis: TickKpis[] = [];
  beforeAll(() => {
    kpis = noActionKpis(cave);
  });

  it('flags 30 000 € of net margin where doing nothing gives 7 404 €, which the rough estimate let through', () => {
    const shop = withTargets(cave, [1100, 30_000]);
    // the rough estimate (no game played) has no word for it
    expect(reachWarnings(shop).filter((w) => w.path[1] === 1)).toEqual([]);
    const [margin] = reachWarnings(shop, kpis).filter((w) => w.path[1] === 1);
    expect(margin.severity).toBe('warning');
    expect(margin.message).toMatch(/^objectif sans doute hors d’atteinte\u00a0: sans aucune action, la partie \(graine 1\s907\) donne 7\s404\s€ à l’échéance \(semaine 52\)\. De bonnes actions font rarement mieux qu’environ 27\s705\s€\s; 30\s000\s€ demande bien plus\./);
    // an objective the good play can reach is not flagged
    expect(reachWarnings(withTargets(cave, [1100, 12_000]), kpis).filter((w) => w.path[1] === 1)).toEqual([]);
  });

  it('says that the 1 500 starting customers include former ones when the teacher asks for 1 350 active customers', () => {
    const [active] = reachWarnings(withTargets(cave, [1350]), kpis).filter((w) => w.path[1] === 0);
    expect(active.message).toMatch(/^les 1\s500 clients du départ comptent aussi les anciens clients que l’historique a déjà perdus ou endormis\u00a0: sans aucune action, la partie \(graine 1\s907\) compte 1\s208 clients actifs après la première période \(semaine 1\) et 1\s214 clients actifs à l’échéance \(semaine 52\)\./);
  });

  it('says an objective that doing nothing already meets', () => {
    const [met] = noActionWarnings(cave, kpis);
    expect(met.path).toEqual(['objectives', 0, 'target']);
    expect(met.message).toMatch(/^déjà atteint sans rien faire\u00a0: sans aucune action, la partie \(graine 1\s907\) donne 1\s214 clients actifs à l’échéance \(semaine 52\), pour une cible de 1\s100 clients actifs\./);
  });

  it('has no remark on the shipped bakery', () => {
    const bakery = scenarioOf('scenarios/boulangerie-du-marche.json');
    expect(reachWarnings(bakery, noActionKpis(bakery))).toEqual([]);
  });
});

describe('a budget too small for any action', () => {
  const cave = scenarioOf('test/fixtures/cave-des-canuts.json');
  it('is said under « budget initial » when the whole game’s budget is below the cheapest action, and not otherwise', () => {
    const [small] = budgetWarnings({ ...cave, budget: { initial: 20, perTick: 0 } });
    expect(small.path).toEqual(['budget', 'initial']);
    expect(small.message).toMatch(/^20\s€ de budget pour toute la partie\u00a0: moins que l’action la moins chère \(.+\u00a0: \d+\s€\)\. Les élèves ne pourront payer presque aucune action\.$/);
    expect(budgetWarnings(cave)).toEqual([]);
    expect(budgetWarnings({ ...cave, budget: { initial: 0, perTick: 5 } })).toEqual([]);
  });
});
