/**
 * Mission 2 while it is played: once the budget stopped the learner's coupon, its card says so and that the mission can
 * no longer be passed (ObjectiveCheck.keepProgrammes), where it showed only « budget le plus bas 2 337 € (cible ≥ 1 000 €) ».
 */
import { configure, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import MissionsScreen from '../../../src/ui/missions/MissionsScreen.svelte';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { missionTab } from '../../fixtures/missionTab.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('mission 2 in progress after the budget stopped its coupon', () => {
  beforeEach(async () => {
    await setLocale('fr');
    window.location.hash = '';
  });

  it('says the stop and that the mission can no longer be passed, in French and English', async () => {
    // the whole bakery: on a small copy the budget pays any coupon
    const { session, missions, stop } = await missionTab({ fullShops: true });
    expect(await missions.start('boulangerie-du-marche', 1, { name: 'Léa', seed: 7 })).toBe(true);
    session.useAccess(() => missions.access);
    expect(session.add({ type: 'financier', instrument: 'coupon', discountRate: 0.15, target: {} })).toBe(true);
    await session.advance(2);
    render(MissionsScreen, { missions, settings: new ClassSettings(), session, focus: 'boulangerie-du-marche', base: 'https://ecole.example/' });
    const status = (await screen.findAllByRole('status')).find((el) => el.classList.contains('in-progress'))!;
    expect(missions.status?.outcome).toBe('enCours');
    expect(status).toHaveTextContent(
      /« Avantage financier — Bons de réduction \(lancé la semaine 1\) » a été arrêté faute de budget la semaine 2\s:\sl’objectif demandait un budget qui puisse le payer, cette mission ne peut plus être réussie\./,
    );
    await loadLocale('en', 'missions');
    await setLocale('en');
    await waitFor(() => expect(status).toHaveTextContent(/was stopped for lack of budget in week 2: the objective asked for a budget that could pay for it, so this mission can no longer be passed\./));
    stop();
  });
});
