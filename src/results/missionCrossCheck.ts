/**
 * A learner's mission files vouch for one another (QA qa18 F4): a file declares the missions passed
 * in other runs (« déclarée (non vérifiable) », missionRows.ts otherRun), but when the class holds
 * the learner's file of that mission (same name and team: sameLearnerKeys, same shop) and its replay
 * confirmed it, the mission is confirmed, by that file, which the row names. Pure.
 */
import type { ClassRow } from './classComparison.ts';
import type { MissionEntry } from './missionRows.ts';

/** The learner's file whose replay confirmed mission `m` of `shop` (its own run's mission), if any; a hand-in before an older file. */
function confirmingFile(rows: readonly ClassRow[], keys: readonly string[], shop: string, m: MissionEntry): ClassRow | undefined {
  const confirms = rows.filter(
    (r) =>
      keys.includes(r.key) &&
      r.missions?.shop === shop &&
      r.missions.current === m.number &&
      r.missions.attempted.some((own) => own.number === m.number && own.id === m.id && own.why === 'confirmed'),
  );
  return confirms.find((r) => r.unranked === undefined) ?? confirms[0];
}

/** Marks, on each mission file, the missions passed in another run that another file of the same learner confirms. */
export function confirmAcrossFiles(rows: ClassRow[]): void {
  for (const row of rows) {
    const missions = row.missions;
    const keys = row.sameLearnerKeys ?? [];
    if (!missions || keys.length === 0) continue;
    missions.attempted = missions.attempted.map((m) => {
      if (m.why !== 'otherRun') return m;
      const by = confirmingFile(rows, keys, missions.shop, m);
      return by ? { ...m, check: 'replayConfirmed', why: 'otherFile', confirmedBy: { fileName: by.fileName, key: by.key } } : m;
    });
  }
}
