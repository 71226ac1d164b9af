/**
 * QA qa29self M-1, a student revising alone: a mission's bilan says what the mission's actions changed against the same
 * seed played as long with no action (the game's Bilan's comparison, played by the engine here as the session does), and
 * why a few weeks rarely show a loyalty action pay; once the path is done, it offers the shop's whole game.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { playShippedMission, renderMissionDebrief } from '../../fixtures/missionDebrief.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { noActionGap } from '../../../src/results/noActionGame.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import * as engine from '../../../src/engine/index.ts';
import MissionsScreen from '../../../src/ui/missions/MissionsScreen.svelte';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { missionTab } from '../../fixtures/missionTab.ts';
import { noActionPeriods } from '../../../src/results/noActionGame.ts';
import { formatSigned, formatSignedMoney } from '../../../src/app/format.ts';

const CLUB: ActionInput = { type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon', 'bon'] } };
const SIX: ActionInput[] = [
  { type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['tresBon'] } },
  { type: 'acquisition', channel: 'parrainage', budget: 500 },
];
const log = (actions: ActionInput[]): DecisionsLog => [{ tick: 0, actions: actions.map((a) => actionSchema.parse(a)) }];

/** Mission 4 of the bakery played with a club, and its difference from the no-action game as the session computes it. */
async function clubMission() {
  const decisions = log([CLUB]);
  const played = await playShippedMission({ shop: 'boulangerie-du-marche', index: 3, decisions });
  const gap = await noActionGap(played.kpis, null, async () => engine.modelFingerprint(), engineReplayer(engine), played.scenario, 42);
  return { decisions, gap };
}

describe('mission bilan: what the actions changed, and the next step (QA qa29self M-1)', () => {
  beforeEach(() => setLocale('fr'));

  it('says the difference from a game with no action, with why a few weeks rarely show the payback', async () => {
    const { decisions, gap } = await clubMission();
    // the club costs at once: over six weeks the margin is below the no-action game's
    expect(gap.netMargin).toBeLessThan(0);
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 3, decisions, noAction: gap });
    const line = screen.getByTestId('mission-no-action');
    const margin = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(Math.round(Math.abs(gap.netMargin)));
    expect(line).toHaveTextContent('Par rapport à une partie sans aucune action (même graine, même durée) : marge nette');
    expect(line.textContent!.replace(/\s/g, ' ')).toContain(`−${margin}`.replace(/\s/g, ' '));
    expect(line).toHaveTextContent('Quelques semaines montrent donc rarement ce qu’elle rapporte.');
    expect(screen.getByRole('link', { name: /^Pourquoi fidéliser\s?\?$/u })).toHaveAttribute('href', '#/glossary/pourquoiFideliser');
  });

  it('at a shop played by the month, says « quelques mois », not « quelques semaines » (QA qa30missions m5)', async () => {
    await renderMissionDebrief({ shop: 'optique-lumiere', index: 3, decisions: log([CLUB]), noAction: { netMargin: -100, activeCustomers: 2 } });
    const line = screen.getByTestId('mission-no-action');
    expect(line).toHaveTextContent('Quelques mois montrent donc rarement ce qu’elle rapporte.');
    expect(line).not.toHaveTextContent(/semaines/);
  });

  it('the missions screen gives the mission’s bilan the session’s replay with no action', async () => {
    const { session, missions, stop } = await missionTab();
    expect(await missions.start('boulangerie-du-marche', 3, { name: 'Léa', seed: 7 })).toBe(true);
    session.useAccess(() => missions.access);
    expect(session.add(CLUB)).toBe(true);
    await session.advance(6);
    expect(missions.status?.outcome).not.toBe('enCours');
    // the same mission game with no decision, played here by the engine
    const none = engine.runSimulation(session.scenario!, { seed: 7, ticks: session.kpis.length, decisions: [] });
    const played = noActionPeriods(session.kpis).at(-1)!;
    const base = noActionPeriods(none.reports.map((r) => r.kpis)).at(-1)!;
    render(MissionsScreen, { missions, settings: new ClassSettings(), session, focus: 'boulangerie-du-marche', base: 'https://ecole.example/' });
    const line = await screen.findByTestId('mission-no-action');
    expect(line).toHaveTextContent(
      `marge nette ${formatSignedMoney('fr', played.netMargin - base.netMargin)}, clients actifs ${formatSigned('fr', played.activeCustomers - base.activeCustomers)}.`.replace(/\s+/gu, ' '),
    );
    stop();
  });

  it('the path done: the shop’s whole game is offered and started by its button', async () => {
    const onfreeplay = vi.fn();
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 5, decisions: log(SIX), onfreeplay });
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('Parcours terminé');
    expect(article).toHaveTextContent('Jouez maintenant la partie complète de ce commerce (52 semaines) pour voir ce que vos actions rapportent sur la durée.');
    await fireEvent.click(screen.getByRole('button', { name: 'Jouer la partie complète' }));
    expect(onfreeplay).toHaveBeenCalledOnce();
  });
});
