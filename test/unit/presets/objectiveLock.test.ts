/**
 * The student's home card says what the class link's closed tools do to the shop's objectives (QA teacher F14), by the
 * rule the teacher's link builder warns with (METRIC_NEEDS): impossible without the survey, harder without acquisition.
 */
import { describe, expect, it } from 'vitest';
import { objectiveLock } from '../../../src/ui/presets/objectiveLock.ts';
import { cardChoices } from '../../../src/ui/home/classChoice.ts';
import type { Tool } from '../../../src/missions/tools.ts';
import { shippedScenarioList } from '../app/testServices.ts';

const satisfaction = { metric: 'measuredSatisfaction' } as const;
const recruits = { metric: 'acquisitions' } as const;
const customers = { metric: 'activeCustomers' } as const;

/** the optician's card under a class link, as cardChoices builds it from « lock=… » and « hide=… » */
function link(lock: Tool[], hide: Tool[] = []) {
  return cardChoices(shippedScenarioList(), { shop: 'optique-lumiere', lock, hide })[0];
}

describe('objectiveLock: what a class link does to an objective', () => {
  it('nothing when the link closes no tool, or none the objective needs', () => {
    for (const objective of [satisfaction, recruits, customers]) {
      expect(objectiveLock(objective, link([]))).toBeNull();
      expect(objectiveLock(objective, link(['financier'], ['lienSocial']))).toBeNull();
    }
    expect(objectiveLock(customers, link(['enquete', 'acquisition']))).toBeNull();
    expect(objectiveLock(satisfaction, link(['acquisition']))).toBeNull();
    expect(objectiveLock(recruits, link(['enquete']))).toBeNull();
  });

  it('a measured satisfaction is impossible without the survey: named when locked, not when hidden', () => {
    expect(objectiveLock(satisfaction, link(['enquete']))).toEqual({ kind: 'impossible', tool: 'enquete' });
    expect(objectiveLock(satisfaction, link([], ['enquete']))).toEqual({ kind: 'impossible', tool: null });
    // locked and hidden: hidden wins, as on the card's list of locked tools
    expect(objectiveLock(satisfaction, link(['enquete'], ['enquete']))).toEqual({ kind: 'impossible', tool: null });
  });

  it('the optician’s objectives with the survey locked and acquisition hidden: one impossible, one harder', () => {
    const card = link(['enquete'], ['acquisition']);
    expect(card.scenario.id).toBe('optique-lumiere');
    expect(card.scenario.objectives.map((o) => [o.metric, objectiveLock(o, card)])).toEqual([
      ['activeCustomers', null],
      ['acquisitions', { kind: 'harder', tool: null }],
      ['measuredSatisfaction', { kind: 'impossible', tool: 'enquete' }],
      ['cumulativeNetMargin', null],
    ]);
  });

  it('a recruitment objective is harder without the acquisition campaigns: named when locked, not when hidden', () => {
    expect(objectiveLock(recruits, link(['acquisition']))).toEqual({ kind: 'harder', tool: 'acquisition' });
    expect(objectiveLock(recruits, link([], ['acquisition']))).toEqual({ kind: 'harder', tool: null });
  });
});
