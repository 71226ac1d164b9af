/**
 * Objectives adjusted to the run's seed (course expert M1, src/engine/seedTargets.ts): on another seed
 * than the scenario's default, each amount target moves by what doing nothing gives there compared
 * with the default seed; the default seed is left as it was, bit for bit. On the small fixture shop;
 * the shipped shops at full size are seedTargetsFullScale.test.ts.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { evaluateObjectives } from '../../../src/engine/objectives.ts';
import { adjustmentFromKpis, sameAdjustment, withSeedTargets } from '../../../src/engine/seedTargets.ts';
import { seedAdjustment } from '../../../src/engine/seedAdjustmentRun.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { replayedSeedAdjustment } from '../../../src/results/seedAdjustment.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const play = (seed: number) => engine.runSimulation(scenario, { seed, ticks: scenario.durationTicks }).reports.map((r) => r.kpis);

describe('objectives adjusted to the seed', () => {
  it('leaves a run on the default seed as it was: no adjustment, nothing played, the same scenario object', () => {
    expect(seedAdjustment(scenario, scenario.defaultSeed)).toBeNull();
    expect(withSeedTargets(scenario, null)).toBe(scenario);
    expect(withSeedTargets(scenario, undefined)).toBe(scenario);
    const kpis = play(scenario.defaultSeed);
    expect(evaluateObjectives(withSeedTargets(scenario, seedAdjustment(scenario, scenario.defaultSeed)), kpis)).toEqual(evaluateObjectives(scenario, kpis));
  });

  it('moves an amount target by what doing nothing gives on the seed compared with the default seed, at the objective’s checkpoint', () => {
    const adjustment = seedAdjustment(scenario, 7)!;
    expect(adjustment).toMatchObject({ seed: 7, defaultSeed: 42 });
    // the fixture's « actifs » (active customers by week 8) moves; its rates and shares (retention, très bons) do not
    expect(adjustment.objectives.map((o) => o.id)).toEqual(['actifs']);
    const [onSeed, onDefault] = [play(7), play(42)];
    const shift = adjustment.objectives[0];
    expect(shift.noAction).toBe(onSeed[7].activeCustomers);
    expect(shift.noActionDefault).toBe(onDefault[7].activeCustomers);
    expect(shift.noAction).not.toBe(shift.noActionDefault);
    expect(shift).toMatchObject({ base: 150, target: 150 + onSeed[7].activeCustomers - onDefault[7].activeCustomers });
    // doing nothing stands as far from the target on seed 7 as on the default seed
    expect(shift.target - shift.noAction).toBe(150 - shift.noActionDefault);
    const graded = withSeedTargets(scenario, adjustment);
    expect(graded.objectives.map((o) => o.target)).toEqual([0.9, shift.target, 0.15]);
    expect(scenario.objectives[1].target).toBe(150);
    expect(adjustmentFromKpis(scenario, 7, onSeed, onDefault)).toEqual(adjustment);
  });

  it('gives the same adjustment through a replayer (the app’s worker, the class view) as in Node (the CLI)', async () => {
    const replayed = await replayedSeedAdjustment(engineReplayer(engine), scenario, 7);
    expect(sameAdjustment(replayed, seedAdjustment(scenario, 7))).toBe(true);
    await expect(replayedSeedAdjustment(engineReplayer(engine), scenario, 42)).resolves.toBeNull();
    // another customer count is another shop: another adjustment
    expect(sameAdjustment(seedAdjustment(scenario, 7, 150), seedAdjustment(scenario, 7))).toBe(false);
  });
});
