/**
 * The shipped shops as the home page gets them (src/scenario/shippedBuild.ts, shopCard.ts): cards
 * with only what a card shows, each scenario in a module of its own that gives back exactly the
 * scenario the build parsed (same values, same key order: run files and links write it as JSON).
 */
import { describe, expect, it } from 'vitest';
import { parseShippedFolder, shippedModules, SHIPPED_SCENARIO_PREFIX } from '../../../src/scenario/shippedBuild.ts';
import { shippedShops } from '../../../src/scenario/shippedShops.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { scenarioOf, SHOP_CARD_FIELDS } from '../../../src/scenario/shopCard.ts';

const parsed = parseShippedFolder('scenarios');

describe('shipped shops', () => {
  it('the cards hold only what a card shows, in the scenarios’ order', () => {
    const shops = shippedShops();
    expect(shops.map((s) => s.id)).toEqual(parsed.map((s) => s.scenario.id));
    for (const [i, shop] of shops.entries()) {
      const { scenario } = parsed[i];
      expect(Object.keys(shop).sort()).toEqual([...SHOP_CARD_FIELDS, 'load'].sort());
      expect(shop.customers).toEqual({ initial: scenario.customers.initial });
      expect(shop.objectives).toEqual(scenario.objectives);
      expect(shop.description).toEqual(scenario.description);
    }
  });

  it('a card loads its whole scenario, the one the build parsed, keys in the same order', async () => {
    for (const [i, shop] of shippedShops().entries()) {
      const scenario = await scenarioOf(shop);
      expect(scenario).toEqual(parsed[i].scenario);
      expect(JSON.stringify(scenario)).toBe(JSON.stringify(parsed[i].scenario));
    }
  });

  it('the editor’s list is the same scenarios', () => {
    expect(JSON.stringify(shippedScenarios().scenarios)).toBe(JSON.stringify(parsed));
  });

  it('a linked or local shop is already its scenario', async () => {
    const { scenario } = parsed[0];
    await expect(scenarioOf(scenario)).resolves.toBe(scenario);
  });

  it('writes the cards without the rest of a scenario, and no module for an unknown shop', () => {
    const modules = shippedModules(parsed);
    expect(modules.shops).not.toContain('economics');
    expect(modules.shops).not.toContain('competitors');
    for (const { scenario } of parsed) expect(modules.shops).toContain(JSON.stringify(SHIPPED_SCENARIO_PREFIX + scenario.id));
    expect(modules.scenario('pas-un-commerce')).toBeUndefined();
  });
});
