/**
 * The class CSV's « Équipe » column (QA qa16 F1): each file's team as the team view shows it
 * (teamView.ts), so the teacher can sort and filter the spreadsheet by team. A file can be in the
 * team its file declares and in teams the teacher ticked as well (the team view lists it under
 * each): one cell per line to sort by, so the team the file declares wins, named as the team view
 * names it; a file that declares none gets the teacher's teams that hold it. Files the team view
 * leaves out (unreadable, not verified yet) have none.
 */
import { buildTeam, teamsFromFiles, type TeamSourceFile } from './teamView.ts';

/** A team the teacher formed: its name and its files' ids (teacherTeams.svelte.ts). */
export interface FormedTeam {
  name: string;
  ids: readonly number[];
}

/** The team name of each file id that has one. */
export function teamOfFile(files: readonly TeamSourceFile[], formed: readonly FormedTeam[]): Map<number, string> {
  const declared = new Map<number, string>();
  for (const team of teamsFromFiles(files)) for (const member of team.members) declared.set(member.id, team.name);
  const ticked = new Map<number, string[]>();
  for (const { name, ids } of formed) {
    const team = buildTeam(name, 'teacher', files.filter((f) => ids.includes(f.id)));
    for (const member of team?.members ?? []) ticked.set(member.id, [...(ticked.get(member.id) ?? []), name]);
  }
  const result = new Map(declared);
  for (const [id, names] of ticked) if (!result.has(id)) result.set(id, names.join(', '));
  return result;
}
