/**
 * The class view plays each no-action game once (results/noActionGame.ts): a file on a seed that moves
 * the objectives has its adjustment recomputed from the no-action games on its seed and on the default
 * one, and its game's « sans action (même graine) » reference is the no-action game on its seed: the
 * same game, played once for both; the default seed's, the adjustment's, is also the reference of a
 * file handed in on the default seed. Every figure as when each was played apart.
 */
import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { seedAdjustment } from '../../../src/engine/seedAdjustmentRun.ts';
import { adjustmentTicks } from '../../../src/engine/seedTargets.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { referenceOf, referenceRequest } from '../../../src/results/noActionReference.ts';
import { engineReplayer, type ReplayRequest } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { NoActionReferences } from '../../../src/ui/class/noActionReferences.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const club: DecisionsLog = [{ tick: 2, actions: [{ type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon', 'bon'] } }] }];

function played(learner: string, seed: number): ResultFile {
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks: scenario.durationTicks, decisions: club });
  return buildResultFile({
    learner,
    scenario,
    seed,
    mode: 'committed',
    decisions: club,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
    seedTargets: seedAdjustment(scenario, seed),
  });
}

describe('the class view’s no-action games', () => {
  it('plays each (scenario, seed, customers) no-action game once for the seed adjustment and the reference', async () => {
    const plain = engineReplayer(engine);
    const requests: ReplayRequest[] = [];
    const replay = (request: ReplayRequest) => (requests.push(request), plain(request));
    const files = [played('Léa', 7), played('Max', scenario.defaultSeed)];
    expect(files[0].seedTargets).toBeDefined();
    const entries = await Promise.all(
      files.map(async (file, i) => ({ id: i + 1, fileName: `${file.learner}.json`, verification: await verifyResult(JSON.stringify(file), replay) })),
    );
    expect(entries.map((e) => e.verification.status)).toEqual(['confirmed', 'confirmed']);
    const rows = compareClass(entries);
    const references = new NoActionReferences(replay);
    references.want(rows, (id) => files[id - 1]);
    await vi.waitFor(() => expect(references.ready).toHaveLength(2), { timeout: 10_000 });

    const noAction = requests.filter((r) => r.decisions.length === 0);
    // before: the adjustment's two games (up to its checkpoint), then each game's reference again (4 games for 2)
    expect(noAction.map((r) => [r.seed, r.ticks]).sort((a, b) => a[0] - b[0])).toEqual([
      [7, scenario.durationTicks],
      [scenario.defaultSeed, scenario.durationTicks],
    ]);
    expect(requests).toHaveLength(4);

    // the same figures as each game played apart
    for (const file of files) {
      const reference = references.ready.find((r) => r.gameKey === rows[files.indexOf(file)].game!.key)!;
      const request = referenceRequest(file);
      expect(reference).toEqual(referenceOf(reference.gameKey, request, await plain(request), file.seedTargets));
    }
    const onSeed = engine.runSimulation(scenario, { seed: 7, ticks: adjustmentTicks(scenario) }).reports;
    expect(onSeed.map((r) => r.kpis)).toEqual(
      engine
        .runSimulation(scenario, { seed: 7, ticks: scenario.durationTicks })
        .reports.slice(0, onSeed.length)
        .map((r) => r.kpis),
    );
    references.close();
  }, 90_000);
});
