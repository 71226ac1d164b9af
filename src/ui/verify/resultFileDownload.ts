/**
 * The result file made and offered for download (ExportResult.svelte's « Télécharger »): fetched with buildResultFile.ts on
 * the first download, not with the Bilan (bench app-learner-js). If that fetch fails, ExportResult says so as for any
 * other failure (handIn.export.failed).
 */
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { SeedAdjustment } from '../../engine/seedTargets.ts';
import type { TickKpis } from '../../engine/types.ts';
import { t } from '../../i18n/locale.svelte.ts';
import type { RunClassSettings } from '../../presets/runClass.ts';
import { APP_VERSION } from '../../results/appVersion.ts';
import { buildResultFile, exportResultFile } from '../../results/buildResultFile.ts';
import type { HandedMissions, ResultMode } from '../../results/resultFileSchema.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { downloadText } from '../shell/download.ts';

/** What ExportResult knows of the run (its props) and the names typed. */
export interface ResultFileRequest {
  learner: string;
  team: string;
  runName?: string;
  scenario: Scenario;
  seed: number;
  mode: ResultMode;
  branchTick: number | null;
  decisions: DecisionsLog;
  kpis: TickKpis[];
  stateHash: () => Promise<string>;
  modelFingerprint?: () => Promise<string>;
  classSettings: RunClassSettings | null;
  seedTargets: SeedAdjustment | null;
  missions: (() => HandedMissions | null) | null;
  save?: (text: string, fileName: string) => void;
}

/** Makes the run's result file and saves it (a browser download unless `save` is given); returns the file's name. */
export async function downloadResultFile(r: ResultFileRequest): Promise<string> {
  const { scenario, branchTick, classSettings, seedTargets } = r;
  const file = buildResultFile({
    learner: r.learner,
    team: r.team,
    ...(r.runName ? { runName: r.runName } : {}),
    scenario,
    seed: r.seed,
    mode: r.mode,
    // a branch says so in the file too, whatever its name (QA more M10)
    branchTick,
    decisions: r.decisions,
    kpis: r.kpis,
    stateHash: await r.stateHash(),
    ...(r.modelFingerprint ? { modelFingerprint: await r.modelFingerprint() } : {}),
    ...(classSettings ? { lock: classSettings.lock, hide: classSettings.hide } : {}),
    ...(seedTargets ? { seedTargets } : {}),
    missions: r.missions?.() ?? null,
    appVersion: APP_VERSION,
    createdAt: new Date().toISOString(),
  });
  const branch = branchTick === null ? '' : t(`handIn.export.branchPart.${scenario.tickUnit}`, { n: branchTick + 1 });
  const exported = exportResultFile(file, t('handIn.export.filePrefix'), branch, (n, unit) => t(`handIn.export.playedPart.${unit}`, { n }));
  (r.save ?? ((text, name) => downloadText(text, name, exported.mimeType)))(exported.text, exported.fileName);
  return exported.fileName;
}
