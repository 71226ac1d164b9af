/**
 * Keyboard focus stays on the page when a control it was on is disabled or removed (Chromium
 * drops it on the page body then; jsdom leaves it on the disabled button: both are lost places).
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PendingDecisions from '../../../src/ui/decisions/PendingDecisions.svelte';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import MissionBanner from '../../../src/ui/missions/MissionBanner.svelte';
import { MissionController } from '../../../src/missions/missionController.svelte.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { scenario, started } from '../decisions/session.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const memoryStorage = () => {
  let text: string | null = null;
  return { read: () => text, write: (t: string) => void (text = t) };
};

describe('focus kept', () => {
  it('undo keeps the focus on « Annuler la dernière décision », then on the decisions list once empty', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    expect(session.add({ type: 'politiqueReclamations', level: 'excellente' } as never)).toBe(true);
    expect(session.add({ type: 'politiqueReclamations', level: 'rapide' } as never)).toBe(true);
    render(PendingDecisions, { session, notices });
    const undo = screen.getByRole('button', { name: 'Annuler la dernière décision' });
    await user.click(undo);
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(session.pending).toHaveLength(0);
    expect(undo).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Décisions de la semaine' })).toHaveFocus());
  });

  it('advancing keeps the focus on the time button, and the end of a game leaves it on its message', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 3 });
    render(AdvanceControls, { session });
    const one = screen.getByRole('button', { name: 'Avancer d’une semaine' });
    await user.click(one);
    await waitFor(() => expect(session.tick).toBe(1));
    await waitFor(() => expect(one).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await user.click(await screen.findByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }));
    await waitFor(() => expect(session.finished).toBe(true));
    // on the message, not on the outcome line beside it (also a status: the last periods' sum)
    const finished = screen.getAllByRole('status').find((s) => s.textContent?.includes('La partie est terminée'));
    await waitFor(() => expect(finished).toHaveFocus());
  });

  it('« Lecture » then « Pause » by keyboard keep the focus on the same toggle', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 20 });
    render(AdvanceControls, { session });
    const play = screen.getByRole('button', { name: 'Lecture' });
    play.focus();
    await user.keyboard('{Enter}');
    expect(session.playing).toBe(true);
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(pause).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(session.playing).toBe(false);
    const again = screen.getByRole('button', { name: 'Lecture' });
    expect(again).toHaveFocus();
    expect(document.activeElement).toBe(again);
    await waitFor(() => expect(session.busy).toBe(false));
    expect(again).toHaveFocus();
  });

  it('the last advance of a mission leaves the focus on its result link', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    const missions = new MissionController({ session, storage: memoryStorage(), paths: await loadShippedMissionPaths(), scenarios: shippedScenarioList().map((s) => smallScenario(s, 300)) });
    const stop = missions.watch();
    expect(await missions.start('boulangerie-du-marche', 1, { name: 'mission 2' })).toBe(true);
    render(MissionBanner, { missions, session });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await user.click(await screen.findByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }));
    await waitFor(() => expect(session.finished).toBe(true));
    await waitFor(() => expect(screen.getByRole('link', { name: frenchText`Mission terminée : voir le bilan` })).toHaveFocus());
    stop();
  });

  it('the right answer to a question mission leaves the focus on its result link', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    const missions = new MissionController({ session, storage: memoryStorage(), paths: await loadShippedMissionPaths(), scenarios: shippedScenarioList().map((s) => smallScenario(s, 300)) });
    const stop = missions.watch();
    expect(await missions.start('boulangerie-du-marche', 0, { name: 'mission 1' })).toBe(true);
    render(MissionBanner, { missions, session });
    const { count } = await session.selectTarget({ segments: ['futurNonClient'] }, 0);
    const banner = screen.getByTestId('mission-banner');
    await user.type(within(banner).getByRole('textbox'), `${count}{Enter}`);
    await waitFor(() => expect(screen.getByRole('link', { name: frenchText`Mission terminée : voir le bilan` })).toHaveFocus());
    // the answer form (and its status) is gone: the link the focus lands on says the answer was right
    const right = frenchText`Bonne réponse : ${new Intl.NumberFormat('fr-FR').format(count)} clients.`;
    expect(screen.getByRole('link', { name: frenchText`Mission terminée : voir le bilan` })).toHaveAccessibleDescription(right);
    stop();
  });
});

