/**
 * A mission's progress counts in the shop's unit, as its objective (« jouez 4 semaines »): the banner's « 0 / 4 périodes »
 * beside it read as another thing to a student (QA qa28class55 F5). Weeks at the bakery, months at the optician.
 */
import { configure, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import MissionBanner from '../../../src/ui/missions/MissionBanner.svelte';
import MissionsScreen from '../../../src/ui/missions/MissionsScreen.svelte';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { missionTab } from '../../fixtures/missionTab.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('a mission’s progress in the shop’s unit', () => {
  beforeEach(async () => {
    await setLocale('fr');
    window.location.hash = '';
  });

  it.each([
    ['boulangerie-du-marche', /^1 \/ 4 semaines$/, /1 \/ 4 semaines jouées\./],
    ['optique-lumiere', /^1 \/ \d+ mois$/, /1 \/ \d+ mois joués\./],
  ])('%s', async (shop, banner, card) => {
    const { session, missions, stop } = await missionTab();
    expect(await missions.start(shop, 1, { name: 'Léa', seed: 42 })).toBe(true);
    session.useAccess(() => missions.access);
    await session.advance(1);
    render(MissionBanner, { missions, session });
    expect(within(screen.getByTestId('mission-banner')).getByText(banner)).toBeInTheDocument();
    render(MissionsScreen, { missions, settings: new ClassSettings(), session, focus: shop, base: 'https://ecole.example/' });
    const status = (await screen.findAllByRole('status')).find((el) => el.classList.contains('in-progress'))!;
    expect(status).toHaveTextContent(card);
    expect(status).not.toHaveTextContent('périodes jouées');
    stop();
  });
});
