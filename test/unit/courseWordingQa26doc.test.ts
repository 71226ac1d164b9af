/**
 * The texts a teacher or student reads say what the engine does (QA qa26doc, the code unchanged):
 * - m2: purchases.ts compares satisfaction with the scenario's starting mean (ctx.satisfactionRef), not today's mean.
 * - m3: customers.ts doubles only a campaign recruit's BG/NBD dropout p; its other departure risks are everyone's.
 * - m8: customisation has no sign-up step: members are enrolled at launch, the offer acts at once, the barrier builds.
 */
import { describe, expect, it } from 'vitest';
import { translate as raw, type Locale } from '../../src/i18n/translate.ts';
import { plainSpaces } from '../../src/i18n/frenchSpacing.ts';
import { buildContext } from '../../src/engine/context.ts';
import { competitorStep } from '../../src/engine/competitors.ts';
import { cloneState, createSimulation } from '../../src/engine/index.ts';
import { purchaseMean } from '../../src/engine/purchases.ts';
import { NO_TICK } from '../../src/engine/state.ts';
import { fixtureScenario } from '../fixtures/scenario.ts';

const translate = (locale: Locale, key: string, values?: Record<string, string>) => plainSpaces(raw(locale, key, values));

describe('glass box and strategy texts say what the engine does', () => {
  it('the purchase rule measures satisfaction from the shop’s starting satisfaction (m2)', () => {
    expect(translate('fr', 'glassBox.rule.purchases')).toContain('écart à la satisfaction de départ du magasin');
    expect(translate('fr', 'glassBox.rule.purchases')).not.toContain('satisfaction moyenne');
    expect(translate('en', 'glassBox.rule.purchases')).toContain('gap to the shop’s starting satisfaction');
  });

  it('the engine does what that sentence says: a customer at the starting satisfaction buys at his own rate, whatever today’s mean (m2, review16 m10)', () => {
    const scenario = fixtureScenario();
    const state = cloneState(createSimulation(scenario, { seed: 7 }));
    const c = state.customers;
    const i = c.lostTick.findIndex((lost) => lost === NO_TICK);
    // everyone far below the start but customer i, at the scenario's starting mean: today's mean is not the start's
    c.satisfaction.fill(0.2);
    c.satisfaction[i] = scenario.customers.initialSatisfaction.mean;
    const ctx = buildContext(state, scenario, false, competitorStep(state, scenario, false));
    const ownRate = c.lambda[i] * ctx.rateMultiplier;
    expect(purchaseMean(ctx, i)).toBeCloseTo(ownRate, 12);
    // above the start, more; below, less
    c.satisfaction[i] += 0.1;
    expect(purchaseMean(ctx, i)).toBeGreaterThan(ownRate);
    c.satisfaction[i] -= 0.2;
    expect(purchaseMean(ctx, i)).toBeLessThan(ownRate);
  });

  it('paid-campaign recruits have a base departure risk × the factor, not « leave N times faster » (m3)', () => {
    const fr = translate('fr', 'glassBox.rule.acquisition', { factor: '2' });
    expect(fr).toContain('les autres ont un risque de départ de base ×2 (l’abandon après un achat ; leurs autres risques restent ceux de toute la clientèle');
    expect(fr).not.toMatch(/fois plus vite/);
    const en = translate('en', 'glassBox.rule.acquisition', { factor: '2' });
    expect(en).toContain('the others have a base departure risk ×2 (dropping out after a purchase; their other risks stay those of every customer');
    expect(en).not.toMatch(/times faster/);
  });

  it('customisation’s delay: enrolled at launch, acting at once, no sign-up wait (m8)', () => {
    expect(translate('fr', 'strategies.customisation.delay', { theTick: 'le mois' })).toMatch(/inscrits au lancement .* dès le mois du lancement/);
    expect(translate('fr', 'strategies.customisation.delay')).not.toMatch(/adhéré/);
    expect(translate('en', 'strategies.customisation.delay', { tick: 'week' })).toMatch(/enrolled at launch .* from the first week/);
    expect(translate('en', 'strategies.customisation.delay')).not.toMatch(/signed up/);
  });
});
