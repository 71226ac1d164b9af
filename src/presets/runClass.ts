/**
 * The class settings a run keeps (RunRecord.classSettings): what the teacher's link set that
 * constrains the game — the shop and mission it named, its seed and mode, the tools it locked or
 * hid. Written with the run when it starts, so that the run played later from a bookmark, a new
 * tab or a reopened browser (an address without the link's query string) keeps its locks: the
 * run's own settings win for that run, a new link only sets those of the runs it starts. Display,
 * motion and language are the page's, not the run's. The result file carries `lock` and `hide` too
 * (the class view flags a decision of a tool the file says was locked).
 */
import type { z } from 'zod/mini';
import type { ResultMode } from '../results/resultMode.ts';
import type { Tool, ToolAccess } from '../missions/tools.ts';
import type { Presets } from './presets.ts';
// the schema (zod) apart: the learner's app uses these functions at startup
import type { runClassSchema } from './runClassSchema.ts';

export type RunClassSettings = z.infer<typeof runClassSchema>;

/** What a run started now keeps of the page's class link (lists copied, so a later link changes nothing of it). */
export function runClassOf(presets: Pick<Presets, 'shop' | 'mission' | 'seed' | 'mode' | 'lock' | 'hide'>): RunClassSettings {
  return {
    ...(presets.shop !== undefined ? { shop: presets.shop } : {}),
    ...(presets.mission !== undefined ? { mission: presets.mission } : {}),
    ...(presets.seed !== undefined ? { seed: presets.seed } : {}),
    ...(presets.mode !== undefined ? { mode: presets.mode } : {}),
    lock: [...presets.lock],
    hide: [...presets.hide],
  };
}

/**
 * The run was started from a teacher's class link: it set something of the game (shop, mission,
 * seed, mode, locked or hidden tools). Its hand-in then speaks of the teacher (« déposez-le là où
 * votre enseignant l’a demandé »); a learner on their own, or a run saved before runs kept their
 * settings (null), saves the file with neutral texts. Display, motion and language are the page's.
 */
export function fromClassLink(settings: RunClassSettings | null | undefined): boolean {
  if (!settings) return false;
  return settings.shop !== undefined || settings.mission !== undefined || settings.seed !== undefined || settings.mode !== undefined || settings.lock.length > 0 || settings.hide.length > 0;
}

/** The tools the run's settings lock or hide (hidden wins, as on the decisions screen). */
export function runClassAccess(settings: RunClassSettings): ToolAccess {
  return { locked: settings.lock.filter((tool) => !settings.hide.includes(tool)), hidden: [...settings.hide] };
}

/** What the teacher's link said about this run, as the home card says it before the start (classChoice.ts). */
export interface RunClassNote {
  /** the link named this run's shop */
  chosen: boolean;
  /** the seed the link fixed (null: the learner's) */
  seed: number | null;
  mode: ResultMode | null;
  /** locked tools, hidden ones left out (they are not named to the learner) */
  locked: Tool[];
}

/** The note of a run's settings; null when the link set nothing the learner is told about. */
export function runClassNote(settings: RunClassSettings, scenarioId: string): RunClassNote | null {
  const note: RunClassNote = {
    // a mission's run plays `<shop>-mission-<n>` (missionScenario.ts)
    chosen: settings.shop !== undefined && (settings.shop === scenarioId || scenarioId.startsWith(`${settings.shop}-mission-`)),
    seed: settings.seed ?? null,
    mode: settings.mode ?? null,
    locked: settings.lock.filter((tool) => !settings.hide.includes(tool)),
  };
  return note.chosen || note.seed !== null || note.mode !== null || note.locked.length > 0 ? note : null;
}
