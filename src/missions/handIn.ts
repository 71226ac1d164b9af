/**
 * What a learner hands in from a mission's bilan (« Rendre mon travail »): the missions of the shop's
 * path attempted in this browser (progress.ts), in path order, each with its number, id and title,
 * the outcome kept, its right answer (question missions) and when it was decided, and the number of
 * the mission the file's run plays. The class view lists them (classComparison.ts): declared by the
 * browser, except the run's own mission, whose objective it checks against the replay. Pure.
 */
import type { HandedMissions } from '../results/resultFileSchema.ts';
import { missionRecordOf, type MissionProgress } from './progress.ts';
import type { MissionPath } from './schema.ts';

/**
 * `currentIndex`: the index (from 0) of the mission the file's run plays, null when it plays none; `keepsProgrammes`: that run
 * was started under its mission's ObjectiveCheck.keepProgrammes (its attempt says so), which the class view's check then applies;
 * `measuresAfter`: the same for ObjectiveCheck.measuredAfter; `keepsRunning`: for ObjectiveCheck.keepRunning; `keepRunningActs`:
 * for its GRADING_RULES 7 reading (the kept programme acts within the game).
 */
export function handedMissions(
  path: MissionPath,
  progress: MissionProgress,
  currentIndex: number | null,
  keepsProgrammes = false,
  measuresAfter = false,
  keepsRunning = false,
  keepRunningActs = false,
): HandedMissions {
  const attempted = path.missions.flatMap((mission, i) => {
    const record = missionRecordOf(progress, path.scenario, mission.id);
    if (!record) return [];
    return [
      {
        number: i + 1,
        id: mission.id,
        title: mission.title,
        outcome: record.outcome,
        attempts: record.attempts,
        ...(record.answer != null ? { answer: record.answer } : {}),
        ...(record.at ? { at: record.at } : {}),
        ...(keepsProgrammes && i === currentIndex ? { keepProgrammes: true as const } : {}),
        ...(measuresAfter && i === currentIndex ? { measuredAfter: true as const } : {}),
        ...(keepsRunning && i === currentIndex ? { keepRunning: true as const } : {}),
        ...(keepsRunning && keepRunningActs && i === currentIndex ? { keepRunningActs: true as const } : {}),
      },
    ];
  });
  return { shop: path.scenario, total: path.missions.length, current: currentIndex === null ? null : currentIndex + 1, attempted };
}
