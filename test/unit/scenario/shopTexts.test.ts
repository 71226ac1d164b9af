/**
 * The shipped cards' texts, one language at a time (src/scenario/shippedShops.ts, shippedBuild.ts): the first
 * screen carries the cards without their words, each language's texts come with that language's first-screen
 * strings, and a shop played gets its texts in the language not fetched yet, so that its scenario (and the run
 * that keeps it) has both. This file does not import the editor's list (scenario/shipped.ts), which fills both.
 */
import { describe, expect, it } from 'vitest';
import { parseShippedFolder, shippedModules } from '../../../src/scenario/shippedBuild.ts';
import { loadShopTexts, shippedShops } from '../../../src/scenario/shippedShops.ts';
import { scenarioOf } from '../../../src/scenario/shopCard.ts';

const parsed = parseShippedFolder('scenarios');
const words = (texts: { fr: string; en?: string }[]) => texts.flatMap((text) => [text.fr, text.en ?? text.fr]);
const cardWords = parsed.flatMap(({ scenario }) => words([scenario.name, scenario.description, ...scenario.objectives.map((o) => o.label)]));

describe('the shipped cards’ texts, one language at a time', () => {
  it('the cards’ module holds none of their words; each language’s module holds that language only', () => {
    const modules = shippedModules(parsed);
    expect(cardWords.filter((w) => modules.shops.includes(JSON.stringify(w).slice(1, -1)))).toEqual([]);
    for (const { scenario } of parsed) {
      expect(modules.texts('fr')).toContain(JSON.stringify(scenario.name.fr));
      expect(modules.texts('fr')).not.toContain(JSON.stringify(scenario.name.en));
      expect(modules.texts('en')).toContain(JSON.stringify(scenario.name.en));
      expect(modules.texts('en')).not.toContain(JSON.stringify(scenario.description.fr));
      expect(modules.texts(`en/${scenario.id}`)).toContain(JSON.stringify(scenario.description.en));
    }
    expect(modules.texts('de')).toBeUndefined();
    expect(modules.texts('en/pas-un-commerce')).toBeUndefined();
  });

  it('an English learner’s cards get English only; the shop played has its French too, the scenario the build parsed', async () => {
    const [bakery, ...others] = shippedShops();
    expect(bakery.name).toEqual({ fr: null, en: null });
    await loadShopTexts('en');
    expect(bakery.name).toEqual({ fr: null, en: parsed[0].scenario.name.en });
    expect(bakery.objectives.map((o) => o.label.en)).toEqual(parsed[0].scenario.objectives.map((o) => o.label.en));
    expect(bakery.objectives.map((o) => o.label.fr)).toEqual(parsed[0].scenario.objectives.map(() => null));
    const scenario = await scenarioOf(bakery);
    expect(JSON.stringify(scenario)).toBe(JSON.stringify(parsed[0].scenario));
    // the other cards still have no French: only the shop played fetched it
    expect(others.map((shop) => shop.description.fr)).toEqual(others.map(() => null));
    await loadShopTexts('fr');
    expect(others.map((shop) => shop.description)).toEqual(parsed.slice(1).map(({ scenario }) => scenario.description));
    for (const [i, shop] of shippedShops().entries()) expect(JSON.stringify(await scenarioOf(shop))).toBe(JSON.stringify(parsed[i].scenario));
  });
});
