/**
 * The class view's Bilan of a failed mission file said « Mission non réussie » above an objectives table reading
 * « Atteint … 1 / 1 », with no reason, while the learner's own screens said « Valeur atteinte, mesurée trop tôt » (QA
 * qa30missions M1). It now grades the replay as the learner's run was graded (evaluateMission, missionShownObjective) and
 * the row's detail gives the replay's reason. Played on the real engine (sport-et-cimes, mission 3).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput } from '../../../src/engine/decisions.ts';
import { seedAdjustment } from '../../../src/engine/seedAdjustmentRun.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { handedMissions } from '../../../src/missions/handIn.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { parseProgress, recordOutcome } from '../../../src/missions/progress.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import ClassBilan from '../../../src/ui/class/ClassBilan.svelte';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const POLICY: ActionInput = { type: 'politiqueReclamations', level: 'rapide' };
const SURVEY: ActionInput = { type: 'enquete', instrument: 'questionnaire', sampleSize: 200 };
const SHOP = 'sport-et-cimes';

async function failedFile() {
  const path = (await loadShippedMissionPaths()).find((p) => p.scenario === SHOP)!;
  const mission = path.missions[2];
  const scenario = missionScenario(shippedScenarioList().find((s) => s.id === SHOP)!, mission, 2);
  // the policy and the questionnaire in week 1: the figure is met, measured too early, the mission failed
  const decisions = [{ tick: 0, actions: [actionSchema.parse(POLICY), actionSchema.parse(SURVEY)] }];
  const { state, reports } = runSimulation(scenario, { seed: 7, ticks: scenario.durationTicks, decisions });
  const progress = recordOutcome(parseProgress(null), SHOP, mission.id, 'echouee', { at: '2026-12-07T10:00:00.000Z' });
  const file = buildResultFile({
    learner: 'Alice Tôt',
    scenario,
    seed: 7,
    mode: 'committed',
    decisions,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    modelFingerprint: engine.modelFingerprint(),
    missions: handedMissions(path, progress, 2, false, true),
    seedTargets: seedAdjustment(scenario, 7),
    appVersion: '0.1.0',
  });
  // the premise: the figure is met, as the learner's dashboard showed it
  expect(file.summary.objectives.find((o) => o.id === mission.id)?.state).toBe('atteint');
  return { file, mission, path };
}

describe('the class view’s Bilan of a failed mission file', () => {
  afterEach(() => setLocale('fr'));

  it('says why, as the learner’s screens did: « Valeur atteinte, mesurée trop tôt », and the row’s detail the replay’s reason', async () => {
    const { file, mission, path } = await failedFile();
    const verification = await verifyResult(JSON.parse(exportResultFile(file).text), engineReplayer(engine));
    const [row] = compareClass([{ fileName: 'alice.json', verification }], { missionOf: (s, id) => (s === SHOP ? path.missions.find((m) => m.id === id) : undefined) });
    expect(row.missions?.attempted.find((m) => m.number === 3)).toMatchObject({ outcome: 'echouee', check: 'replayFailed', why: 'measuredEarly' });
    await loadLocale('fr', 'debrief');
    await loadLocale('fr', 'teacher');
    render(ClassBilan, { file, fileName: 'alice.json', replayer: engineReplayer(engine), onback: () => {}, missions: row.missions, missionRules: mission });
    const objective = await screen.findByRole('row', { name: /^Choisissez une politique de réclamations/ }, { timeout: 20_000 });
    expect(objective).toHaveTextContent('Valeur atteinte, mesurée trop tôt');
    expect(objective).toHaveTextContent(/questionnaire a été lancé la semaine 1/);
    expect(screen.getByText(/Vérification : échec retrouvé par le rejeu/)).toHaveTextContent(/le dernier questionnaire est de la même période que la politique de réclamations/);
    expect(screen.queryByText(/ne vérifie que les réussites/)).toBeNull();
    // the games its browser started, said as such (not « essais », the answers a question's bilan counts: QA qa30missions m6)
    expect(screen.getByText(/^\d+ parties? commencées? pour cette mission, d’après son navigateur\.$/)).toBeInTheDocument();
  });
});
