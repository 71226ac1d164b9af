/**
 * A result file of a run on another seed than its scenario's default records its objectives adjusted
 * to the seed (src/engine/seedTargets.ts): the class view's verification recomputes the adjustment
 * from the two no-action games, confirms an honest file, refutes one whose targets were changed, and
 * still confirms an older file without them (graded on the scenario's own targets).
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { SeedAdjustment } from '../../../src/engine/seedTargets.ts';
import { seedAdjustment } from '../../../src/engine/seedAdjustmentRun.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import { summarizeRun } from '../../../src/results/runSummary.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { adjustmentRemoved, MODELS_BEFORE_SEED_ADJUSTMENT, unadjustedOlderFile } from '../../../src/results/seedAdjustment.ts';
import { keepOutcome, restoreVerification } from '../../../src/results/storedVerification.ts';
import { GRADING_RULES } from '../../../src/results/appVersion.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const decisions: DecisionsLog = [{ tick: 2, actions: [{ type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon', 'bon'] } }] }];
const replay = engineReplayer(engine);

function playedFile(seed: number, seedTargets: SeedAdjustment | null, modelFingerprint?: string): ResultFile {
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks: 12, decisions });
  return buildResultFile({
    learner: 'Camille Martin',
    scenario,
    seed,
    mode: 'committed',
    decisions,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
    seedTargets,
    ...(modelFingerprint ? { modelFingerprint } : {}),
  });
}

describe('verifying a result file of a run on another seed', () => {
  const adjustment = seedAdjustment(scenario, 7)!;
  const honest = playedFile(7, adjustment);

  it('records the adjustment and grades the summary against it', () => {
    expect(honest.seedTargets).toEqual(adjustment);
    expect(honest.scenario.objectives[1].target).toBe(150);
    const kpis = engine.runSimulation(scenario, { seed: 7, ticks: 12, decisions }).reports.map((r) => r.kpis);
    expect(honest.summary).toEqual(JSON.parse(JSON.stringify(summarizeRun(scenario, kpis, undefined, adjustment))));
  });

  it('confirms the honest file of an adjusted run, without warning', async () => {
    const verification = await verifyResult(exportResultFile(honest).text, replay);
    expect(verification).toMatchObject({ status: 'confirmed', warnings: [] });
  });

  it('refutes a file whose adjusted targets were lowered, even with its points graded on them', async () => {
    const forged = structuredClone(honest);
    const lowered = { ...adjustment, objectives: adjustment.objectives.map((o) => ({ ...o, target: 0 })) };
    forged.seedTargets = lowered;
    const kpis = engine.runSimulation(scenario, { seed: 7, ticks: 12, decisions }).reports.map((r) => r.kpis);
    forged.summary = JSON.parse(JSON.stringify(summarizeRun(scenario, kpis, undefined, lowered)));
    const verification = await verifyResult(JSON.stringify(forged), replay);
    expect(verification.status).toBe('refuted');
    if (verification.status !== 'refuted') return;
    const line = verification.differences.find((d) => d.what === 'seedTargets');
    expect(line?.text).toMatch(
      /^objectifs ajustés à la graine\u00a0: le fichier indique Au moins 150 clients actifs en semaine 8 ≥ 0, le rejeu donne Au moins 150 clients actifs en semaine 8 ≥ \d/,
    );
  });

  it('refutes an adjustment added to a default-seed file', async () => {
    const forged = { ...playedFile(42, null), seedTargets: { ...adjustment, seed: 42 } };
    await expect(verifyResult(JSON.stringify(forged), replay)).resolves.toMatchObject({ status: 'refuted' });
  });

  it('still confirms an older file without adjustment, graded on the scenario’s own targets as it was made', async () => {
    const older = playedFile(7, null);
    expect(older.seedTargets).toBeUndefined();
    const kpis = engine.runSimulation(scenario, { seed: 7, ticks: 12, decisions }).reports.map((r) => r.kpis);
    expect(older.summary).toEqual(JSON.parse(JSON.stringify(summarizeRun(scenario, kpis))));
    await expect(verifyResult(exportResultFile(older).text, replay)).resolves.toMatchObject({ status: 'confirmed', warnings: [] });
  });

  it('refutes a new file whose adjustment was removed, its points graded on the adjustment the verifier computes', async () => {
    expect(honest.seedAdjustment).toBe(true);
    const stripped: Partial<ResultFile> = structuredClone(honest);
    delete stripped.seedTargets;
    // its points regraded on the scenario's own targets, as the app would then have graded them
    const kpis = engine.runSimulation(scenario, { seed: 7, ticks: 12, decisions }).reports.map((r) => r.kpis);
    stripped.summary = JSON.parse(JSON.stringify(summarizeRun(scenario, kpis)));
    expect(adjustmentRemoved(stripped as ResultFile)).toBe(true);
    const verification = await verifyResult(JSON.stringify(stripped), replay);
    expect(verification.status).toBe('refuted');
    if (verification.status !== 'refuted') return;
    const line = verification.differences.find((d) => d.what === 'seedTargets');
    expect(line?.text).toBe('ajustement des objectifs à la graine retiré du fichier');
    expect(line?.recomputed).toMatch(/^Au moins 150 clients actifs en semaine 8 ≥ \d/);
    const en = await verifyResult(JSON.stringify(stripped), replay, 'en');
    expect(en.status === 'refuted' && en.differences.find((d) => d.what === 'seedTargets')?.text).toBe('adjustment of the objectives to the seed removed from the file');
  });

  it('keeps an older file (no marker) on such a seed, marked as not adjusted; a new or default-seed one is not', async () => {
    const older: Partial<ResultFile> = playedFile(7, null);
    delete older.seedAdjustment;
    expect(unadjustedOlderFile(older as ResultFile)).toBe(true);
    expect(adjustmentRemoved(older as ResultFile)).toBe(false);
    await expect(verifyResult(JSON.stringify(older), replay)).resolves.toMatchObject({ status: 'confirmed', warnings: [] });
    // a run created before the adjustment, handed in by a newer app, says so
    expect(playedFile(7, null).seedAdjustment).toBe(false);
    expect(unadjustedOlderFile(playedFile(7, null))).toBe(true);
    expect(unadjustedOlderFile(honest)).toBe(false);
    const onDefault = playedFile(scenario.defaultSeed, null);
    expect(onDefault.seedAdjustment).toBe(true);
    expect(unadjustedOlderFile(onDefault)).toBe(false);
    expect(adjustmentRemoved(onDefault)).toBe(false);
  });

  it('refutes a file of a model made after the adjustment whose adjustment and marker were both removed; an earlier model’s stays an older file', async () => {
    const current = engine.modelFingerprint();
    // the pinned fingerprint (948020e7d78e4fa4 and any since) came with the adjustment
    expect(MODELS_BEFORE_SEED_ADJUSTMENT.has(current)).toBe(false);
    expect(MODELS_BEFORE_SEED_ADJUSTMENT.has('7bc003ec77128940')).toBe(true);
    const kpis = engine.runSimulation(scenario, { seed: 7, ticks: 12, decisions }).reports.map((r) => r.kpis);
    const stripped = (model: string, edit: (file: Partial<ResultFile>) => void): ResultFile => {
      const file: Partial<ResultFile> = structuredClone(playedFile(7, adjustment, model));
      delete file.seedTargets;
      edit(file);
      // its points regraded on the scenario's own targets, as an older app would have graded them
      file.summary = JSON.parse(JSON.stringify(summarizeRun(scenario, kpis)));
      return file as ResultFile;
    };
    const noMarker = (file: Partial<ResultFile>) => delete file.seedAdjustment;
    const forged = stripped(current, noMarker);
    expect([adjustmentRemoved(forged), unadjustedOlderFile(forged)]).toEqual([true, false]);
    const verification = await verifyResult(JSON.stringify(forged), replay);
    expect(verification.status).toBe('refuted');
    if (verification.status !== 'refuted') return;
    const line = verification.differences.find((d) => d.what === 'seedTargets');
    expect(line?.text).toBe(
      `ajustement des objectifs à la graine retiré du fichier\u00a0: son modèle (${current}) est postérieur à l’ajustement, qu’il écrit toujours sur cette graine`,
    );
    expect(line?.recorded).toBe('aucun ajustement');
    expect(line?.recomputed).toMatch(/^Au moins 150 clients actifs en semaine 8 ≥ \d/);
    // the marker set to false (« a run created before the adjustment ») says no more
    expect(adjustmentRemoved(stripped(current, (file) => (file.seedAdjustment = false)))).toBe(true);
    // a file of an earlier model without marker nor adjustment: an older file, kept and confirmed as before
    const older = stripped('7bc003ec77128940', noMarker);
    expect([adjustmentRemoved(older), unadjustedOlderFile(older)]).toEqual([false, true]);
    await expect(verifyResult(JSON.stringify(older), replay)).resolves.toMatchObject({ status: 'confirmed', warnings: [] });
    // the same file on the default seed has nothing to adjust
    const onDefault: Partial<ResultFile> = playedFile(scenario.defaultSeed, null, current);
    delete onDefault.seedAdjustment;
    expect([adjustmentRemoved(onDefault as ResultFile), unadjustedOlderFile(onDefault as ResultFile)]).toEqual([false, false]);
  });

  it('verifies again such a file that the class view had kept as confirmed before the rule (kept without a grading rules number)', async () => {
    const file: Partial<ResultFile> = structuredClone(playedFile(7, null, engine.modelFingerprint()));
    delete file.seedAdjustment;
    const verifier = { appVersion: '0.1.0', model: engine.modelFingerprint(), gradingRules: GRADING_RULES };
    const honestText = exportResultFile(honest).text;
    const confirmed = await verifyResult(honestText, replay);
    expect(confirmed.status).toBe('confirmed');
    const kept = keepOutcome(confirmed, verifier, '2026-12-02T10:00:00.000Z', 'fr');
    expect(restoreVerification(honestText, kept, verifier, 'fr')).toMatchObject({ status: 'confirmed' });
    // the same game's outcome kept for the stripped file, as the view confirmed it before the rule (no grading number then): not shown, replayed
    const beforeRule = { ...kept };
    delete beforeRule.gradingRules;
    expect(restoreVerification(JSON.stringify(file), beforeRule, verifier, 'fr')).toBeNull();
    // these rules never confirm it: no confirmed outcome of it is kept under their number
    await expect(verifyResult(JSON.stringify(file), replay)).resolves.toMatchObject({ status: 'refuted' });
  });

  it('the class CSV says an older file’s objectives were not adjusted, as the table does under its points, in French and English', async () => {
    const older: Partial<ResultFile> = playedFile(7, null);
    delete older.seedAdjustment;
    older.learner = 'Ancien';
    const rows = compareClass([
      { fileName: 'ancien.json', verification: await verifyResult(JSON.stringify(older), replay) },
      { fileName: 'honnete.json', verification: await verifyResult(exportResultFile(honest).text, replay) },
    ]);
    for (const locale of ['fr', 'en'] as const) {
      const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
      const [header, ...lines] = classCsv(rows, { t, locale }, locale === 'fr')
        .slice(1)
        .split('\r\n')
        .map((l) => l.split(locale === 'fr' ? ';' : ','));
      const note = header.indexOf(locale === 'fr' ? 'Remarque sur les points' : 'Note on the points');
      // beside the points, as in the table
      expect(note).toBe(header.indexOf(locale === 'fr' ? 'Points possibles' : 'Possible points') + 1);
      const byName = (name: string) => lines.find((l) => l[1] === name)!;
      expect(byName('Ancien')[note]).toBe(locale === 'fr' ? 'objectifs non ajustés à la graine (fichier d’une version antérieure)' : 'objectives not adjusted to the seed (file from an earlier version)');
      expect(byName('Camille Martin')[note]).toBe('');
    }
  });
});
