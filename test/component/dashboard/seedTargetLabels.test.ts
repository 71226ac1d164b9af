/**
 * A run on another seed than the default is graded on targets adjusted to its seed (src/engine/seedTargets.ts):
 * the objectives' labels, which write their target (« au moins 152 000 € de marge nette »), say the adjusted
 * one wherever the run's objectives are shown (dashboard panel, Bilan table, competencies' evidence), the
 * line that says why kept beside it. The scenario's own number stays in that line only.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ObjectivesPanel from '../../../src/ui/dashboard/ObjectivesPanel.svelte';
import DebriefObjectives from '../../../src/ui/debrief/sections/DebriefObjectives.svelte';
import CompetencyEvidence from '../../../src/ui/competencies/CompetencyEvidence.svelte';
import { gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { evaluateObjectives } from '../../../src/engine/objectives.ts';
import { withSeedTargets, type SeedAdjustment } from '../../../src/engine/seedTargets.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import bakery from '../../../scenarios/boulangerie-du-marche.json';

const scenario = bakery as unknown as Scenario;
const seedTargets: SeedAdjustment = {
  seed: 1,
  defaultSeed: 1907,
  objectives: [
    { id: 'actifs', base: 2330, target: 2327, noAction: 2164, noActionDefault: 2167 },
    { id: 'marge', base: 152_000, target: 170_505, noAction: 161_966.3, noActionDefault: 143_461.2 },
  ],
};
const graded = withSeedTargets(scenario, seedTargets);

describe('objective labels of a run whose seed moved the targets', () => {
  afterEach(() => setLocale('fr'));

  it('the dashboard panel’s labels say the adjusted targets, the line under them says why, in French then English', async () => {
    render(ObjectivesPanel, { statuses: evaluateObjectives(graded, []), tickUnit: scenario.tickUnit, seedTargets });
    const label = (id: string) => document.querySelector(`[data-objective="${id}"] .label strong`);
    expect(label('marge')).toHaveTextContent(/^Ne pas brader : au moins 170 505 € de marge nette/);
    expect(label('actifs')).toHaveTextContent(/^Avoir au moins 2 327 clients actifs/);
    expect(screen.getByRole('progressbar', { name: /au moins 170\s505\s€ de marge nette/ })).toBeInTheDocument();
    expect(document.querySelector('[data-objective="marge"] .adjusted')).toHaveTextContent(/≥ 152 000 € → ≥ 170 505 €/);
    await loadLocale('en', 'learner');
    await setLocale('en');
    expect(await screen.findByText(/^Protect the margin, no bargain prices: at least €170,505 net margin/)).toBeInTheDocument();
    expect(label('actifs')).toHaveTextContent(/^Have at least 2,327 active customers/);
  });

  it('the Bilan’s table and the competencies’ evidence name the objectives by their adjusted targets', () => {
    render(DebriefObjectives, { objectives: gradeObjectives(graded, []), format: debriefFormat('fr', 'week'), seedTargets });
    const row = screen.getByRole('row', { name: /Ne pas brader/ });
    expect(row.querySelector('th')).toHaveTextContent(/au moins 170 505 € de marge nette/);
    expect(row).toHaveTextContent(/au lieu de ≥ 152 000 € à la graine 1907/);
    // a decision that ran, and two periods: the objectives' values are evidence
    const decisions: DecisionsLog = [{ tick: 0, actions: [actionSchema.parse({ type: 'enquete', instrument: 'questionnaire', sampleSize: 50 })] }];
    const { reports } = runSimulation(graded, { seed: 1, ticks: 2, decisions });
    render(CompetencyEvidence, { scenario: graded, kpis: reports.map((r) => r.kpis), decisions, reports, seedTargets });
    const evidence = screen.getByRole('region', { name: /Compétences/ });
    expect(evidence).toHaveTextContent(/au moins 170 505 € de marge nette/);
    expect(evidence).not.toHaveTextContent(/152 000/);
  });

  it('a run on the default seed keeps the scenario’s labels', () => {
    render(ObjectivesPanel, { statuses: evaluateObjectives(scenario, []), tickUnit: scenario.tickUnit });
    expect(document.querySelector('[data-objective="marge"] .label strong')).toHaveTextContent(/au moins 152 000 € de marge nette/);
  });
});
