/**
 * The teams the teacher forms in the class view by ticking files (teams named in the files
 * themselves are derived, see src/results/teamView.ts). The class view's controller owns one and
 * saves its changes (`listener`); the team view alone keeps its own, in memory.
 */
import { newKey, nowIso } from './classKeeping.ts';

export interface TeacherTeam {
  /** stable key (the stored record's id) */
  key: string;
  name: string;
  /** ids of the member files, in the order they were ticked */
  ids: number[];
  /** ISO 8601 */
  createdAt: string;
}

export interface TeamListener {
  saved(team: TeacherTeam): void;
  removed(key: string): void;
}

export class TeacherTeams {
  list = $state.raw<TeacherTeam[]>([]);
  #listener: TeamListener | null;

  constructor(listener: TeamListener | null = null) {
    this.#listener = listener;
  }

  add(name: string, ids: readonly number[]): TeacherTeam {
    const team: TeacherTeam = { key: newKey(), name, ids: [...ids], createdAt: nowIso() };
    this.list = [...this.list, team];
    this.#listener?.saved(team);
    return team;
  }

  remove(key: string): void {
    this.list = this.list.filter((t) => t.key !== key);
    this.#listener?.removed(key);
  }

  /** A file left the class: out of every team (the store does the same in the same write); a team left empty goes. */
  dropFile(id: number): void {
    this.list = this.list.flatMap((t) => (t.ids.includes(id) ? (t.ids.length > 1 ? [{ ...t, ids: t.ids.filter((i) => i !== id) }] : []) : [t]));
  }

  /** Teams as they were before a file left them (its removal undone): each put back in its place, or at the end if it went, and saved. */
  bringBack(teams: readonly TeacherTeam[]): void {
    for (const team of teams) {
      const at = this.list.findIndex((t) => t.key === team.key);
      this.list = at >= 0 ? this.list.map((t, i) => (i === at ? team : t)) : [...this.list, team];
      this.#listener?.saved(team);
    }
  }

  /** Teams read back from storage (before any made in this visit). */
  restore(teams: readonly TeacherTeam[]): void {
    this.list = [...teams, ...this.list];
  }

  clear(): void {
    this.list = [];
  }
}
