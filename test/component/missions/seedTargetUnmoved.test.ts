/**
 * QA qa23 F2 and F3. A seed whose no-action game gives as much as the default one leaves a mission's target where it was:
 * the brief and the bilan read « Objectif ajusté à la graine 42 : ≥ 1 000 € → ≥ 1 000 € », and the learner looked for a
 * change that was not there. Nothing is said then. And a mission measured on something the seed does not move (the
 * measured satisfaction of mission 3) was told on the dashboard that its objectives were « réglés pour une autre graine »
 * and to read a « sans aucune action » comparison its bilan does not show: said only of an objective the seed moves.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import MissionBrief from '../../../src/ui/missions/MissionBrief.svelte';
import ObjectivesPanel from '../../../src/ui/dashboard/ObjectivesPanel.svelte';
import DebriefObjectives from '../../../src/ui/debrief/sections/DebriefObjectives.svelte';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { evaluateObjectives } from '../../../src/engine/objectives.ts';
import { withSeedTargets, type SeedAdjustment } from '../../../src/engine/seedTargets.ts';
import { gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { renderMissionDebrief, shippedShop } from '../../fixtures/missionDebrief.ts';

const bakery = () => shippedShop('boulangerie-du-marche');
// mission 2: keep at least 1 000 € of budget; on seed 42 doing nothing leaves as much as on 1907
const INDEX = 1;
const unmoved: SeedAdjustment = {
  seed: 42,
  defaultSeed: 1907,
  objectives: [{ id: 'avantage-financier', base: 1000, target: 1000, noAction: 6000, noActionDefault: 6000 }],
};

describe('a target the seed leaves where it was', () => {
  afterEach(() => setLocale('fr'));

  it('the brief of the mission’s run says no adjustment, in French and English', async () => {
    const { path, base } = await bakery();
    render(MissionBrief, { path, index: INDEX, base, canStart: true, played: true, busy: false, onstart: () => {}, seedTargets: unmoved });
    expect(screen.getByText(/^Lancez un avantage financier/)).toHaveTextContent(/passe sous 1 000 €/);
    expect(screen.queryByText(/ajusté/)).toBeNull();
    await loadLocale('en', 'missions');
    await setLocale('en');
    expect(await screen.findByText(/^Launch a financial advantage/)).toHaveTextContent(/below €1,000/);
    expect(screen.queryByText(/adjusted/)).toBeNull();
  });

  it('before the run, once the engine says the seed moves nothing, the brief no longer says it will be adjusted', async () => {
    const { path, base } = await bakery();
    let answer: (adjustment: SeedAdjustment | null) => void = () => {};
    const previewTargets = () => new Promise<SeedAdjustment | null>((resolve) => (answer = resolve));
    render(MissionBrief, { path, index: INDEX, base, canStart: true, played: false, busy: false, onstart: () => {}, startSeed: 42, previewTargets });
    expect(screen.getByText(/^Ce chiffre est réglé pour la graine 1907/)).toBeInTheDocument();
    answer(unmoved);
    await expect.poll(() => screen.queryByText(/^Ce chiffre est réglé pour la graine 1907/)).toBeNull();
    expect(screen.queryByText(/ajusté/)).toBeNull();
    expect(screen.getByText(/^Lancez un avantage financier/)).toHaveTextContent(/passe sous 1 000 €/);
  });

  it('the mission’s bilan says no adjustment', async () => {
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: INDEX, decisions: [], seedTargets: unmoved });
    expect(screen.getByText(/^Budget restant le plus bas pendant la mission/)).toHaveTextContent(/\(cible ≥ 1 000 € chaque semaine\)/);
    expect(screen.queryByText(/ajusté/)).toBeNull();
  });

  it('the dashboard’s objectives and the Bilan’s say no adjustment either', async () => {
    const { path, base } = await bakery();
    const scenario = withSeedTargets(missionScenario(base, path.missions[INDEX], INDEX), unmoved);
    const statuses = evaluateObjectives(scenario, []);
    const panel = render(ObjectivesPanel, { statuses, tickUnit: scenario.tickUnit, otherSeedDefault: 1907, seedTargets: unmoved });
    expect(screen.getByText(/^Cible : ≥ 1 000 €/)).toBeInTheDocument();
    expect(screen.queryByText(/ajusté|autre graine/)).toBeNull();
    panel.unmount();
    render(DebriefObjectives, { objectives: gradeObjectives(scenario, []), format: debriefFormat('fr', 'week'), seedTargets: unmoved });
    expect(screen.getByRole('row', { name: /budget/i })).toHaveTextContent(/≥ 1 000 €/);
    expect(screen.queryByText(/ajusté|au lieu de/)).toBeNull();
  });

  it('the dashboard of a mission measured on what the seed does not move says nothing of another seed', async () => {
    const { path, base } = await bakery();
    // mission 3: a measured satisfaction, never adjusted (no adjustment stored with its run)
    const satisfaction = missionScenario(base, path.missions[2], 2);
    const panel = render(ObjectivesPanel, { statuses: evaluateObjectives(satisfaction, []), tickUnit: satisfaction.tickUnit, otherSeedDefault: 1907, seedTargets: null });
    expect(screen.getByText(/Cible : ≥ 50 %/)).toBeInTheDocument();
    expect(screen.queryByText(/autre graine|sans aucune action/)).toBeNull();
    panel.unmount();
    // mission 2's budget floor follows the seed: played on another seed without its adjustment, it is still said
    const budget = missionScenario(base, path.missions[INDEX], INDEX);
    render(ObjectivesPanel, { statuses: evaluateObjectives(budget, []), tickUnit: budget.tickUnit, otherSeedDefault: 1907, seedTargets: null });
    expect(screen.getByText(/Objectifs réglés pour une autre graine \(1907\)/)).toBeInTheDocument();
  });
});
