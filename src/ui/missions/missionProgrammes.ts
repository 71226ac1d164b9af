/**
 * The programmes a mission's run launched, as its bilan shows them (QA play F21: « Un avantage financier
 * ciblé » lists the ROI as a notion and succeeds whatever the target, and its bilan said neither what
 * the programme brought nor a word of the target chosen): each programme with the decision that
 * launched it (its id is « tick:index » of that action, engine programmes.ts), its measured effect
 * written by the dashboard's own words (programmeEffectText.ts programmeRoiLine), and for a financial
 * advantage what the course says of its target. Pure: the words are chosen by the debrief.
 */
import type { Action, DecisionsLog } from '../../engine/decisions.ts';
import type { ProgrammeKpi, TickKpis } from '../../engine/types.ts';
import { wholeBase } from '../debrief/decisionTimeline.ts';

/**
 * What the course says of a financial advantage's target: very good customers would have come anyway
 * (the discount pays for purchases they would have made), good customers can still come more often
 * (the mission's brief), any other target: only the purchases it adds pay. None for a programme aimed
 * at everybody (the « visait toute la clientèle » caveat says it).
 */
export type TargetNote = 'financialBest' | 'financialGood' | 'financialOther';

export interface MissionProgramme {
  programme: ProgrammeKpi;
  /** the decision that launched it (undefined: not in the log) */
  action: Action | undefined;
  targetNote: TargetNote | null;
}

export function targetNote(action: Action | undefined): TargetNote | null {
  if (action?.type !== 'financier') return null;
  if (wholeBase(action.target)) return null;
  const segments = action.target.segments ?? [];
  if (segments.includes('tresBon')) return 'financialBest';
  if (segments.includes('bon')) return 'financialGood';
  return 'financialOther';
}

/** The run's programmes at its last period, in launch order, with their decisions. */
export function missionProgrammes(kpis: readonly TickKpis[], decisions: DecisionsLog): MissionProgramme[] {
  const last = kpis.at(-1);
  if (!last) return [];
  return last.programmes.map((programme) => {
    const [tick, index] = programme.id.split(':').map(Number);
    const action = decisions.find((d) => d.tick === tick)?.actions[index];
    return { programme, action, targetNote: targetNote(action) };
  });
}
