/**
 * A learner who did mission 1 from the class link opens the next lesson's link for mission 2 (QA qa17 F5):
 * the link's mission is shown, mission 1's bilan and « Rendre mon travail » stay in the list; the same
 * mission-1 link reopened still lands on mission 1's bilan, and a learner who went on keeps their place.
 */
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import MissionsScreen from '../../../src/ui/missions/MissionsScreen.svelte';
import MissionBanner from '../../../src/ui/missions/MissionBanner.svelte';
import { answerMissionOne, missionTab } from '../../fixtures/missionTab.ts';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { parsePresets } from '../../../src/presets/presets.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { applyClassLink } from '../../../src/presets/applyClassLink.ts';

configure({ asyncUtilTimeout: 10_000 });

const SHOP = 'boulangerie-du-marche';
/** the mission controller's watch, stopped after each test even when an assertion failed */
let stopWatch: (() => void) | null = null;

/** The learner opens the mission-1 link, plays mission 1 to its bilan; the screen is then closed (next lesson). */
async function missionOneDone() {
  const user = userEvent.setup();
  const settings = new ClassSettings();
  const { session, missions, notices, stop } = await missionTab({ teacherAccess: () => settings.access });
  stopWatch = stop;
  const open = (link: string) => {
    cleanup();
    applyClassLink(settings, parsePresets(link, { [SHOP]: 6 }), { notices, setLocale });
    render(MissionsScreen, { missions, settings, session, classLink: true, base: 'https://ecole.example/' });
  };
  open(`?shop=${SHOP}&mission=1&seed=42&lang=fr`);
  render(MissionBanner, { missions, session });
  await answerMissionOne(user, session);
  await screen.findByRole('article', { name: /Bilan de la mission 1/ });
  return { user, missions, open };
}

describe('a class link after a mission done from the previous link', () => {
  beforeEach(async () => {
    await setLocale('fr');
    window.location.hash = '';
  });
  afterEach(() => {
    stopWatch?.();
    stopWatch = null;
  });

  it('the link for mission 2 opens mission 2’s brief; mission 1’s bilan and hand-in stay in the list', async () => {
    const { user, open } = await missionOneDone();
    open(`?shop=${SHOP}&mission=2&seed=42`);
    expect(screen.getByRole('heading', { level: 3, name: 'Mission 2 — Un avantage financier ciblé' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Commencer la mission 2' })).toBeEnabled();
    expect(screen.queryByRole('article', { name: /Bilan de la mission 1/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Rendre mon travail' })).toBeNull();

    const path = screen.getByRole('navigation', { name: /Parcours de missions/ });
    expect(within(path).getByRole('button', { name: /^Voir la mission 2 / })).toHaveAttribute('aria-current', 'step');
    await user.click(within(path).getByRole('button', { name: /^Voir la mission 1 .*Réussie$/ }));
    expect(screen.getByRole('article', { name: /Bilan de la mission 1/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Rendre mon travail' })).toBeInTheDocument();
  });

  it('the same mission-1 link reopened still lands on mission 1’s bilan', async () => {
    const { open } = await missionOneDone();
    open(`?shop=${SHOP}&mission=1&seed=42&lang=fr`);
    expect(screen.getByRole('article', { name: /Bilan de la mission 1/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Rendre mon travail' })).toBeInTheDocument();
  });

  it('a learner who went on to mission 2 from the mission-1 link keeps their place when it is reopened', async () => {
    const { user, missions, open } = await missionOneDone();
    await user.click(screen.getByRole('button', { name: frenchText`Mission suivante : Un avantage financier ciblé` }));
    await user.click(await screen.findByRole('button', { name: 'Commencer la mission 2' }));
    await waitFor(() => expect(missions.active?.index).toBe(1));
    open(`?shop=${SHOP}&mission=1&seed=42&lang=fr`);
    const path = screen.getByRole('navigation', { name: /Parcours de missions/ });
    expect(within(path).getByRole('button', { name: /^Voir la mission 2 .*En cours$/ })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { level: 3, name: 'Mission 2 — Un avantage financier ciblé' })).toBeInTheDocument();
  });
});
