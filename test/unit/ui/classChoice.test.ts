import { describe, expect, it } from 'vitest';
import { cardChoices } from '../../../src/ui/home/classChoice.ts';
import { shippedScenarioList } from '../app/testServices.ts';

const scenarios = shippedScenarioList();

describe('home cards under a class link', () => {
  it('name the locked tools on every card, never the hidden ones', () => {
    const cards = cardChoices(scenarios, { shop: 'sport-et-cimes', lock: ['enquete', 'financier', 'acquisition'], hide: ['acquisition', 'customisation'] });
    expect(cards[0]).toMatchObject({ chosen: true, locked: ['enquete', 'financier'] });
    expect(cards.every((c) => c.locked.join() === 'enquete,financier')).toBe(true);
    // what no card's objective may count on: locked and hidden tools alike (ScenarioCard, QA teacher F14)
    expect(cards[0].closed).toEqual(['enquete', 'financier', 'acquisition', 'customisation']);
  });

  it('no link, or a link without locks: nothing locked', () => {
    expect(cardChoices(scenarios, null).every((c) => c.locked.length === 0 && !c.chosen)).toBe(true);
    expect(cardChoices(scenarios, { shop: 'sport-et-cimes' })[0].locked).toEqual([]);
  });
});
