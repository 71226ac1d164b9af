/**
 * Mission 2 « sans que le budget marketing passe sous 1 000 € » and the engine's budget stop: a 15 % coupon for
 * everyone, stopped for lack of budget after its first week, kept the budget at 2 337 € or more and passed, while
 * an 8 % one that ran the four weeks dipped to 971 € and failed: the check rewarded a programme the budget could not
 * pay. A programme the budget stops now fails a mission that keeps its programmes (ObjectiveCheck.keepProgrammes): mission 2
 * and, since, missions 4 to 6 (an end reserve that a programme stopped early let recover).
 */
import { describe, expect, it } from 'vitest';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { evaluateMission } from '../../../src/missions/evaluate.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import type { Mission } from '../../../src/missions/schema.ts';
import { shippedScenarioList } from '../app/testServices.ts';
import { classCheck, shippedMissionFile } from '../../fixtures/shippedMissionFile.ts';

async function played(shop: string, seed: number, action: ActionInput, rule?: (m: Mission) => Mission) {
  const path = (await loadShippedMissionPaths()).find((p) => p.scenario === shop)!;
  const base = shippedScenarioList().find((s) => s.id === shop)!;
  const mission = rule ? rule(path.missions[1]) : path.missions[1];
  const scenario = missionScenario(base, mission, 1);
  const decisions: DecisionsLog = [{ tick: 0, actions: [actionSchema.parse(action)] }];
  const kpis = runSimulation(scenario, { seed, ticks: scenario.durationTicks, decisions }).reports.map((r) => r.kpis);
  return { status: evaluateMission(mission, scenario, kpis, decisions), kpis };
}

const coupon = (discountRate: number): ActionInput => ({ type: 'financier', instrument: 'coupon', discountRate, target: {} });

describe('mission 2 and a programme the budget stops', () => {
  it('every shop’s mission 2 keeps its programmes, and missions 4 to 6 too (a reserve at the end: missions.test.ts)', async () => {
    for (const path of await loadShippedMissionPaths()) {
      for (const i of [1, 3, 4, 5]) {
        const m = path.missions[i];
        expect(m.check.kind === 'objective' && m.check.keepProgrammes, `${path.scenario} ${m.id}`).toBe(true);
      }
    }
  });

  it('a coupon the budget stopped after a week fails, though the budget never went under 1 000 €', async () => {
    const { status, kpis } = await played('boulangerie-du-marche', 7, coupon(0.15));
    expect(Math.min(...kpis.map((k) => k.budgetLeft))).toBeGreaterThan(1000);
    expect(status.objective?.state).toBe('atteint');
    expect(status.budgetStop).toEqual({ id: '0:0', tick: 1 });
    expect(status.outcome).toBe('echouee');
  });

  it('known before the end: the status names the stop while the mission is still played', async () => {
    const { status } = await played('boulangerie-du-marche', 7, coupon(0.15));
    const path = (await loadShippedMissionPaths()).find((p) => p.scenario === 'boulangerie-du-marche')!;
    const base = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
    const scenario = missionScenario(base, path.missions[1], 1);
    const decisions: DecisionsLog = [{ tick: 0, actions: [actionSchema.parse(coupon(0.15))] }];
    const twoWeeks = runSimulation(scenario, { seed: 7, ticks: 2, decisions }).reports.map((r) => r.kpis);
    const midway = evaluateMission(path.missions[1], scenario, twoWeeks, decisions);
    expect(midway.outcome).toBe('enCours');
    expect(midway.budgetStop).toEqual(status.budgetStop);
  });

  it('a coupon the budget could pay the four weeks, within the floor, passes; one under the floor fails as before', async () => {
    const small = await played('boulangerie-du-marche', 7, coupon(0.05));
    expect(small.status.budgetStop).toBeNull();
    expect(small.status.outcome).toBe('reussie');
    const dipped = await played('boulangerie-du-marche', 7, coupon(0.08));
    expect(dipped.status.budgetStop).toBeNull();
    expect(dipped.status.outcome).toBe('echouee');
  });

  it('a mission that does not keep its programmes (a path without the rule) passes with the stop, as before', async () => {
    const { status } = await played('boulangerie-du-marche', 7, coupon(0.15), (m) => ({ ...m, check: { ...m.check, keepProgrammes: undefined } }) as Mission);
    expect(status.budgetStop).toBeNull();
    expect(status.outcome).toBe('reussie');
  });
});

