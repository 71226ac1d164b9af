/**
 * Missions 4 to 6 ask for a reserve at the end (« gardez au moins 1 000 € de budget au bout de 8 semaines »). A
 * made-to-measure offer for every very good and good customer, stopped for lack of budget in its fifth week, let the budget
 * recover to 1 708 € and passed mission 6 with « réussie, mais… ». They now keep their programmes (ObjectiveCheck
 * keepProgrammes): the attempt records the rule when the mission starts, the card says the stop when it happens, the
 * mission bilan gives it as the failure's reason and states the clause, the dashboard's and the Bilan's label does not
 * (the engine grades it « Atteint »), and the hand-in says the run played under the rule.
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import MissionsScreen from '../../../src/ui/missions/MissionsScreen.svelte';
import { attemptOf, parseProgress } from '../../../src/missions/progress.ts';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { missionTab } from '../../fixtures/missionTab.ts';
import { renderGameBilan, renderMissionBilan } from '../../fixtures/missionBilans.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('mission 6: a made-to-measure offer the budget stopped', () => {
  beforeEach(async () => {
    await setLocale('fr');
    window.location.hash = '';
  });

  it('fails though the budget ends above the reserve: the card says it when it happens, the bilan gives it as the reason', async () => {
    const { session, missions, storage, stop } = await missionTab({ fullShops: true });
    expect(await missions.start('boulangerie-du-marche', 5, { name: 'Léa', seed: 7 })).toBe(true);
    // the rule is recorded when the mission starts
    expect(attemptOf(parseProgress(storage.read()), session.runId!)?.keepProgrammes).toBe(true);
    session.useAccess(() => missions.access);
    expect(session.add({ type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['tresBon', 'bon'] } })).toBe(true);
    expect(session.add({ type: 'acquisition', channel: 'flyers', budget: 500 })).toBe(true);
    await session.advance(5);
    expect(missions.status).toMatchObject({ outcome: 'enCours', budgetStop: { tick: 4 } });
    const cards = render(MissionsScreen, { missions, settings: new ClassSettings(), session, focus: 'boulangerie-du-marche', base: 'https://ecole.example/' });
    const status = (await screen.findAllByRole('status')).find((el) => el.classList.contains('in-progress'))!;
    expect(status).toHaveTextContent(/a été arrêté faute de budget la semaine 5\s:\sl’objectif demandait un budget qui puisse le payer, cette mission ne peut plus être réussie\./);
    await loadLocale('en', 'missions');
    await setLocale('en');
    await waitFor(() => expect(status).toHaveTextContent(/was stopped for lack of budget in week 5: the objective asked for a budget that could pay for it, so this mission can no longer be passed\./));
    await setLocale('fr');
    cards.unmount();

    await session.advance(3);
    expect(session.finished).toBe(true);
    expect(session.kpis.at(-1)!.budgetLeft).toBeGreaterThan(1000);
    expect(missions.status).toMatchObject({ outcome: 'echouee', objective: { state: 'atteint' }, missingTools: [], budgetStop: { tick: 4 } });
    expect(missions.progress.done['boulangerie-du-marche']?.['customisation-et-conquete']?.outcome).toBe('echouee');
    // the hand-in says its run played under the rule, so the class view's replay applies it
    expect(session.handedMissions()?.attempted.find((m) => m.number === 6)).toMatchObject({ outcome: 'echouee', keepProgrammes: true });

    const article = renderMissionBilan(session, missions, 7);
    expect(article).toHaveTextContent(/Objectif\s:\s.*gardez au moins 1\s\d{3}\s€ de budget au bout de 8 semaines, sans qu’aucun de vos programmes ne soit arrêté faute de budget\./);
    expect(article).toHaveTextContent(/Mission non réussie\./);
    expect(article).toHaveTextContent(/le budget ne pouvait plus le payer, ce que l’objectif ne permettait pas/);
    expect(article).not.toHaveTextContent(/Mission réussie, mais/);

    // the Bilan grades the engine's label, its figure met, but says the stop that lost the mission (QA qa28en M3), not « Atteint »
    const bilan = renderGameBilan(session, missions);
    const rows = within(bilan).getAllByRole('row');
    const stopped = rows.filter((row) => /Valeur atteinte, programme arrêté/.test(row.textContent!));
    expect(stopped.length).toBeGreaterThan(0);
    for (const row of stopped) expect(row).toHaveTextContent(/arrêté faute de budget la semaine 5\s:\sla mission demandait de pouvoir le payer jusqu’au bout, elle n’est pas réussie\./);
    expect(rows.filter((row) => /\bAtteint\b/.test(row.textContent!))).toEqual([]);
    stop();
  });

  // review15 F1: with the budget also under the reserve at the end, « c'est cet arrêt, pas votre gestion, qui a gardé le
  // budget au-dessus de la cible » contradicted the value given just below it
  it('ends under the reserve as well: the bilan says the stop without claiming it kept the budget above the target', async () => {
    const { session, missions, stop } = await missionTab({ fullShops: true });
    expect(await missions.start('boulangerie-du-marche', 5, { name: 'Léa', seed: 7 })).toBe(true);
    session.useAccess(() => missions.access);
    expect(session.add({ type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['tresBon', 'bon'] } })).toBe(true);
    expect(session.add({ type: 'acquisition', channel: 'flyers', budget: 1000 })).toBe(true);
    await session.advance(7);
    // a second campaign in the last week spends what the stop had let the budget win back
    expect(session.add({ type: 'acquisition', channel: 'flyers', budget: 2000 })).toBe(true);
    await session.advance(1);
    expect(session.finished).toBe(true);
    expect(session.kpis.at(-1)!.budgetLeft).toBeLessThan(1000);
    expect(missions.status).toMatchObject({ outcome: 'echouee', objective: { state: 'manque' }, budgetStop: { tick: 3 } });

    const article = renderMissionBilan(session, missions, 7);
    expect(article).toHaveTextContent(/Mission non réussie\./);
    expect(article).toHaveTextContent(
      /a été arrêté faute de budget la semaine 4\s:\sl’objectif demandait de pouvoir le payer jusqu’au bout, et ses membres n’ont plus eu l’avantage promis\./,
    );
    expect(article).not.toHaveTextContent(/au-dessus de la cible/);
    expect(article).toHaveTextContent(/Valeur atteinte\s:\s390\s€/);
    await loadLocale('en', 'missions');
    await setLocale('en');
    await waitFor(() =>
      expect(article).toHaveTextContent(
        /was stopped for lack of budget in week 4: the objective asked for a budget that could pay for it to the end, and its members lost the advantage they were promised\./,
      ),
    );
    expect(article).not.toHaveTextContent(/above the target/);
    await setLocale('fr');
    stop();
  });
});
