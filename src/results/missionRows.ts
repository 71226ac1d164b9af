/**
 * A mission file in the class view: a result file handed in from the mission screen (« Rendre mon
 * travail », src/missions/handIn.ts) or from the Bilan of a mission's run (its scenario is
 * `<shop>-mission-<n>`, src/missions/missionScenario.ts). Neither a game in progress nor a file off
 * the class's game: it is listed apart, unranked, with the missions it says were passed. Those are
 * declared by the learner's browser; the one mission whose run the file carries, when the file is
 * confirmed and the replayed summary has that mission's objective reached, is marked as confirmed by
 * the replay (the objective only: the tools it required are the browser's word too). Pure.
 */
import type { LocalizedText } from '../scenario/schema.ts';
import type { ResultFile } from './resultFileSchema.ts';
import type { VerificationStatus } from './verifyResult.ts';

/** How a mission's outcome is known: the replay of the file's run reached its objective, or only the learner's browser says so. */
export type MissionCheck = 'replay' | 'declared';

export interface MissionEntry {
  number: number;
  id: string;
  title: LocalizedText;
  outcome: 'reussie' | 'echouee';
  answer: number | null;
  at?: string;
  check: MissionCheck;
}

export interface MissionRow {
  shop: string;
  /** missions in the shop's path; null for an older file that does not say */
  total: number | null;
  /** the mission the file's run plays, if any */
  current: number | null;
  attempted: MissionEntry[];
  /** the numbers of the missions passed, in order */
  passed: number[];
  /** a mission run's file made before files carried the missions (or from the Bilan tab before issue #4): it says nothing of them */
  older: boolean;
}

const MISSION_SCENARIO = /^(.+)-mission-(\d+)$/;

/** The shop and mission number a mission run's scenario id names, or null. */
export function missionOfScenario(scenarioId: string): { shop: string; number: number } | null {
  const match = MISSION_SCENARIO.exec(scenarioId);
  return match ? { shop: match[1], number: Number(match[2]) } : null;
}

/** What a file says of missions, or null for a file that is not a mission file. */
export function missionRow(file: ResultFile, status: VerificationStatus): MissionRow | null {
  const own = missionOfScenario(file.scenario.id);
  const handed = file.missions;
  if (!handed) return own ? { shop: own.shop, total: null, current: own.number, attempted: [], passed: [], older: true } : null;
  // the run's own mission, as the replay graded it: only a confirmed file's summary is the replay's
  const runsMission = own !== null && own.shop === handed.shop && own.number === handed.current;
  const replayReached = (id: string): boolean =>
    status === 'confirmed' && runsMission && file.summary.objectives.some((o) => o.id === id && o.state === 'atteint' && o.pointsEarned === o.pointsPossible);
  const attempted = [...handed.attempted]
    .sort((a, b) => a.number - b.number)
    .map((m) => ({
      number: m.number,
      id: m.id,
      title: m.title,
      outcome: m.outcome,
      answer: m.answer ?? null,
      ...(m.at ? { at: m.at } : {}),
      check: (m.outcome === 'reussie' && m.number === handed.current && replayReached(m.id) ? 'replay' : 'declared') as MissionCheck,
    }));
  return {
    shop: handed.shop,
    total: handed.total,
    current: handed.current,
    attempted,
    passed: attempted.filter((m) => m.outcome === 'reussie').map((m) => m.number),
    older: false,
  };
}

/** The CSV's cells (classCsv.ts): the missions passed (« 1, 2 sur 6 ») and those the replay confirmed (« 2 »); empty for a free game's file. */
export function missionCsvCells(
  t: (key: string, params?: Record<string, string | number>) => string,
  missions: MissionRow | null | undefined,
): [string, string] {
  if (!missions) return ['', ''];
  const passed =
    missions.older || missions.total === null
      ? t('classView.missions.older', { n: missions.current ?? '?' })
      : t('classView.missions.csvPassed', { list: missions.passed.length === 0 ? '0' : missions.passed.join(', '), total: missions.total });
  const replayed = missions.attempted.filter((m) => m.check === 'replay').map((m) => m.number);
  return [passed, replayed.join(', ')];
}
