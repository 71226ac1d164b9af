import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { compareClass, type ClassEntry, type ClassRow } from '../../../src/results/classComparison.ts';
import { beatReference, comparedWithReference, gapFromReference, referenceOf, referenceRequest, referenceSources } from '../../../src/results/noActionReference.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { summarizeRun } from '../../../src/results/runSummary.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { chartBars } from '../../../src/ui/class/classChart.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const replay = engineReplayer(engine);
const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
const coupon: DecisionsLog = [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.2 }] }];

async function entry(id: number, learner: string, decisions: DecisionsLog, ticks = scenario.durationTicks, seed = 5): Promise<ClassEntry> {
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks, decisions });
  const file = buildResultFile({ learner, scenario, seed, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  return { id, fileName: `${learner}.json`, verification: await verifyResult(JSON.stringify(file), replay) };
}

describe('no-action reference (same seed)', () => {
  it('replays the empty log over the whole game, once per game, and gives each finished confirmed file its difference', async () => {
    const entries = [await entry(1, 'Anna', club), await entry(2, 'Bruno', coupon), await entry(3, 'Léo', club, 6), await entry(4, 'Noé', club, undefined, 9)];
    const rows = compareClass(entries);
    const files = new Map(entries.map((e) => [e.id!, e.verification.status === 'invalid' ? undefined : e.verification.file]));
    const sources = referenceSources(rows, (id) => files.get(id));
    // two games (seed 5, seed 9): one reference each, from the first confirmed finished file
    expect(sources.map((s) => s.file.learner)).toEqual(['Anna', 'Noé']);
    const request = referenceRequest(sources[0].file);
    expect(request).toMatchObject({ seed: 5, ticks: scenario.durationTicks, decisions: [] });
    const reference = referenceOf(sources[0].gameKey, request, await replay(request));
    const nothing = summarizeRun(scenario, engine.runSimulation(scenario, { seed: 5, ticks: scenario.durationTicks, decisions: [] }).reports.map((r) => r.kpis));
    expect(reference).toMatchObject({ netMargin: nothing.cumulativeNetMargin, activeCustomers: nothing.activeCustomers, turnover: nothing.cumulativeTurnover, ticks: scenario.durationTicks });

    const byName = (name: string) => rows.find((r) => r.learner === name)!;
    const anna = byName('Anna');
    expect(gapFromReference(anna, [reference])).toEqual({ netMargin: anna.netMargin! - nothing.cumulativeNetMargin, activeCustomers: anna.activeCustomers! - nothing.activeCustomers });
    // an unfinished game covers fewer periods, another game has its own reference: no difference from this one
    expect(gapFromReference(byName('Léo'), [reference])).toBeNull();
    expect(gapFromReference(byName('Noé'), [reference])).toBeNull();
    const compared = [anna, byName('Bruno')];
    const gaps = compared.map((r) => gapFromReference(r, [reference])!.netMargin);
    expect(beatReference(rows, reference)).toEqual({ better: gaps.filter((g) => g > 0).length, learners: compared });
  }, 60_000);

  it('does not compare a refuted file with it: its claimed figures are not its game’s', async () => {
    const honest = await entry(1, 'Anna', club);
    const v = honest.verification as Extract<ClassEntry['verification'], { status: 'confirmed' }>;
    const doctored = { ...v.file, summary: { ...v.file.summary, cumulativeNetMargin: v.file.summary.cumulativeNetMargin + 50_000 } };
    const refuted: ClassEntry = { id: 2, fileName: 'triche.json', verification: await verifyResult(JSON.stringify(doctored), replay) };
    const rows = compareClass([honest, refuted]);
    expect(rows[1].status).toBe('refuted');
    const reference = referenceOf(rows[0].game!.key, referenceRequest(v.file), await replay(referenceRequest(v.file)));
    expect(gapFromReference(rows[1], [reference])).toBeNull();
    expect(gapFromReference(rows[0], [reference])).not.toBeNull();
  }, 60_000);

  it('compares a game handed in unfinished with doing nothing at the same period, a refuted one with its replay (QA class of 30, finding 15)', async () => {
    const honest = await entry(1, 'Anna', club);
    const v = honest.verification as Extract<ClassEntry['verification'], { status: 'confirmed' }>;
    const doctored = { ...v.file, learner: 'Eve', summary: { ...v.file.summary, cumulativeNetMargin: v.file.summary.cumulativeNetMargin + 50_000 } };
    const entries = [honest, await entry(2, 'Jules', coupon, 6), { id: 3, fileName: 'triche.json', verification: await verifyResult(JSON.stringify(doctored), replay) }];
    const rows = compareClass(entries);
    const request = referenceRequest(v.file);
    const reference = referenceOf(rows[0].game!.key, request, await replay(request));

    // the reference over the whole game, cut at period 6, is the empty log played for 6 periods
    const nothingAt6 = summarizeRun(scenario, engine.runSimulation(scenario, { seed: 5, ticks: 6, decisions: [] }).reports.map((r) => r.kpis));
    expect(reference.periods?.[5]).toEqual({ netMargin: nothingAt6.cumulativeNetMargin, activeCustomers: nothingAt6.activeCustomers });
    expect(reference.periods?.[scenario.durationTicks - 1]).toEqual({ netMargin: reference.netMargin, activeCustomers: reference.activeCustomers });

    const jules = rows[1];
    expect(jules.ticks).toBe(6);
    expect(comparedWithReference(jules, [reference])).toEqual({
      netMargin: jules.netMargin! - nothingAt6.cumulativeNetMargin,
      activeCustomers: jules.activeCustomers! - nothingAt6.activeCustomers,
      atPeriod: 6,
      replayed: false,
    });
    // the refuted file: its replay's net margin (the honest one), never the 50 000 € it adds
    const triche = rows[2];
    expect(triche.status).toBe('refuted');
    expect(comparedWithReference(triche, [reference])).toEqual({
      netMargin: v.file.summary.cumulativeNetMargin - reference.netMargin,
      activeCustomers: v.file.summary.activeCustomers - reference.activeCustomers,
      atPeriod: null,
      replayed: true,
    });
    // a confirmed finished file: the same difference as the ranking's
    expect(comparedWithReference(rows[0], [reference])).toEqual({ ...gapFromReference(rows[0], [reference])!, atPeriod: null, replayed: false });
    // neither is ranked against it nor counted in its summary
    expect(gapFromReference(jules, [reference])).toBeNull();
    expect(gapFromReference(triche, [reference])).toBeNull();
    expect(beatReference(rows, reference).learners).toEqual([rows[0]]);
    // a reference kept without its periods (none in memory): the unfinished game is not compared
    expect(comparedWithReference(jules, [{ ...reference, periods: undefined }])).toBeNull();
  }, 60_000);

  it('places the reference bar among its game’s bars, above the first file that did worse', () => {
    const row = (learner: string, rank: number, netMargin: number): ClassRow =>
      ({ key: learner, fileName: `${learner}.json`, learner, status: 'confirmed', game: { key: 'g', index: 0 }, rank, netMargin, sameLearnerAs: [], sameResultAs: [] }) as unknown as ClassRow;
    const reference = { gameKey: 'g', ticks: 12, points: 0, maxPoints: 4, turnover: 0, grossMargin: 0, netMargin: 150, activeCustomers: 0, retention: null };
    const order = (rows: ClassRow[]) => chartBars(rows, 'netMargin', [reference]).map((b) => ('row' in b ? b.row.learner : 'réf.'));
    expect(order([row('Bruno', 1, 200), row('Chloé', 2, 140), row('Anna', 3, 100)])).toEqual(['Bruno', 'réf.', 'Chloé', 'Anna']);
    expect(order([row('Bruno', 1, 200), row('Chloé', 2, 160)])).toEqual(['Bruno', 'Chloé', 'réf.']);
    expect(order([row('Anna', 1, 100)])).toEqual(['réf.', 'Anna']);
    expect(chartBars([row('Anna', 1, 100)], 'netMargin', [])).toHaveLength(1);
  });

  it('orders the bars by the metric shown, not by rank, and leaves a game’s unranked files out (QA verify 2, N1)', () => {
    const row = (learner: string, rank: number | null, netMargin: number): ClassRow =>
      ({ key: learner, fileName: `${learner}.json`, learner, status: 'confirmed', game: { key: 'g', index: 0 }, rank, netMargin, sameLearnerAs: [], sameResultAs: [] }) as unknown as ClassRow;
    const reference = { gameKey: 'g', ticks: 12, points: 0, maxPoints: 4, turnover: 0, grossMargin: 0, netMargin: 150, activeCustomers: 0, retention: null };
    const order = (rows: ClassRow[]) => chartBars(rows, 'netMargin', [reference]).map((b) => ('row' in b ? b.row.learner : 'réf.'));
    // ranked by points first: Rose (rank 3) made more than Chloé (rank 2) and sits above the reference with Bruno
    expect(order([row('Bruno', 1, 200), row('Chloé', 2, 140), row('Rose', 3, 180)])).toEqual(['Bruno', 'Rose', 'réf.', 'Chloé']);
    // a what-if variant or an older hand-in (unranked) is not a bar beside the ranked hand-ins
    expect(order([row('Bruno', 1, 200), row('Bruno (variante)', null, 300)])).toEqual(['Bruno', 'réf.']);
    // a file alone in its game (unranked) still has its bar
    expect(order([row('Paul', null, 100)])).toEqual(['réf.', 'Paul']);
  });
});
