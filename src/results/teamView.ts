/**
 * Team pooling in the class view: learners play individually, then their result files are put
 * side by side as one team, either because the files carry the same team name (trimmed, case
 * ignored) or because the teacher ticked them together. For each team: every member's results
 * (claimed summary and verification status) and a timeline of who decided what at which period.
 * Pure: the screen formats and translates.
 */
import type { Action } from '../engine/decisions.ts';
import { townNames } from '../engine/towns.ts';
import type { LocalizedText } from '../scenario/schema.ts';
import { fingerprint } from './fingerprint.ts';
import { wrongFigures } from './figureChecks.ts';
import type { Difference, Verification, VerificationStatus } from './verifyResult.ts';

export interface TeamSourceFile {
  /** stable id of the imported file */
  id: number;
  fileName: string;
  verification?: Verification;
}

export interface TeamMember {
  id: number;
  fileName: string;
  learner: string;
  status: Exclude<VerificationStatus, 'invalid'>;
  scenarioName: LocalizedText;
  scenarioFingerprint: string;
  seed: number;
  ticks: number;
  points: number;
  maxPoints: number;
  turnover: number;
  netMargin: number;
  /**
   * share of customers kept over a year at the game's pace, from the replay (replayFigures.ts), as
   * in the class table: not the last period's rate the file records (99 % a week is 60 % a year).
   * null for another model's file (its replay is not the learner's game) or a verification made before it existed
   */
  retention: number | null;
  actionCount: number;
  /** the claimed figures the replay contradicts (refuted files only; figureChecks.ts) */
  wrong: Difference[];
  /** the places of the member's shop by index (engine/towns.ts townNames: an online shop's cities), to name a target's towns */
  towns: readonly string[];
}

export interface TeamPeriod {
  tick: number;
  /** one list per member, in the members' order */
  actions: Action[][];
}

export interface TeamView {
  /** the name shown (as typed in the first file, or by the teacher) */
  name: string;
  /** 'file' = grouped by the team name in the files; 'teacher' = ticked together */
  origin: 'file' | 'teacher';
  members: TeamMember[];
  /** periods where at least one member decided something, ascending */
  periods: TeamPeriod[];
  /**
   * how many learners the members are: one learner's two files (a hand-in and a retouched copy, an
   * older hand-in) are two members but one learner (same name, folded as team names are); a file
   * without a name counts as one
   */
  learnerCount: number;
  /** members did not all play the same scenario (edits included) and seed: compare with care */
  mixed: boolean;
  /** period unit of the first member's scenario, to name the periods */
  tickUnit: 'week' | 'month';
}

/** Same team name: spaces trimmed and squeezed, case and accents ignored. */
export function teamKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function memberOf(f: TeamSourceFile): TeamMember | null {
  const v = f.verification;
  if (!v || v.status === 'invalid') return null;
  const { file } = v;
  return {
    id: f.id,
    fileName: f.fileName,
    learner: file.learner,
    status: v.status,
    scenarioName: file.scenario.name,
    scenarioFingerprint: fingerprint(file.scenario),
    seed: file.seed,
    ticks: file.ticks,
    points: file.summary.objectivePoints,
    maxPoints: file.summary.objectiveMaxPoints,
    turnover: file.summary.cumulativeTurnover,
    netMargin: file.summary.cumulativeNetMargin,
    retention: v.status === 'otherModel' ? null : (v.replayed?.yearlyRetention ?? null),
    actionCount: file.decisions.reduce((n, d) => n + d.actions.length, 0),
    wrong: wrongFigures(v),
    towns: townNames(file.scenario),
  };
}

/** One team from some files (invalid or unverified files are left out); null when no member is left. */
export function buildTeam(name: string, origin: TeamView['origin'], files: readonly TeamSourceFile[]): TeamView | null {
  const pairs = files.flatMap((f) => {
    const m = memberOf(f);
    return m && f.verification && f.verification.status !== 'invalid'
      ? [{ member: m, decisions: f.verification.file.decisions, tickUnit: f.verification.file.scenario.tickUnit }]
      : [];
  });
  if (pairs.length === 0) return null;
  const ticks = [...new Set(pairs.flatMap((p) => p.decisions.filter((d) => d.actions.length > 0).map((d) => d.tick)))].sort((a, b) => a - b);
  const periods = ticks.map((tick) => ({ tick, actions: pairs.map((p) => p.decisions.find((d) => d.tick === tick)?.actions ?? []) }));
  const members = pairs.map((p) => p.member);
  const first = members[0];
  const mixed = members.some((m) => m.scenarioFingerprint !== first.scenarioFingerprint || m.seed !== first.seed);
  const tickUnit = pairs[0].tickUnit;
  const named = new Set(members.map((m) => teamKey(m.learner)).filter((key) => key !== ''));
  const learnerCount = named.size + members.filter((m) => teamKey(m.learner) === '').length;
  return { name, origin, members, periods, mixed, tickUnit, learnerCount };
}

/** The teams named in the files themselves (only names shared by at least one file), in order of first appearance. */
export function teamsFromFiles(files: readonly TeamSourceFile[]): TeamView[] {
  const groups = new Map<string, { name: string; files: TeamSourceFile[] }>();
  for (const f of files) {
    const v = f.verification;
    if (!v || v.status === 'invalid' || !v.file.team) continue;
    const key = teamKey(v.file.team);
    if (key === '') continue;
    const g = groups.get(key) ?? { name: v.file.team.trim(), files: [] };
    g.files.push(f);
    groups.set(key, g);
  }
  return [...groups.values()].flatMap((g) => buildTeam(g.name, 'file', g.files) ?? []);
}
