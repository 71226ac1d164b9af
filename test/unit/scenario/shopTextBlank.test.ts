/**
 * A shipped text whose English is blank (`"en": " "`: the schema's min(1) accepts it, the app then shows the French,
 * src/scenario/englishText.ts) must not give an English learner an empty card: that learner never fetches the cards'
 * French (src/scenario/shippedShops.ts), so the English texts' module brings that text's French with it
 * (shippedBuild.ts cardTexts). The bakery's module, built from a copy of its file whose name has a blank English, is
 * put into the bakery's card as the browser does (fillShopTexts), then shown as the card shows it (localized). A file
 * of its own: it writes into the cards of this module graph.
 */
import { describe, expect, it } from 'vitest';
import { parseShippedFolder, shippedModules } from '../../../src/scenario/shippedBuild.ts';
import { fillShopTexts, shippedShops } from '../../../src/scenario/shippedShops.ts';
import type { ShopText } from '../../../src/scenario/shopCard.ts';
import { localized } from '../../../src/app/localized.ts';
import { frenchSpacing } from '../../../src/i18n/frenchSpacing.ts';

const [bakery] = parseShippedFolder('scenarios');

/** The texts of one card's module (`export default [...];`), as the browser imports them. */
function moduleTexts(code: string | undefined): ShopText[] {
  return JSON.parse(/^export default (.*);\n$/s.exec(code ?? '')![1]) as ShopText[];
}

describe('a shipped text with a blank English', () => {
  it('shows its French to an English learner who fetched no French', () => {
    const blank = structuredClone(bakery);
    blank.scenario.name.en = ' ';
    const texts = moduleTexts(shippedModules([blank]).texts(`en/${bakery.scenario.id}`));
    const card = shippedShops()[0];
    expect(card.name).toEqual({ fr: null, en: null });
    fillShopTexts('en', 0, texts);
    expect(localized(card.name, 'en')).toBe(frenchSpacing(bakery.scenario.name.fr));
    expect(card.name).toEqual({ fr: bakery.scenario.name.fr, en: ' ' });
    // the other texts come in English only, as before
    expect(localized(card.description, 'en')).toBe(bakery.scenario.description.en);
    expect(card.description.fr).toBeNull();
  });
});
