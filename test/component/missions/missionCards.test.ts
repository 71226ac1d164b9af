/**
 * What a mission's card and debrief say to a student: the tools really usable under a class link,
 * the objective and its value apart, the seed and mode in plain words, the full debrief link only
 * once the run's last period is played.
 */
import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import MissionBrief from '../../../src/ui/missions/MissionBrief.svelte';
import MissionDebrief from '../../../src/ui/missions/MissionDebrief.svelte';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import type { MissionStatus } from '../../../src/missions/evaluate.ts';
import { missionObjective } from '../../../src/missions/missionScenario.ts';
import type { MissionPath } from '../../../src/missions/schema.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function bakery(): Promise<{ path: MissionPath; base: ReturnType<typeof shippedScenarioList>[number] }> {
  const path = (await loadShippedMissionPaths()).find((p) => p.scenario === 'boulangerie-du-marche')!;
  const base = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
  return { path, base };
}

function objectiveStatus(path: MissionPath, index: number, value: number): MissionStatus {
  const m = path.missions[index];
  if (m.check.kind !== 'objective') throw new Error('objective mission expected');
  const objective = missionObjective(m)!;
  return {
    outcome: 'reussie',
    objective: { id: m.id, objective, value, target: m.check.target, comparator: m.check.comparator, checkTick: m.durationTicks, metNow: true, state: 'atteint', progress: 1, pointsPossible: 1, pointsEarned: 1 },
    missingTools: [],
    wrongTarget: null,
    ticks: m.durationTicks,
  };
}

describe('mission card and debrief wording', () => {
  beforeEach(() => setLocale('fr'));

  it('the card of mission 3 does not list as available a strategy the class link locked, and says the teacher locked it', async () => {
    const { path, base } = await bakery();
    render(MissionBrief, { path, index: 2, base, canStart: true, played: false, busy: false, teacher: { locked: ['financier'], hidden: [] }, onstart: () => {} });
    const tools = screen.getByText('Outils débloqués').nextElementSibling as HTMLElement;
    expect(tools).not.toHaveTextContent(/Disponibles : [^\n]*Avantage financier/);
    expect(tools).toHaveTextContent('Nouveaux : Politique de réclamations, Enquête de satisfaction');
    expect(tools).toHaveTextContent('Verrouillés par l’enseignant (lien de classe) : Avantage financier');
  });

  it('the debrief of a question mission has no link to a full debrief that cannot open yet, and says the tries and the seed plainly', async () => {
    const { path, base } = await bakery();
    const view = { path, mission: path.missions[0], index: 0, base };
    const status: MissionStatus = { outcome: 'reussie', objective: null, missingTools: [], wrongTarget: null, ticks: 0 };
    render(MissionDebrief, { view, status, decisions: [], answer: 420, tries: 1, seed: 1907, mode: 'sandbox', finished: false, onretry: () => {} });
    const debrief = screen.getByRole('article', { name: /Bilan de la mission 1/ });
    expect(within(debrief).queryByRole('link', { name: 'Bilan détaillé de la partie' })).toBeNull();
    expect(norm(debrief.textContent)).toContain('420 clients, du premier coup.');
    expect(debrief.textContent).not.toContain('essai(s)');
    expect(debrief).toHaveTextContent(
      'Graine du hasard 1907 (la même graine redonne les mêmes clients et les mêmes événements) · mode bac à sable : vous pouvez revenir en arrière et rejouer des semaines.',
    );
  });

  it('the debrief of an objective mission shows the objective, then the value reached without a stray « . : », and links the full debrief once the run is over', async () => {
    const { path, base } = await bakery();
    const index = path.missions.findIndex((m) => m.check.kind === 'objective' && m.check.metric === 'grossMargin');
    const chosen = index >= 0 ? index : 1;
    const view = { path, mission: path.missions[chosen], index: chosen, base };
    render(MissionDebrief, { view, status: objectiveStatus(path, chosen, 3722), decisions: [], answer: null, tries: 0, seed: 42, mode: 'committed', finished: true, onretry: () => {} });
    const debrief = screen.getByRole('article', { name: /Bilan de la mission/ });
    const text = norm(debrief.textContent);
    expect(text).not.toMatch(/\. :/);
    expect(within(debrief).getByText(/^Objectif : /)).toBeInTheDocument();
    expect(within(debrief).getByText(/^Budget restant le plus bas pendant la mission : .+ \(cible .+\)\.$/)).toBeInTheDocument();
    expect(within(debrief).getByRole('link', { name: 'Bilan détaillé de la partie' })).toHaveAttribute('href', '#/debrief');
    expect(debrief).toHaveTextContent('mode engagé : vos décisions sont définitives, sans retour en arrière.');
  });
});
