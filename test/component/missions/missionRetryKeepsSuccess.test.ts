/**
 * « Recommencer la mission » on a mission already succeeded (QA qa18 F9): the path still says it was
 * succeeded, with the new attempt in progress, and so does a reload (the progress read again from the
 * browser's storage); the stored record stays « reussie ».
 */
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import MissionsScreen from '../../../src/ui/missions/MissionsScreen.svelte';
import MissionBanner from '../../../src/ui/missions/MissionBanner.svelte';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import { parseProgress } from '../../../src/missions/progress.ts';
import { memoryProgressStorage } from '../../fixtures/memoryProgressStorage.ts';
import { answerMissionOne, missionTab } from '../../fixtures/missionTab.ts';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

configure({ asyncUtilTimeout: 10_000 });

const SHOP = 'boulangerie-du-marche';

async function setup(storage = memoryProgressStorage(), store: RunStore = memoryRunStore()) {
  const settings = new ClassSettings();
  const tab = await missionTab({ store, storage, teacherAccess: () => settings.access });
  return { ...tab, settings };
}

describe('a succeeded mission started again', () => {
  beforeEach(async () => {
    await setLocale('fr');
    window.location.hash = '';
  });

  it('stays « Réussie » on the path, with the new attempt said in progress, also after a reload', async () => {
    const user = userEvent.setup();
    const { session, storage, store, missions, settings, stop } = await setup();
    render(MissionsScreen, { missions, settings, session, focus: SHOP, base: 'https://ecole.example/' });
    render(MissionBanner, { missions, session });
    await answerMissionOne(user, session);
    const debrief = await screen.findByRole('article', { name: /Bilan de la mission 1/ });
    const path = screen.getByRole('navigation', { name: /Parcours de missions/ });
    expect(within(path).getByRole('button', { name: /^Voir la mission 1 / })).toHaveTextContent(/· Réussie$/);

    await user.click(within(debrief).getByRole('button', { name: 'Recommencer la mission' }));
    await user.click(within(debrief).getByRole('button', { name: 'Recommencer quand même' }));
    await waitFor(() => expect(missions.status?.outcome).toBe('enCours'));
    const step = () => within(screen.getByRole('navigation', { name: /Parcours de missions/ })).getByRole('button', { name: /^Voir la mission 1 / });
    await waitFor(() => expect(step().textContent).toContain(frenchText`Réussie · nouvel essai en cours`));
    expect(step().closest('li')).toHaveAttribute('data-status', 'reussieAgain');
    // mission 2 stays open: it was unlocked by the success
    expect(within(path).getByRole('button', { name: /^Voir la mission 2 / })).toHaveTextContent('À faire');
    expect(parseProgress(storage.text).done[SHOP]['lire-la-base'].outcome).toBe('reussie');
    stop();
    cleanup();

    // the page is reloaded: the progress is read again from the storage, the run resumed
    const again = await setup(storage, store);
    await again.session.resume(parseProgress(storage.text).active!.runId);
    render(MissionsScreen, { missions: again.missions, settings: again.settings, session: again.session, focus: SHOP, base: 'https://ecole.example/' });
    await waitFor(() => expect(step().textContent).toContain(frenchText`Réussie · nouvel essai en cours`));
    await setLocale('en');
    await waitFor(() => expect(within(screen.getByRole('navigation')).getByRole('button', { name: /^Show mission 1 / })).toHaveTextContent('Succeeded · new attempt in progress'));
    again.stop();
  });

  it('asks before leaving the succeeded game, names the new one « essai 2 », and the succeeded game opened again still hands in its success (QA qa19 F4)', async () => {
    const user = userEvent.setup();
    const { session, storage, missions, settings, stop } = await setup();
    render(MissionsScreen, { missions, settings, session, focus: SHOP, base: 'https://ecole.example/' });
    render(MissionBanner, { missions, session });
    await user.click(screen.getByRole('button', { name: 'Commencer la mission 1' }));
    const banner = await screen.findByTestId('mission-banner');
    const firstRun = session.runId!;
    const firstName = session.runName;
    expect(firstName).toMatch(/ — Mission 1 \(\d+\)$/);
    const { count } = await session.selectTarget({ segments: ['futurNonClient'] }, 0);
    await user.type(within(banner).getByRole('textbox', { name: /Nombre de clients du segment/ }), String(count));
    await user.click(within(banner).getByRole('button', { name: 'Valider la réponse' }));
    const debrief = await screen.findByRole('article', { name: /Bilan de la mission 1/ });

    // « Recommencer la mission » asks first, « Annuler » focused; cancelled, nothing started
    await user.click(within(debrief).getByRole('button', { name: 'Recommencer la mission' }));
    const question = within(debrief).getByRole('group', { name: /Vous avez réussi cette mission/ });
    expect(question).toHaveTextContent(/Rendre mon travail.{1,3}rendra la nouvelle partie et non celle-ci/);
    expect(within(question).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Annuler' }));
    expect(session.runId).toBe(firstRun);
    expect(within(debrief).getByRole('button', { name: 'Recommencer la mission' })).toHaveFocus();
    await user.click(within(debrief).getByRole('button', { name: 'Recommencer la mission' }));
    await user.keyboard('{Escape}');
    expect(within(debrief).queryByRole('group')).toBeNull();

    // confirmed: a new game, named in words, not « … (1907) 2 »
    await user.click(within(debrief).getByRole('button', { name: 'Recommencer la mission' }));
    await user.click(within(debrief).getByRole('button', { name: 'Recommencer quand même' }));
    await waitFor(() => expect(session.runId).not.toBe(firstRun));
    expect(session.runName).toBe(firstName.replace(' — Mission 1 (', ' — Mission 1, essai 2 ('));
    expect(missions.status?.outcome).toBe('enCours');

    // the succeeded game, opened again from the saved games, still plays the mission: its bilan and hand-in carry the success
    expect(await session.resume(firstRun)).toBe(true);
    expect(missions.active?.index).toBe(0);
    expect(missions.status?.outcome).toBe('reussie');
    expect(session.handedMissions()).toMatchObject({ current: 1, attempted: [{ number: 1, outcome: 'reussie', answer: count }] });
    expect(await screen.findByRole('article', { name: /Bilan de la mission 1/ })).toBeInTheDocument();
    // recorded once: opening it again counts no new attempt
    expect(parseProgress(storage.text).done[SHOP]['lire-la-base'].attempts).toBe(1);
    stop();
  });
});
