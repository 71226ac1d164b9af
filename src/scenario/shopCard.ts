/**
 * What the home page shows of a shop, and how a shop to play becomes a scenario. A shipped shop's
 * card (ShippedShop) holds only what its card shows (name, description, sector, difficulty, duration,
 * base size, budget, objectives, default seed): its whole scenario is a chunk of its own, loaded when
 * the shop is chosen (src/scenario/shippedBuild.ts), so the first screen does not carry the four
 * scenarios' customers, competitors and events. A shop received by link or made in the editor is
 * already a whole scenario. A run, once created, keeps its scenario in storage: resuming loads nothing.
 */
import type { Scenario } from './schema.ts';
import type { Locale } from '../i18n/translate.ts';

/** The fields a shop's home card reads (of `customers`, only the base size). */
export const SHOP_CARD_FIELDS = ['id', 'name', 'description', 'sector', 'difficulty', 'tickUnit', 'durationTicks', 'defaultSeed', 'budget', 'customers', 'objectives'] as const;

export type ShopCard = Pick<Scenario, Exclude<(typeof SHOP_CARD_FIELDS)[number], 'customers'>> & {
  customers: Pick<Scenario['customers'], 'initial'>;
};

/**
 * One of a shipped card's texts in one language; its French when it has none in that language (English is optional),
 * or its French and that language's words when these are blank (the app shows the French then).
 */
export type ShopText = string | ({ fr: string } & Partial<Record<Locale, string>>);

/** A shipped shop: its card, and its scenario on demand. */
export interface ShippedShop extends ShopCard {
  load(): Promise<Scenario>;
}

/** A shop the home page offers. */
export type HomeShop = Scenario | ShippedShop;

/** The scenario to play: a shipped shop's, loaded (once per page, by the module loader), or the shop itself. */
export function scenarioOf(shop: HomeShop): Promise<Scenario> {
  return 'load' in shop ? shop.load() : Promise.resolve(shop);
}
