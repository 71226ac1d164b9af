/**
 * The class view's Bilan of a failed mission file said « Mission non réussie » above an objectives table reading
 * « Atteint … 1 / 1 », with no reason, while the learner's own screens said « Valeur atteinte, mesurée trop tôt » (QA
 * qa30missions M1). It now grades the replay as the learner's run was graded (evaluateMission, missionShownObjective) and
 * the row's detail gives the replay's reason. Played on the real engine (sport-et-cimes, mission 3).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput } from '../../../src/engine/decisions.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassBilan from '../../../src/ui/class/ClassBilan.svelte';
import { classCheck, shippedMissionFile } from '../../fixtures/shippedMissionFile.ts';

const POLICY: ActionInput = { type: 'politiqueReclamations', level: 'rapide' };
const SURVEY: ActionInput = { type: 'enquete', instrument: 'questionnaire', sampleSize: 200 };
const SHOP = 'sport-et-cimes';

async function failedFile() {
  // the policy and the questionnaire in week 1: the figure is met, measured too early, the mission failed
  const decisions = [{ tick: 0, actions: [actionSchema.parse(POLICY), actionSchema.parse(SURVEY)] }];
  const { file, mission, path } = await shippedMissionFile(SHOP, 2, decisions, { outcome: 'echouee', rules: { measuresAfter: true }, learner: 'Alice Tôt' });
  // the premise: the figure is met, as the learner's dashboard showed it
  expect(file.summary.objectives.find((o) => o.id === mission.id)?.state).toBe('atteint');
  return { file, mission, path };
}

describe('the class view’s Bilan of a failed mission file', () => {
  afterEach(() => setLocale('fr'));

  it('says why, as the learner’s screens did: « Valeur atteinte, mesurée trop tôt », and the row’s detail the replay’s reason', async () => {
    const { file, mission, path } = await failedFile();
    const { row } = await classCheck(file, SHOP, path, 'alice.json');
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
