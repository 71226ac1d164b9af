/**
 * Mission 3 « Réclamations et enquêtes » was passed after one « Avancer » (QA qa27missions m9): a questionnaire ordered
 * in week 1 with the complaint policy already gave the figure, so the policy had no time to act and the three weeks
 * left needed no decision. The questionnaire that counts must now come in a period after the policy
 * (ObjectiveCheck.measuredAfter), on the learner's screens and in the class view's check of a handed-in file. Played on
 * the real engine in every shop.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { evaluateMission } from '../../../src/missions/evaluate.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { shippedScenarioList } from '../app/testServices.ts';
import { missionsPassedText } from '../../../src/ui/class/missionRowText.ts';
import { classTexts, plain } from '../../fixtures/classTexts.ts';
import { classCheck, shippedMissionFile } from '../../fixtures/shippedMissionFile.ts';

const POLICY: ActionInput = { type: 'politiqueReclamations', level: 'rapide' };
const SURVEY: ActionInput = { type: 'enquete', instrument: 'questionnaire', sampleSize: 200 };
/** run after a questionnaire in the same period, it is the one measurement the engine keeps of that period (review19 m1) */
const SHOPPER: ActionInput = { type: 'enquete', instrument: 'clientMystere', sampleSize: 30 };
const SHOPS = ['boulangerie-du-marche', 'sport-et-cimes', 'cosmetiques-en-ligne', 'optique-lumiere'];

/** `plan`: the actions of each period (index = tick). */
const log = (plan: ActionInput[][]): DecisionsLog =>
  plan.flatMap((actions, tick) => (actions.length > 0 ? [{ tick, actions: actions.map((a) => actionSchema.parse(a)) }] : []));

async function mission3(shop: string) {
  const path = (await loadShippedMissionPaths()).find((p) => p.scenario === shop)!;
  const mission = path.missions[2];
  const scenario = missionScenario(shippedScenarioList().find((s) => s.id === shop)!, mission, 2);
  return { path, mission, scenario };
}

async function played(shop: string, seed: number, plan: ActionInput[][], ticks?: number, measuredAfter = true) {
  const { mission, scenario } = await mission3(shop);
  const decisions = log(plan);
  const kpis = runSimulation(scenario, { seed, ticks: ticks ?? scenario.durationTicks, decisions }).reports.map((r) => r.kpis);
  return evaluateMission(mission, scenario, kpis, decisions, false, [], [], true, measuredAfter);
}

describe('mission 3: the questionnaire that counts comes after the complaint policy', () => {
  it('every shop’s mission 3 measures after its complaint policy, and says so in its brief and objective (fr, en)', async () => {
    for (const shop of SHOPS) {
      const { mission } = await mission3(shop);
      expect(mission.check.kind === 'objective' && mission.check.measuredAfter, shop).toBe('politiqueReclamations');
      expect(mission.brief.fr, shop).toContain('Mesurez la satisfaction après avoir appliqué votre politique');
      expect(mission.brief.en, shop).toContain('Measure satisfaction after applying your policy');
      // a procedure in the shop's unit, not a claim on the policy's effect: a same-week questionnaire does measure a week of it,
      // and Standard is in force from the start (review19 m3, m4)
      const unit = shop === 'optique-lumiere' ? { fr: 'le mois', en: 'month' } : { fr: 'la semaine', en: 'week' };
      expect(mission.brief.fr, shop).toContain(`la mission demande une mesure lancée après ${unit.fr} où vous avez choisi votre politique`);
      // « a measurement run after the week in which… » read as a noun, « run » (QA qa30enTablet m5)
      expect(mission.brief.en, shop).toContain(`the mission only counts a questionnaire run in a later ${unit.en} than your complaint policy`);
      expect(mission.brief.fr, shop).not.toContain('ne dit encore rien');
      const part = mission.objectiveParts?.find((p) => p.missionOnly);
      expect(part?.fr, shop).toContain('mesurez la satisfaction après avoir appliqué votre politique');
      expect(part?.en, shop).toContain('measure satisfaction after applying your policy');
      // the engine's objective label, which runs and files keep, is unchanged
      expect(mission.objective.fr, shop).not.toContain('après avoir appliqué');
    }
  });

  for (const shop of SHOPS)
    for (const seed of [undefined, 42])
      it(`${shop}, seed ${seed ?? 'default'}: the policy in period 1 and a questionnaire in period 2 pass; both in period 1 no longer does`, async () => {
        const { scenario } = await mission3(shop);
        const s = seed ?? scenario.defaultSeed;
        const sensible = await played(shop, s, [[POLICY], [SURVEY]]);
        expect(sensible.objective?.state).toBe('atteint');
        expect(sensible).toMatchObject({ outcome: 'reussie', missingTools: [], measuredEarly: null, measuresAfter: true });
        // a questionnaire in the last period counts too
        expect((await played(shop, s, [[POLICY], [], [], [SURVEY]])).outcome).toBe('reussie');

        // the loophole: everything in period 1, then « Avancer » three times
        const rushed = await played(shop, s, [[POLICY, SURVEY]]);
        expect(rushed.objective?.state).toBe('atteint');
        expect(rushed).toMatchObject({ outcome: 'echouee', missingTools: [], measuredEarly: { tool: 'politiqueReclamations', toolTick: 0, measuredTick: 0 } });
        // said while it can still be mended: after period 1 the mission is in progress, the questionnaire too early
        const afterOne = await played(shop, s, [[POLICY, SURVEY]], 1);
        expect(afterOne).toMatchObject({ outcome: 'enCours', measuredEarly: { toolTick: 0, measuredTick: 0 } });
        // a new questionnaire later mends it
        expect((await played(shop, s, [[POLICY, SURVEY], [], [SURVEY]])).outcome).toBe('reussie');
        // a questionnaire before the policy does not count either
        expect(await played(shop, s, [[SURVEY], [POLICY]])).toMatchObject({ outcome: 'echouee', measuredEarly: { toolTick: 1, measuredTick: 0 } });
        // a questionnaire then a mystery shopper in period 2: the engine keeps the shopper's measurement, the figure is still
        // period 1's questionnaire, which does not count (review19 m1)
        const hidden = await played(shop, s, [[POLICY, SURVEY], [SURVEY, SHOPPER]]);
        expect(hidden.objective?.state).toBe('atteint');
        expect(hidden).toMatchObject({ outcome: 'echouee', measuredEarly: { toolTick: 0, measuredTick: 0 } });
        // a run started before the rule (its attempt does not record it) is graded without it, as it was
        expect(await played(shop, s, [[POLICY, SURVEY]], undefined, false)).toMatchObject({ outcome: 'reussie', measuredEarly: null, measuresAfter: false });
      });
});

