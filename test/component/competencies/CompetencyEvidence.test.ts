/** The debrief's competency section: each competency trained, with the decisions and results behind it. */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CompetencyEvidence from '../../../src/ui/competencies/CompetencyEvidence.svelte';
import { actionSchema } from '../../../src/engine/decisions.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import type { ShownObjective } from '../../../src/app/objectiveText.ts';

describe('competency evidence in the debrief', () => {
  const scenario = fixtureScenario();
  const kpis = makeKpiSeries(scenario.durationTicks);

  it('lists the competencies with the decisions and objective results as evidence', () => {
    const decisions = [
      { tick: 1, actions: [actionSchema.parse({ type: 'enquete', instrument: 'clientMystere', sampleSize: 20 })] },
      { tick: 3, actions: [actionSchema.parse({ type: 'financier', instrument: 'points', discountRate: 0.05, target: { segments: ['bon'] } })] },
    ];
    render(CompetencyEvidence, { scenario, kpis, decisions, reports: [] });
    const section = screen.getByRole('region', { name: 'Compétences BTS travaillées' });
    const terms = within(section).getAllByRole('term').map((t) => t.textContent?.replace(/\s+/g, ' ').trim());
    expect(terms).toContain('MCO Bloc 1 — Réaliser des études commerciales');
    expect(terms).toContain('NDRC Bloc 1 — Cibler et prospecter la clientèle');
    expect(terms).toContain('MCO Bloc 2 — Évaluer l’action commerciale');
    expect(within(section).getAllByText(/Semaine 2 : Client mystère/).length).toBeGreaterThan(0);
    expect(within(section).getAllByText(/Semaine 4 : Programme à points/).length).toBeGreaterThan(0);
    expect(within(section).getAllByText(/^Objectif « .+ » : (atteint|manqué)$/).length).toBeGreaterThan(0);
  });

  it('lists every objective, a satisfaction not measured too (QA class 14), not as « jamais mesuré » (QA phone F5: a survey too early for the objective)', () => {
    const withSatisfaction = fixtureScenario({
      objectives: [
        // a label written as a sentence: its full stop is not kept inside the quotes before the colon (QA qa28en m13)
        { id: 'actifs', label: { fr: 'Au moins 150 clients actifs.', en: 'At least 150 active customers.' }, metric: 'activeCustomers', comparator: '>=', target: 150 },
        { id: 'satisfaction', label: { fr: 'Satisfaction mesurée d’au moins 68 %', en: 'Measured satisfaction of at least 68%' }, metric: 'measuredSatisfaction', comparator: '>=', target: 0.68 },
      ],
    });
    const unsurveyed = makeKpiSeries(withSatisfaction.durationTicks, (k) => ({ ...k, satisfactionMeasured: null }));
    const decisions = [{ tick: 1, actions: [actionSchema.parse({ type: 'financier', instrument: 'points', discountRate: 0.05, target: {} })] }];
    render(CompetencyEvidence, { scenario: withSatisfaction, kpis: unsurveyed, decisions, reports: [] });
    const section = screen.getByRole('region', { name: 'Compétences BTS travaillées' });
    const evaluate = within(section).getAllByRole('term').find((t) => t.textContent!.includes('Évaluer l’action commerciale'))!.nextElementSibling as HTMLElement;
    expect(within(evaluate).getByText(/^Objectif « Au moins 150 clients actifs » : (atteint|manqué)$/)).toBeInTheDocument();
    expect(within(evaluate).getByText(/^Objectif « Satisfaction mesurée d’au moins 68 % » : manqué \(pas de mesure dans le délai demandé\)$/)).toBeInTheDocument();
  });

  it('leaves out the actions the simulation refused: they never ran (QA class F2)', () => {
    // week 1: a club (ran), a personal shopper and a tailored offer (refused: budget short)
    const decisions = [
      {
        tick: 0,
        actions: [
          actionSchema.parse({ type: 'lienSocial', instrument: 'club', target: {} }),
          actionSchema.parse({ type: 'personnalisation', instrument: 'personalShopper', target: {} }),
          actionSchema.parse({ type: 'customisation', instrument: 'offreSurMesure', target: {} }),
        ],
      },
    ];
    const reports = [{ tick: 0, rejected: [1, 2].map((actionIndex) => ({ actionIndex, reason: 'budgetInsuffisant' as const })) }];
    render(CompetencyEvidence, { scenario, kpis, decisions, reports });
    const section = screen.getByRole('region', { name: 'Compétences BTS travaillées' });
    expect(within(section).getAllByText(/Semaine 1 : Club/).length).toBeGreaterThan(0);
    expect(within(section).queryByText(/Conseiller personnel/)).toBeNull();
    expect(within(section).queryByText(/Offre sur mesure/)).toBeNull();
    // no evidence from them: personalisation's and customisation's own competencies are not listed
    const terms = within(section).getAllByRole('term').map((t) => t.textContent?.replace(/\s+/g, ' ').trim());
    expect(terms).toContain('NDRC Bloc 1 — Organiser et animer un événement commercial');
    expect(terms).not.toContain('NDRC Bloc 2 — Animer la relation client digitale');
    expect(terms).not.toContain('NDRC Bloc 1 — Négocier et accompagner la relation client');
  });

  it('says why a mission objective whose figure is met does not pass it, as the objectives’ table does, not « atteint »', () => {
    const actifs = fixtureScenario({
      objectives: [{ id: 'actifs', label: { fr: 'Au moins 150 clients actifs', en: 'At least 150 active customers' }, metric: 'activeCustomers', comparator: '>=', target: 150 }],
    });
    const many = makeKpiSeries(actifs.durationTicks, (k) => ({ ...k, activeCustomers: 1000 }));
    const decisions = [{ tick: 1, actions: [actionSchema.parse({ type: 'lienSocial', instrument: 'club', target: {} })] }];
    const label = { fr: 'Au moins 150 clients actifs', en: 'At least 150 active customers' };
    const evidenceOf = (shownObjective: ShownObjective | null) => {
      const view = render(CompetencyEvidence, { scenario: actifs, kpis: many, decisions, reports: [], shownObjective });
      const lines = within(screen.getByRole('region', { name: 'Compétences BTS travaillées' }))
        .getAllByText(/^Objectif « Au moins 150 clients actifs » : /)
        .map((l) => l.textContent!.replace(/[\u202f\u00a0]/g, ' '));
      view.unmount();
      return [...new Set(lines)];
    };
    expect(evidenceOf(null)).toEqual(['Objectif « Au moins 150 clients actifs » : atteint']);
    expect(evidenceOf({ id: 'actifs', label, wrongTarget: 'lienSocial' })).toEqual(['Objectif « Au moins 150 clients actifs » : valeur atteinte, mauvaise cible']);
    expect(evidenceOf({ id: 'actifs', label, budgetStop: { id: '1:0', tick: 2 } })).toEqual(['Objectif « Au moins 150 clients actifs » : valeur atteinte, programme arrêté']);
    expect(evidenceOf({ id: 'actifs', label, missingTools: ['enquete'] })).toEqual(['Objectif « Au moins 150 clients actifs » : valeur atteinte, outil manquant']);
  });

  it('counts the traces left out with a real plural', () => {
    const surveys = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ tick: i, actions: [actionSchema.parse({ type: 'enquete', instrument: 'clientMystere', sampleSize: 20 })] }));
    const first = render(CompetencyEvidence, { scenario, kpis, decisions: surveys(5), reports: [] });
    expect(screen.getAllByText('… et 1 autre trace').length).toBeGreaterThan(0);
    first.unmount();
    render(CompetencyEvidence, { scenario, kpis, decisions: surveys(6), reports: [] });
    expect(screen.getAllByText('… et 2 autres traces').length).toBeGreaterThan(0);
  });

  it('says there is no evidence before any decision', () => {
    render(CompetencyEvidence, { scenario, kpis, decisions: [], reports: [] });
    expect(screen.getByText(/Aucune décision prise pour l’instant/)).toBeInTheDocument();
  });
});
