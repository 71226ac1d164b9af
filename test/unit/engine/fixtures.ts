/**
 * Small valid scenarios for engine tests, built in code (no dependency on scenarios/*.json):
 * a weekly shop of 2,000 customers with BG/NBD parameters of the CDNOW order of magnitude.
 */
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../src/scenario/schema.ts';

export function baseScenarioInput(): ScenarioInput {
  return {
    formatVersion: 1,
    id: 'test-shop',
    name: { fr: 'Boutique de test' },
    description: { fr: 'Scénario de test du moteur' },
    sector: 'test',
    difficulty: 1,
    tickUnit: 'week',
    durationTicks: 104,
    startDate: '2026-01-05',
    defaultSeed: 1,
    budget: { initial: 1_000_000, perTick: 0 },
    economics: {
      marginRate: 0.5,
      productTypes: [
        {
          id: 'courant',
          label: { fr: 'Courant' },
          share: 0.8,
          basketFactor: 1,
        },
        {
          id: 'premium',
          label: { fr: 'Premium' },
          share: 0.2,
          basketFactor: 2,
        },
      ],
    },
    customers: {
      initial: 2000,
      prospectPool: 20_000,
      motiveMix: {
        securite: 1,
        orgueil: 1,
        nouveaute: 1,
        confort: 1,
        argent: 1,
        sympathie: 1,
      },
      purchaseRate: { r: 0.8, alpha: 4 },
      dropout: { a: 0.8, b: 6 },
      spend: { p: 6, q: 4, v: 15 },
      initialSatisfaction: { mean: 0.7, sd: 0.1 },
      historyTicks: 26,
      loyaltyCardShare: 0.2,
    },
    service: {
      incidentRate: 0.03,
      complaintPropensity: 0.2,
      performance: 0.72,
    },
    competitors: [],
    events: [],
    objectives: [
      {
        id: 'o1',
        label: { fr: 'Garder les clients' },
        metric: 'retentionRate',
        comparator: '>=',
        target: 0.9,
      },
    ],
  };
}

/** A validated test scenario; `patch` edits the input before validation. */
export function testScenario(patch?: (s: ScenarioInput) => void): Scenario {
  const input = baseScenarioInput();
  patch?.(input);
  return scenarioSchema.parse(input);
}
