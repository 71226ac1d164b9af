// QA self-learner finding 28: a mission's check names whom its tool is for (« sur les clients qui le méritent »),
// and a passed mission still says what the course says against the learner's choices (« réussie, mais… »).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { loadScenarioFile } from '../../../src/cli/files.ts';
import { collectMissionPaths } from '../../../src/missions/load.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { evaluateMission } from '../../../src/missions/evaluate.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { missionCaveats, segmentList } from '../../../src/ui/missions/missionCaveats.ts';

const SCENARIO_IDS = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const FILES = Object.fromEntries(readdirSync('scenarios/missions').map((f) => [f, JSON.parse(readFileSync(`scenarios/missions/${f}`, 'utf8'))]));
const { paths } = collectMissionPaths(FILES, SCENARIO_IDS);

function scenarioOf(id: string): Scenario {
  const r = loadScenarioFile(`scenarios/${id}.json`);
  if (!r.ok) throw new Error(id);
  return r.scenario;
}

function play(scenario: Scenario, actions: ActionInput[]) {
  const parsed = actions.map((a) => actionSchema.parse(a));
  const decisions: DecisionsLog = parsed.length > 0 ? [{ tick: 0, actions: parsed }] : [];
  const { reports } = runSimulation(scenario, { seed: 42, ticks: scenario.durationTicks, decisions });
  return {
    kpis: reports.map((r) => r.kpis),
    decisions,
    refusals: reports.filter((r) => r.rejected.length > 0).map((r) => ({ tick: r.tick, rejected: r.rejected })),
  };
}

const base = scenarioOf('boulangerie-du-marche');
const path = paths.find((p) => p.scenario === base.id)!;

describe('a mission whose brief names the target checks it', () => {
  it('every shipped social-bonding mission (« sur les clients qui le méritent ») asks for very good and good customers', () => {
    for (const p of paths) {
      const m = p.missions.find((x) => x.id === 'lien-social')!;
      expect(m.check.kind === 'objective' && m.check.aim).toEqual({ tool: 'lienSocial', segments: ['tresBon', 'bon'] });
    }
  });

  it('a club for the deserving customers wins; the same club for everyone or for lapsing customers does not, and says why', () => {
    const m = path.missions[3];
    const s = missionScenario(base, m, 3);
    const deserving = play(s, [{ type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon', 'bon'], limit: 300 } }]);
    expect(evaluateMission(m, s, deserving.kpis, deserving.decisions, false, deserving.refusals)).toMatchObject({ outcome: 'reussie', wrongTarget: null });
    const lapsing = play(s, [{ type: 'lienSocial', instrument: 'club', target: { segments: ['futurNonClient'], limit: 300 } }]);
    expect(lapsing.refusals).toEqual([]);
    expect(evaluateMission(m, s, lapsing.kpis, lapsing.decisions, false, lapsing.refusals)).toMatchObject({
      outcome: 'echouee',
      missingTools: [],
      wrongTarget: 'lienSocial',
    });
    const everyone = play(s, [{ type: 'lienSocial', instrument: 'club', target: { limit: 300 } }]);
    expect(evaluateMission(m, s, everyone.kpis, everyone.decisions, false, everyone.refusals)).toMatchObject({ outcome: 'echouee', wrongTarget: 'lienSocial' });
    // a teacher who locked the tool waives it, its target too
    expect(evaluateMission(m, s, lapsing.kpis, lapsing.decisions, false, lapsing.refusals, ['lienSocial']).wrongTarget).toBeNull();
  });

  it('names the segments asked for in the reader’s language', () => {
    expect(segmentList(['tresBon', 'bon'], 'fr')).toBe('Très bon client et Bon client');
    expect(segmentList(['tresBon', 'bon'], 'en')).toBe('Very good customer and Good customer');
  });
});

describe('« Mission réussie, mais… »: the Bilan’s course findings in a mission', () => {
  it('coupons on very good customers pass the financial mission, and the debrief says what the course says about it', () => {
    const m = path.missions[1];
    const s = missionScenario(base, m, 1);
    const best = play(s, [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['tresBon'] } }]);
    expect(evaluateMission(m, s, best.kpis, best.decisions, false, best.refusals).outcome).toBe('reussie');
    expect(missionCaveats(best.kpis, best.decisions).map((c) => c.key)).toContain('discountBestCustomers');
    const good = play(s, [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['bon'] } }]);
    expect(missionCaveats(good.kpis, good.decisions).map((c) => c.key)).not.toContain('discountBestCustomers');
    expect(missionCaveats(good.kpis, good.decisions).map((c) => c.key)).not.toContain('untargeted');
  });

  it('a programme for the whole customer base, a personalisation with no data collected before: said', () => {
    const m = path.missions[4];
    const s = missionScenario(base, m, 4);
    const sameTick = play(s, [
      { type: 'collecteDonnees', instrument: 'carteFidelite', target: { segments: ['futurNonClient'], limit: 20 } },
      { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { limit: 50 } },
    ]);
    const keys = missionCaveats(sameTick.kpis, sameTick.decisions).map((c) => c.key);
    expect(keys).toContain('untargeted');
    expect(keys).toContain('personalisationNoData');
    expect(missionCaveats(sameTick.kpis, sameTick.decisions).find((c) => c.key === 'untargeted')?.params).toEqual({ type: 'personnalisation' });
  });
});
