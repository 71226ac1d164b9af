/**
 * A competitor's name, like the scenario's other texts, may be written in both languages (QA
 * teacher #16: « Au Pain Doré (chaîne) copied your financial advantage » in the English UI); a plain
 * name, as older files write it, stays valid and reads the same in both.
 */
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/scenario/schema.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { feedText } from '../../../src/ui/dashboard/feedText.ts';
import { fixtureScenarioInput } from '../../fixtures/scenario.ts';

const imitated = (competitor: string | { fr: string; en?: string }) => ({ kind: 'imitated' as const, tick: 6, programmeId: 'p1', instrument: 'coupon', competitor });

describe('competitor names', () => {
  it('accepts a plain name and a name in French and English', () => {
    expect(scenarioSchema.safeParse(fixtureScenarioInput).success).toBe(true);
    const both = { ...fixtureScenarioInput, competitors: [{ ...fixtureScenarioInput.competitors![0], name: { fr: 'Mode Rivale', en: 'Rival Fashion' } }] };
    expect(scenarioSchema.parse(both).competitors[0].name).toEqual({ fr: 'Mode Rivale', en: 'Rival Fashion' });
    const empty = { ...fixtureScenarioInput, competitors: [{ ...fixtureScenarioInput.competitors![0], name: { fr: '' } }] };
    expect(scenarioSchema.safeParse(empty).success).toBe(false);
  });

  it('writes the name in the learner’s language in the event feed', () => {
    const name = { fr: 'Au Pain Doré (chaîne)', en: 'Au Pain Doré (chain)' };
    expect(feedText('en', imitated(name))).toMatch(/^Au Pain Doré \(chain\) copies your financial advantage/);
    expect(feedText('fr', imitated(name))).toMatch(/^Au Pain Doré \(chaîne\) imite votre avantage financier/);
    expect(feedText('en', imitated('Mode Rivale'))).toMatch(/^Mode Rivale copies/);
  });

  it('names every shipped competitor in both languages', () => {
    const names = shippedScenarios().scenarios.flatMap((s) => s.scenario.competitors.map((c) => c.name));
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) expect(name).toMatchObject({ fr: expect.any(String), en: expect.any(String) });
  });
});
