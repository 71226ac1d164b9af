/** Team pooling: files grouped by their team name or by the teacher, results side by side, who decided what at each period. */
import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import { resultFileSchema, type ResultFile } from '../../../src/results/resultFileSchema.ts';
import { buildTeam, teamKey, teamsFromFiles, type TeamSourceFile } from '../../../src/results/teamView.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function file(learner: string, team: string | undefined, decisions: DecisionsLog, seed = 3): ResultFile {
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks: 4, decisions });
  return buildResultFile({ learner, team, scenario, seed, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
}

const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
const coupon: DecisionsLog = [{ tick: 2, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1 }] }];
const confirmed = (id: number, f: ResultFile): TeamSourceFile => ({ id, fileName: `${f.learner}.json`, verification: { status: 'confirmed', file: f, warnings: [] } });

describe('team view', () => {
  it('a file carries an optional team name; files without one (older ones) stay valid', () => {
    const withTeam = file('Anna', '  Les Lynx ', club);
    expect(withTeam.team).toBe('Les Lynx');
    expect(resultFileSchema.safeParse(JSON.parse(JSON.stringify(withTeam))).success).toBe(true);
    const old = file('Bruno', undefined, []);
    expect('team' in old).toBe(false);
    expect(resultFileSchema.safeParse(JSON.parse(JSON.stringify(old))).success).toBe(true);
    expect(file('Chloé', '   ', []).team).toBeUndefined();
  });

  it('groups files by team name (case, accents and spaces ignored) and leaves out invalid files and files without a team', () => {
    expect(teamKey(' Les  Écureuils ')).toBe(teamKey('les ecureuils'));
    const files: TeamSourceFile[] = [
      confirmed(1, file('Anna', 'Les Lynx', club)),
      confirmed(2, file('Bruno', 'Les Écureuils', [])),
      confirmed(3, file('Chloé', 'les lynx', coupon)),
      confirmed(4, file('Dan', undefined, [])),
      { id: 5, fileName: 'cassé.json', verification: { status: 'invalid', errors: ['pas du JSON'] } },
      { id: 6, fileName: 'en-cours.json' },
    ];
    const teams = teamsFromFiles(files);
    expect(teams.map((t) => [t.name, t.members.map((m) => m.learner)])).toEqual([
      ['Les Lynx', ['Anna', 'Chloé']],
      ['Les Écureuils', ['Bruno']],
    ]);
    expect(teams[0].origin).toBe('file');
    expect(teams[0].mixed).toBe(false);
  });

  it('shows who decided what at each period, members side by side', () => {
    const team = buildTeam('Équipe 1', 'teacher', [confirmed(1, file('Anna', undefined, club)), confirmed(2, file('Bruno', undefined, coupon))])!;
    expect(team.periods.map((p) => p.tick)).toEqual([0, 2]);
    expect(team.periods[0].actions.map((a) => a.map((x) => x.type))).toEqual([['lienSocial'], []]);
    expect(team.periods[1].actions.map((a) => a.map((x) => x.type))).toEqual([[], ['financier']]);
    expect(team.members.map((m) => m.actionCount)).toEqual([1, 1]);
    const anna = team.members[0];
    const annaFile = (confirmed(1, file('Anna', undefined, club)).verification as { file: ResultFile }).file;
    expect(anna.turnover).toBe(annaFile.summary.cumulativeTurnover);
    expect(anna.points).toBe(annaFile.summary.objectivePoints);
  });

  it('gives each member the replay’s retention over a year, as the class table does, not the last period’s rate the file records', () => {
    const anna = file('Anna', undefined, club);
    const yearly = 0.779;
    const withReplay: TeamSourceFile = { id: 1, fileName: 'anna.json', verification: { status: 'confirmed', file: anna, warnings: [], replayed: { yearlyRetention: yearly } } };
    const older: TeamSourceFile = { id: 2, fileName: 'bruno.json', verification: { status: 'otherModel', file: file('Bruno', undefined, []), differences: [], warnings: [], replayed: { yearlyRetention: 0.5 } } };
    const before: TeamSourceFile = { id: 3, fileName: 'chloe.json', verification: { status: 'confirmed', file: file('Chloé', undefined, []), warnings: [] } };
    const team = buildTeam('Équipe', 'teacher', [withReplay, older, before])!;
    expect(anna.summary.retentionRate).not.toBe(yearly);
    // another model's replay is not the learner's game; a verification made before the figure existed has none
    expect(team.members.map((m) => m.retention)).toEqual([yearly, null, null]);
  });

  it('warns when members did not play the same scenario and seed', () => {
    const team = buildTeam('Mixte', 'teacher', [confirmed(1, file('Anna', undefined, [])), confirmed(2, file('Bruno', undefined, [], 4))])!;
    expect(team.mixed).toBe(true);
    expect(buildTeam('Vide', 'teacher', [{ id: 9, fileName: 'x.json', verification: { status: 'invalid', errors: [] } }])).toBeNull();
  });
});
