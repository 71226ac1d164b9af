/**
 * The first period's budget runway priced the complaints at 0 € (no period played, no complaint counted), so the
 * strategy form and the period card said the budget paid a programme longer than it would. Before any period, the
 * complaints are those the engine expects of the customers still there (engine/complaintForecast.ts, its service
 * rule), asked with the whole base's target, at the cost of the policy to come.
 */
import { describe, expect, it } from 'vitest';
import { complaintCostAhead, complaintCostPerPeriod } from '../../../src/app/programmesRunway.ts';
import { createSimulation, expectedComplaints, selectTarget, stepSimulation } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import { shippedScenarioList } from './testServices.ts';

describe('complaints expected in the first period', () => {
  it('the runway prices them before any period is played, at the policy to come; after, the periods played', () => {
    expect(complaintCostAhead([], { now: 12, next: 12 }, 3)).toBe(36);
    expect(complaintCostAhead([], { now: 12, next: 40 }, 3)).toBe(120);
    const played = [{ ...makeKpi(0), complaints: 2, costsByType: { politiqueReclamations: 24 } }];
    expect(complaintCostAhead(played, { now: 12, next: 12 }, 3)).toBe(complaintCostPerPeriod(played));
    expect(complaintCostAhead(played, { now: 12, next: 40 }, 3)).toBe(80);
  });

  it('as many as the engine draws in the first periods of each shipped shop (what the runway counts next), the state untouched', () => {
    for (const scenario of shippedScenarioList()) {
      let drawn = 0;
      let expected = 0;
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const state = createSimulation(scenario, { seed });
        const everyone = selectTarget(state, {});
        expected += expectedComplaints(state, scenario, everyone);
        // read-only: asking twice gives the same, and the period drawn after it is the one drawn without asking
        expect(expectedComplaints(state, scenario, everyone)).toBe(expectedComplaints(state, scenario, everyone));
        // the runway then averages the last four periods played (complaintCostPerPeriod)
        for (let t = 0; t < 4; t++) drawn += stepSimulation(state, scenario, []).kpis.complaints / 4;
      }
      expect(expected, scenario.id).toBeGreaterThan((2 / 3) * drawn);
      expect(expected, scenario.id).toBeLessThan(1.5 * drawn);
    }
  });

  it('follows the season and a wave of incidents of the period; none without incidents', () => {
    const scenario = shippedScenarioList()[0];
    const state = createSimulation(scenario, { seed: 1 });
    const everyone = selectTarget(state, {});
    const base = expectedComplaints(state, scenario, everyone);
    const at = (events: Scenario['events'], service = scenario.service) => expectedComplaints(state, { ...scenario, events, service }, everyone);
    expect(at([{ kind: 'saisonHaute', tick: 0, durationTicks: 2, intensity: 1.5 }])).toBeGreaterThan(1.4 * base);
    expect(at([{ kind: 'vagueIncidents', tick: 0, durationTicks: 1, intensity: 2 }])).toBeGreaterThan(1.9 * base);
    expect(at([{ kind: 'vagueIncidents', tick: 1, durationTicks: 1, intensity: 2 }])).toBe(base);
    expect(at([], { ...scenario.service, incidentRate: 0 })).toBe(0);
  });
});