describe('the class view and a mission 3 file measured in the policy’s period', () => {
  /** Mission 3's run with `plan`, handed in as passed; `measuresAfter` false: a run started before the rule. */
  async function handedAsPassed(plan: ActionInput[][], measuresAfter = true, outcome: 'reussie' | 'echouee' = 'reussie') {
    return (await handed(plan, measuresAfter, outcome)).missions?.attempted.find((m) => m.number === 3);
  }
  async function handed(plan: ActionInput[][], measuresAfter = true, outcome: 'reussie' | 'echouee' = 'reussie') {
    const shop = 'sport-et-cimes';
    const { path, file } = await shippedMissionFile(shop, 2, log(plan), { outcome, rules: { measuresAfter } });
    expect(file.missions?.attempted.find((m) => m.number === 3)?.measuredAfter).toBe(measuresAfter ? true : undefined);
    const { verification, row } = await classCheck(file, shop, path);
    expect(verification.status).toBe('confirmed');
    return row;
  }

  it('does not confirm a success measured in the policy’s own period; confirms one measured after it', async () => {
    expect(await handedAsPassed([[POLICY, SURVEY]])).toMatchObject({ outcome: 'reussie', check: 'replayNotConfirmed', why: 'measuredEarly' });
    expect(await handedAsPassed([[POLICY], [SURVEY]])).toMatchObject({ check: 'replayConfirmed', why: 'confirmed' });
    // the figure from period 1's questionnaire, a mystery shopper after period 2's: the replay's measurement decides, as on the
    // learner's screens (review19 m1)
    expect(await handedAsPassed([[POLICY, SURVEY], [SURVEY, SHOPPER]])).toMatchObject({ check: 'replayNotConfirmed', why: 'measuredEarly' });
  });

  it('keeps declared and counted, never confirmed, such a success from a run started before the rule (files handed in under grading rules 3, review20 M1)', async () => {
    expect(await handedAsPassed([[POLICY, SURVEY]], false)).toMatchObject({ outcome: 'reussie', check: 'declared', why: 'measuredEarlyBeforeRule' });
    expect((await handed([[POLICY, SURVEY]], false)).missions).toMatchObject({ passed: [3], unconfirmed: [] });
    expect(await handedAsPassed([[POLICY], [SURVEY]], false)).toMatchObject({ check: 'replayConfirmed', why: 'confirmed' });
  });

  it('gives a failure the learner’s own reason, found on the replay, not « le rejeu ne vérifie que les réussites » (QA qa30missions M1)', async () => {
    expect(await handedAsPassed([[POLICY, SURVEY]], true, 'echouee')).toMatchObject({ outcome: 'echouee', check: 'replayFailed', why: 'measuredEarly' });
    // a run started before the rule was not failed for it: the replay finds no reason, the browser's word stays
    expect(await handedAsPassed([[POLICY, SURVEY]], false, 'echouee')).toMatchObject({ outcome: 'echouee', check: 'declared', why: 'failure' });
  });

  it('does not count a success the replay did not confirm among the missions passed (QA qa30missions m3)', async () => {
    const row = await handed([[POLICY, SURVEY]]);
    expect(row.missions).toMatchObject({ passed: [], unconfirmed: [3] });
    expect(plain(missionsPassedText(classTexts('fr'), row.missions!))).toBe('Aucune mission réussie sur 6 ; réussite non confirmée par le rejeu, non comptée : n° 3');
    expect((await handed([[POLICY], [SURVEY]])).missions).toMatchObject({ passed: [3], unconfirmed: [] });
  });
});