describe('the class view and a mission 2 file whose programme the budget stopped', () => {
  /**
   * Mission 2's run with `action`, handed in as passed (edited by hand, or from a run started before the rule:
   * `keepsProgrammes` false), then checked by the class view.
   */
  async function handedAsPassed(action: ActionInput | ActionInput[], keepsProgrammes = true, index = 1) {
    const shop = 'boulangerie-du-marche';
    const decisions: DecisionsLog = [{ tick: 0, actions: [action].flat().map((a) => actionSchema.parse(a)) }];
    const { path, file } = await shippedMissionFile(shop, index, decisions, { rules: { keepsProgrammes } });
    const { verification, row } = await classCheck(file, shop, path);
    return { verification, mission: row.missions?.attempted.find((m) => m.number === index + 1) };
  }

  it('does not confirm the success the file claims: the replay shows the stop', async () => {
    const { verification, mission: mission2 } = await handedAsPassed(coupon(0.15));
    expect(verification.status, JSON.stringify(verification.status === 'refuted' ? verification.differences : null)).toBe('confirmed');
    expect(verification.status !== 'invalid' && verification.replayed?.budgetStop).toEqual({ id: '0:0', tick: 1 });
    expect(mission2).toMatchObject({ outcome: 'reussie', check: 'replayNotConfirmed', why: 'budgetStop' });
  });

  it('confirms it when the budget paid the programme to the end', async () => {
    const { mission: mission2 } = await handedAsPassed(coupon(0.05));
    expect(mission2).toMatchObject({ check: 'replayConfirmed', why: 'confirmed' });
  });

  it('keeps declared and counted, never confirmed, the success of a file that does not say its run played under the rule (started before it, or edited): its outcome under the rule of the day (review20 M1)', async () => {
    const { mission: mission2 } = await handedAsPassed(coupon(0.15), false);
    expect(mission2).toMatchObject({ outcome: 'reussie', check: 'declared', why: 'budgetStopBeforeRule' });
    // without a stop, such a file is confirmed as before
    const { mission: paid } = await handedAsPassed(coupon(0.05), false);
    expect(paid).toMatchObject({ check: 'replayConfirmed', why: 'confirmed' });
  });

  // missions 4 to 6 (an end reserve): a made-to-measure offer for every good customer, stopped by the budget in week 5, let
  // the budget recover above the reserve by week 8 and passed mission 6 before it kept its programmes
  const offerForAll: ActionInput[] = [
    { type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['tresBon', 'bon'] } },
    { type: 'acquisition', channel: 'flyers', budget: 500 },
  ];
  const contract: ActionInput[] = [
    { type: 'customisation', instrument: 'contrat', target: { segments: ['tresBon', 'bon'], limit: 300 } },
    { type: 'acquisition', channel: 'flyers', budget: 800 },
  ];

  it('mission 6: does not confirm a success with a programme the budget stopped, confirms one the budget paid', async () => {
    const { verification, mission: mission6 } = await handedAsPassed(offerForAll, true, 5);
    expect(verification.status).toBe('confirmed');
    expect(verification.status !== 'invalid' && verification.replayed?.budgetStop).toEqual({ id: '0:0', tick: 4 });
    expect(mission6).toMatchObject({ number: 6, outcome: 'reussie', check: 'replayNotConfirmed', why: 'budgetStop' });
    const { mission: paid } = await handedAsPassed(contract, true, 5);
    expect(paid).toMatchObject({ number: 6, check: 'replayConfirmed', why: 'confirmed' });
  });

  it('mission 6: a file that does not say its run played under the rule (started before it) stays declared', async () => {
    const { mission: mission6 } = await handedAsPassed(offerForAll, false, 5);
    expect(mission6).toMatchObject({ number: 6, outcome: 'reussie', check: 'declared', why: 'budgetStopBeforeRule' });
  });
});
