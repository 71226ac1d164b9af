/**
 * Mission 5 with its personalisation stopped the period after its launch, during its set-up: it never acted, the budget
 * stayed above the target, and the mission said « réussie ». It now fails (ObjectiveCheck.keepRunning): the mission card
 * says it while it can be mended (another one kept), the dashboard and the Bilan « Valeur atteinte, programme arrêté trop
 * tôt » with why, their score « Points de l’objectif : 1 sur 1 (mission non réussie) », and the mission's bilan the reason
 * right under « Mission non réussie ».
 */
import { configure, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import MissionsScreen from '../../../src/ui/missions/MissionsScreen.svelte';
import ObjectivesPanel from '../../../src/ui/dashboard/ObjectivesPanel.svelte';
import DebriefObjectives from '../../../src/ui/debrief/sections/DebriefObjectives.svelte';
import { gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { evaluateObjectives } from '../../../src/engine/objectives.ts';
import { attemptOf, parseProgress } from '../../../src/missions/progress.ts';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { missionTab } from '../../fixtures/missionTab.ts';
import { renderMissionBilan } from '../../fixtures/missionBilans.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';

configure({ asyncUtilTimeout: 10_000 });

const SHOP = 'boulangerie-du-marche';
const STOPPED = /Programme «\sPersonnalisation\s» arrêté la semaine 2, pendant sa mise en place\s:\sil n’a rien pu produire \(il devait agir dès la semaine 7\)\./;
const LOST = /La mission demandait de le garder au moins jusqu’à ce qu’il agisse\s:\selle n’est pas réussie\./;

/** Mission 5: a loyalty card and a personalised reminder in week 1, the reminder stopped in week 2. */
async function stoppedAtOnce() {
  const tab = await missionTab();
  const { session, missions, storage } = tab;
  expect(await missions.start(SHOP, 4, { name: 'Léa', seed: 42 })).toBe(true);
  // the rule is recorded when the mission starts
  expect(attemptOf(parseProgress(storage.read()), session.runId!)?.keepRunning).toBe(true);
  // and, since GRADING_RULES 7, that its programme must act within the game
  expect(attemptOf(parseProgress(storage.read()), session.runId!)?.keepRunningActs).toBe(true);
  session.useAccess(() => missions.access);
  const target = { segments: ['tresBon', 'bon'] as ('tresBon' | 'bon')[], limit: 300 };
  expect(session.add({ type: 'collecteDonnees', instrument: 'carteFidelite', target })).toBe(true);
  expect(session.add({ type: 'personnalisation', instrument: 'relancePersonnalisee', target })).toBe(true);
  await session.advance(1);
  const id = session.kpis.at(-1)!.programmes.find((p) => p.type === 'personnalisation')!.id;
  expect(session.add({ type: 'arreterProgramme', programmeId: id })).toBe(true);
  await session.advance(1);
  return tab;
}

describe('mission 5: the personalisation stopped during its set-up', () => {
  beforeEach(async () => {
    await setLocale('fr');
    window.location.hash = '';
  });

  it('is said on the mission card while another one can still be launched and kept', async () => {
    const { session, missions, stop } = await stoppedAtOnce();
    expect(missions.status).toMatchObject({ outcome: 'enCours', setupStop: { type: 'personnalisation', tick: 1, effectTick: 6 } });
    const cards = render(MissionsScreen, { missions, settings: new ClassSettings(), session, focus: SHOP, base: 'https://ecole.example/' });
    const status = (await screen.findAllByRole('status')).find((el) => el.classList.contains('in-progress'))!;
    expect(status).toHaveTextContent(STOPPED);
    expect(status).toHaveTextContent(/La mission demande d’en garder un au moins jusqu’à ce qu’il agisse\s:\sen relancer un et le garder\./);
    cards.unmount();
    stop();
  });

  it('fails the mission: the dashboard, the Bilan and the mission bilan say why, the score says the mission failed', async () => {
    const { session, missions, stop } = await stoppedAtOnce();
    await session.advance(missions.active!.mission.durationTicks - 2);
    expect(session.finished).toBe(true);
    expect(missions.status).toMatchObject({ outcome: 'echouee', objective: { state: 'atteint' }, missingTools: [], budgetStop: null, setupStop: { tick: 1 } });
    // the hand-in says its run played under the rule, so the class view's replay applies it
    expect(session.handedMissions()?.attempted.find((m) => m.number === 5)).toMatchObject({ outcome: 'echouee', keepRunning: true });

    const statuses = evaluateObjectives(session.scenario!, session.kpis);
    const panel = render(ObjectivesPanel, { statuses, tickUnit: 'week', shownObjective: missions.shownObjective });
    const item = panel.container.querySelector('li')!;
    expect(item.querySelector('.state')).toHaveTextContent('Valeur atteinte, programme arrêté trop tôt');
    expect(item).toHaveTextContent(STOPPED);
    expect(item).toHaveTextContent(LOST);
    // « Points gagnés : 1 sur 1 » read as a success: the Bilan's words (QA qa30missions m7)
    expect(panel.container.querySelector('.score')).toHaveTextContent(/^Points de l’objectif\s:\s1 sur 1 \(mission non réussie\)$/);
    panel.unmount();

    const table = render(DebriefObjectives, { objectives: gradeObjectives(session.scenario!, session.kpis), format: debriefFormat('fr', 'week'), shownObjective: missions.shownObjective });
    const row = table.container.querySelector('tbody tr')!;
    expect(row).toHaveTextContent(/Valeur atteinte, programme arrêté trop tôt/);
    expect(row).toHaveTextContent(STOPPED);
    await loadLocale('en');
    await setLocale('en');
    await waitFor(() =>
      expect(row).toHaveTextContent(
        '“Personalisation” programme stopped in week 2, during its set-up: it could not produce anything (it was to act from week 7). The mission asked for it to be kept at least until it acts, so it is not passed.',
      ),
    );
    table.unmount();
    await setLocale('fr');

    const article = renderMissionBilan(session, missions, 42);
    const failure = article.querySelector('.result')!;
    expect(failure).toHaveTextContent(/^Mission non réussie\.$/);
    // the reason right under « Mission non réussie »
    expect(failure.nextElementSibling).toHaveAttribute('data-testid', 'mission-setup-stop');
    expect(failure.nextElementSibling).toHaveTextContent(STOPPED);
    expect(failure.nextElementSibling).toHaveTextContent(LOST);
    expect(article).toHaveTextContent(/ni que la personnalisation soit arrêtée pendant sa mise en place/);
    stop();
  });

  it('kept to the end: the mission is passed, nothing said of a stop', async () => {
    const tab = await missionTab();
    const { session, missions, stop } = tab;
    expect(await missions.start(SHOP, 4, { name: 'Léa', seed: 42 })).toBe(true);
    session.useAccess(() => missions.access);
    const target = { segments: ['tresBon', 'bon'] as ('tresBon' | 'bon')[], limit: 300 };
    expect(session.add({ type: 'collecteDonnees', instrument: 'carteFidelite', target })).toBe(true);
    expect(session.add({ type: 'personnalisation', instrument: 'relancePersonnalisee', target })).toBe(true);
    await session.advance(missions.active!.mission.durationTicks);
    expect(missions.status).toMatchObject({ outcome: 'reussie', setupStop: null });
    const article = renderMissionBilan(session, missions, 42);
    expect(article).not.toHaveTextContent('il n’a rien pu produire');
    expect(article.querySelector('[data-testid="mission-setup-stop"]')).toBeNull();
    const panel = render(ObjectivesPanel, { statuses: evaluateObjectives(session.scenario!, session.kpis), tickUnit: 'week', shownObjective: missions.shownObjective });
    expect(panel.container.querySelector('.score')).toHaveTextContent(/^Points gagnés\s:\s1 sur 1$/);
    stop();
  });
});
