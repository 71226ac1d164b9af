/**
 * The mission bilan's « Ce que vous avez fait » named a campaign (« Acquisition (Parrainage, 500 €) ») and said nothing
 * of what it brought: its recruits, what it spent and its cost per recruit, from the engine's campaignRecruits.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import MissionDebrief from '../../../src/ui/missions/MissionDebrief.svelte';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { evaluateMission } from '../../../src/missions/evaluate.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function bilan(actions: ActionInput[], lang: 'fr' | 'en', dropRecruits = false) {
  await setLocale(lang);
  const path = (await loadShippedMissionPaths()).find((p) => p.scenario === 'boulangerie-du-marche')!;
  const base = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
  const index = path.missions.findIndex((m) => m.id === 'customisation-et-conquete');
  const mission = path.missions[index];
  const scenario = missionScenario(base, mission, index);
  const decisions: DecisionsLog = [{ tick: 1, actions: actions.map((a) => actionSchema.parse(a)) }];
  const { reports } = runSimulation(scenario, { seed: 42, ticks: scenario.durationTicks, decisions });
  // a run saved before the engine counted each campaign's recruits has none: nothing is said
  const kpis = reports.map((r) => (dropRecruits ? { ...r.kpis, campaignRecruits: undefined } : r.kpis));
  const status = evaluateMission(mission, scenario, kpis, decisions);
  render(MissionDebrief, { view: { path, mission, index, base }, status, decisions, kpis, answer: null, tries: 0, seed: 42, mode: 'committed', finished: true, onretry: () => {} });
  const week2 = kpis[1];
  return { text: plain(screen.getByRole('article').textContent!), week2 };
}

describe('mission bilan: what a campaign brought', () => {
  afterEach(() => setLocale('fr'));

  it('says the recruits of a paid campaign, what it spent and its cost per recruit', async () => {
    const { text, week2 } = await bilan([{ type: 'acquisition', channel: 'flyers', budget: 1000 }], 'fr');
    const recruits = week2.campaignRecruits!.flyers!.recruited;
    expect(recruits).toBeGreaterThan(1);
    const spent = week2.acquisitionSpendByChannel.flyers!;
    const perRecruit = (spent / recruits).toFixed(2).replace('.', ',');
    expect(text).toContain(`Semaine 2 : Recrutement (Prospectus, 1 000 €) — ${recruits} recrues pour ${spent.toLocaleString('fr-FR').replace(/\s/g, ' ')} €, soit ${perRecruit} € par recrue`);
  });

  it('a referral campaign: what it really spent (less than its budget) and its recruits, in English too', async () => {
    const { text, week2 } = await bilan([{ type: 'acquisition', channel: 'parrainage', budget: 500 }], 'en');
    const recruits = week2.campaignRecruits!.parrainage!.recruited;
    expect(recruits).toBeGreaterThan(1);
    expect(text).toMatch(new RegExp(`Week 2: Recruitment \\(Referral, €500\\) — ${recruits} recruits for €[\\d,]+, i\\.e\\. €[\\d.]+ per recruit`));
  });

  it('says nothing of it when the run did not record each campaign’s recruits', async () => {
    const { text } = await bilan([{ type: 'acquisition', channel: 'flyers', budget: 1000 }], 'fr', true);
    expect(text).toContain('Semaine 2 : Recrutement (Prospectus, 1 000 €)');
    expect(text).not.toContain('par recrue');
  });
});
