/**
 * The departure cause « Réclamation mal traitée » (QA expert F26): the customer file said « sa
 * réclamation n’a pas été traitée, ou trop tard », but service.ts sets that cause only for a complaint
 * left unresolved (by the policy, or for want of budget) by a customer who leaves in that same period;
 * a complaint resolved, even slowly, never gives it. The engine is checked, then the text that says so.
 */
import { describe, expect, it } from 'vitest';
import { customerEvents, runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { DEPARTURE_CAUSES } from '../../../src/engine/vocabulary.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { testScenario } from './fixtures.ts';

const COMPLAINT_CAUSE = DEPARTURE_CAUSES.indexOf('reclamationMalTraitee');

describe('departure cause « réclamation mal traitée »', () => {
  // many incidents and complaints, handled by the standard policy: some resolved (slowly or fast), some not
  const sc = testScenario((s) => {
    s.service = { ...s.service, incidentRate: 0.3, complaintPropensity: 0.8 };
  });
  const standard = decisionsLogSchema.parse([{ tick: 0, actions: [{ type: 'politiqueReclamations', level: 'standard' }] }]);

  it('is given only to a customer whose complaint was not resolved, in the period he left', () => {
    const { state } = runSimulation(sc, { seed: 11, ticks: 12, decisions: standard });
    const c = state.customers;
    let withCause = 0;
    let resolvedThenLeft = 0;
    for (let i = 0; i < state.n; i++) {
      const events = customerEvents(state, i);
      const lost = c.lostTick[i];
      const sameTick = events.filter((e) => e.tick === lost).map((e) => e.type);
      if (c.cause[i] === COMPLAINT_CAUSE) {
        withCause++;
        expect(sameTick).toContain('reclamationNonTraitee');
      } else if (sameTick.includes('depart') && (sameTick.includes('reclamationTraitee') || sameTick.includes('reclamationTraiteeRapidement')))
        resolvedThenLeft++;
    }
    expect(withCause).toBeGreaterThan(0);
    // a resolved complaint's author may still leave, under another cause
    expect(resolvedThenLeft).toBeGreaterThan(0);
  });

  it('the customer file says exactly that, in both languages', () => {
    const fr = translate('fr', 'vocabulary.causeExplanation.reclamationMalTraitee');
    expect(fr).not.toMatch(/trop tard/);
    expect(fr).toMatch(/n’a pas été résolue/);
    expect(fr).toMatch(/budget/);
    const en = translate('en', 'vocabulary.causeExplanation.reclamationMalTraitee');
    expect(en).toMatch(/was not resolved/);
  });

  // « il est parti dans la même période » in a weekly or monthly shop: said without the time step
  it.each([
    ['fr', 'Après un incident de service, il s’est plaint et sa réclamation n’a pas été résolue', 'il est parti dans la foulée.'],
    ['en', 'After a service incident they complained and the complaint was not resolved', 'they left right away.'],
  ] as const)('says when they left without « période » (%s)', (lang, start, said) => {
    const text = translate(lang, 'vocabulary.causeExplanation.reclamationMalTraitee');
    expect(text.startsWith(start)).toBe(true);
    expect(text.endsWith(said)).toBe(true);
    expect(text).not.toMatch(/période|period/);
  });
});
