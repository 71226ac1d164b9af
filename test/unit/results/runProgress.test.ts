import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass, type ClassEntry } from '../../../src/results/classComparison.ts';
import { engineReplayer, type ReplayRequest } from '../../../src/results/replay.ts';
import { progressLabel, unfinishedCount, unfinishedRun, unfinishedText } from '../../../src/results/runProgress.ts';
import { compareWithReplay, verifyResult, type Verification } from '../../../src/results/verifyResult.ts';
import { translate, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);

/** A confirmed file of the 12-period test shop after `ticks` periods, its net margin shifted by `margin` each period. */
function entry(learner: string, ticks: number, margin: number, tickUnit: 'week' | 'month' = 'week'): ClassEntry {
  const tweak = (k: TickKpis): TickKpis => ({ ...k, netMargin: k.netMargin + margin });
  const file = buildResultFile({
    learner,
    scenario: { ...fixtureScenario(), tickUnit },
    seed: 42,
    mode: 'committed',
    decisions: [],
    kpis: makeKpiSeries(ticks, tweak),
    stateHash: `${learner.length}${ticks}`.padStart(16, 'a'),
    appVersion: '0.1.0',
  });
  const verification: Verification = { status: 'confirmed', file, warnings: [] };
  return { fileName: `${learner}.json`, verification };
}

describe('a game handed in before its end, in the class view', () => {
  it('is flagged « partie en cours : 3 / 12 semaines » and not ranked with the finished games, even with better figures', () => {
    const rows = compareClass([entry('Anna', 12, 0), entry('Léa', 3, 100_000), entry('Bruno', 12, 10)]);
    const byName = Object.fromEntries(rows.map((r) => [r.learner, r]));
    expect(byName.Léa.netMargin).toBeGreaterThan(byName.Bruno.netMargin!);
    expect(byName.Léa.rank).toBeNull();
    expect(byName.Bruno.rank).toBe(1);
    expect(byName.Anna.rank).toBe(2);
    expect(unfinishedRun(byName.Léa)).toEqual({ played: 3, total: 12 });
    expect(unfinishedRun(byName.Anna)).toBeNull();
    expect(unfinishedCount(rows)).toBe(1);
    expect(unfinishedText(byName.Léa, t)).toBe(frenchText`partie en cours : 3 / 12 semaines, non classée`);
    expect(unfinishedText(byName.Anna, t)).toBeNull();
    expect(progressLabel('Léa', byName.Léa, t)).toBe('Léa (en cours 3/12)');
    expect(progressLabel('Anna', byName.Anna, t)).toBe('Anna');
    // an unread file says nothing of its progress
    expect(unfinishedRun({ ticks: null, durationTicks: null })).toBeNull();
  });

  it('says each file’s own unit, a class mixing weekly and monthly shops (periodWords34b: « 3 / 12 périodes »), in English too', () => {
    const rows = compareClass([entry('Léa', 3, 0, 'week'), entry('Théo', 4, 0, 'month')]);
    const byName = Object.fromEntries(rows.map((r) => [r.learner, r]));
    expect(unfinishedText(byName.Léa, t)).toBe(frenchText`partie en cours : 3 / 12 semaines, non classée`);
    expect(unfinishedText(byName.Théo, t)).toBe(frenchText`partie en cours : 4 / 12 mois, non classée`);
    const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
    expect(unfinishedText(byName.Léa, en)).toBe('game in progress: 3 / 12 weeks, not ranked');
    expect(unfinishedText(byName.Théo, en)).toBe('game in progress: 4 / 12 months, not ranked');
  });

  // the class components pass their key-checked t() as it is (no `(key, params) => t(key as never, params)`):
  // a translate typed on MessageKey must be accepted here; svelte-check / tsc fail on this call otherwise
  it('takes a key-checked translate as it is', () => {
    const checked = (key: MessageKey, params?: Params) => translate('fr', key, params);
    const [anna, lea] = compareClass([entry('Anna', 12, 0), entry('Léa', 3, 0)]).sort((a, b) => a.learner.localeCompare(b.learner));
    expect(unfinishedText(lea, checked)).toBe(frenchText`partie en cours : 3 / 12 semaines, non classée`);
    expect(progressLabel('Anna', anna, checked)).toBe('Anna');
    expect(classCsv([anna, lea], { t: checked, locale: 'fr' }, true)).toContain(frenchText`en cours : 3 / 12`);
  });

  it('a replay of fewer periods than the file says names them in the file’s unit, never « périodes » (periodWords34b)', () => {
    for (const [unit, fr, en] of [
      ['week', 'nombre de semaines rejouées', 'number of weeks replayed'],
      ['month', 'nombre de mois rejoués', 'number of months replayed'],
    ] as const) {
      const { verification } = entry('Léa', 4, 0, unit);
      const file = (verification as { file: Parameters<typeof compareWithReplay>[0] }).file;
      const replay = { stateHash: file.stateHash, modelFingerprint: 'x', kpis: makeKpiSeries(3) };
      const said = (locale: 'fr' | 'en') => compareWithReplay(file, replay, locale).find((d) => d.what === 'ticks')!.text;
      expect(said('fr')).toMatch(new RegExp(`^${fr}\\s: le fichier indique 4, le rejeu donne 3$`));
      expect(said('en')).toBe(`${en}: the file says 4, the replay gives 3`);
    }
  });

  it('says so in the CSV, with no rank', () => {
    const rows = compareClass([entry('Anna', 12, 0), entry('Léa', 3, 0)]);
    const lines = classCsv(rows, { t, locale: 'fr' }, true).slice(1).split('\r\n');
    const header = lines[0].split(';');
    const column = header.indexOf('Partie');
    expect(column).toBe(header.indexOf('Périodes jouées') + 1);
    const byLearner = Object.fromEntries(lines.slice(1, 3).map((l) => [l.split(';')[1], l.split(';')]));
    expect(byLearner.Léa[column]).toBe(frenchText`en cours : 3 / 12`);
    expect(byLearner.Léa[0]).toBe('');
    expect(byLearner.Anna[column]).toBe('terminée');
    expect(byLearner.Anna[0]).toBe('1');
  });

  it('is verified by replaying only the periods it records', async () => {
    const scenario = fixtureScenario();
    const decisions = [{ tick: 1, actions: [{ type: 'lienSocial' as const, instrument: 'club' as const, target: {} }] }];
    // the shop's default seed: a file of this model on another one would record its objectives adjusted to it (two more replays)
    const seed = scenario.defaultSeed;
    const { state, reports } = engine.runSimulation(scenario, { seed, ticks: 3, decisions });
    const file = buildResultFile({ learner: 'Léa', scenario, seed, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), modelFingerprint: engine.modelFingerprint(), appVersion: '0.1.0' });
    expect(file.ticks).toBe(3);
    const requests: ReplayRequest[] = [];
    const replay = engineReplayer(engine);
    const verified = await verifyResult(file, (request) => (requests.push(request), replay(request)));
    expect(verified.status).toBe('confirmed');
    expect(requests.map((r) => r.ticks)).toEqual([3]);
    // the same file claiming the whole game is refuted: the replay of 12 periods differs
    await expect(verifyResult({ ...file, ticks: 12 }, replay)).resolves.toMatchObject({ status: 'refuted' });
  });
});
