/**
 * A what-if branch of a mission run plays the mission too (QA tablet #6): the locks, the banner and the
 * check follow the learner to the branch, a success there counts, and « Ouvrir » on the mission's
 * own run brings its banner back with its own attempt.
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import MissionBanner from '../../../src/ui/missions/MissionBanner.svelte';
import { whatIfSession } from '../../fixtures/whatIfSession.ts';
import { MissionController } from '../../../src/missions/missionController.svelte.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { parseProgress } from '../../../src/missions/progress.ts';
import { memoryProgressStorage } from '../../fixtures/memoryProgressStorage.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';

configure({ asyncUtilTimeout: 10_000 });

async function missionTwo() {
  const { session, notices, props: screenProps } = await whatIfSession();
  const storage = memoryProgressStorage();
  const missions = new MissionController({ session, storage, paths: await loadShippedMissionPaths(), scenarios: shippedScenarioList().map((s) => smallScenario(s, 300)) });
  const stop = missions.watch();
  expect(await missions.start('boulangerie-du-marche', 1, { name: 'Léa' })).toBe(true);
  session.useAccess(() => missions.access);
  await session.advance(2);
  const props = { ...screenProps, onbranch: (parent: string, branch: string) => missions.carry(parent, branch) };
  return { session, missions, storage, stop, props, notices };
}

describe('a what-if branch of a mission run', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    ['fr' as const, 'Choisir une semaine', 'Semaine 1', frenchText`Et si… ? Rejouer la semaine 1 et la suite`, 'Rejouer à partir de la semaine 1', 'Mission 2 : Un avantage financier ciblé', frenchText`Ouvrir la chronologie « Léa »`],
    ['en' as const, 'Choose a week', 'Week 1', 'What if…? Replay from week 1', 'Replay from week 1', 'Mission 2: A targeted financial advantage', 'Open the timeline “Léa”'],
  ])('keeps the mission’s locks, banner and check, and « Ouvrir » on the run brings it back (%s)', async (lang, picker, period, replay, confirm, bannerTitle, openOriginal) => {
    await setLocale(lang);
    const user = userEvent.setup();
    const { session, missions, storage, stop, props, notices } = await missionTwo();
    const original = session.runId!;
    render(WhatIfScreen, props);
    render(MissionBanner, { missions, session });
    expect(within(await screen.findByTestId('mission-banner')).getByText(bannerTitle)).toBeInTheDocument();

    await user.selectOptions(await screen.findByRole('combobox', { name: picker }), period);
    await user.click(await screen.findByRole('button', { name: replay }));
    await user.click(await screen.findByRole('button', { name: confirm }));
    await waitFor(() => expect(notices.list.length > 0 || session.runId !== original).toBe(true));
    expect(notices.list).toEqual([]);
    await waitFor(() => expect(session.tick).toBe(0));
    // the branch plays mission 2: its locks, its banner
    expect(missions.active?.mission.id).toBe('avantage-financier');
    expect(missions.access.locked).toContain('lienSocial');
    expect(missions.access.locked).not.toContain('financier');
    expect(session.access.locked).toContain('lienSocial');
    expect(screen.getByTestId('mission-banner')).toBeInTheDocument();

    // played to its end with the financial advantage: the mission is won in the branch
    session.add({ type: 'financier', instrument: 'coupon', discountRate: 0.05, durationTicks: 4, target: {} });
    await session.advance(4);
    await waitFor(() => expect(missions.status?.outcome).toBe('reussie'));
    await waitFor(() => expect(parseProgress(storage.text).done['boulangerie-du-marche']?.['avantage-financier']).toEqual({ outcome: 'reussie', attempts: 1, at: expect.any(String) }));

    // back to the mission's own run: the banner and the locks again, its own attempt still open
    await user.click(await screen.findByRole('button', { name: openOriginal }));
    await waitFor(() => expect(session.runId).toBe(original));
    expect(missions.active?.mission.id).toBe('avantage-financier');
    expect(missions.access.locked).toContain('lienSocial');
    expect(missions.status?.outcome).toBe('enCours');
    expect(screen.getByTestId('mission-banner')).toBeInTheDocument();
    stop();
  });
});
