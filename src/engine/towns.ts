/**
 * The customers' towns (identity.ts draws one per customer, by index), on their own so the page can
 * name a customer's town (customers screen, targets, decision texts) without loading the identity
 * generator and the engine's random streams and arithmetic that it needs.
 */
import { shopChannel, type ShopChannel } from './shopChannel.ts';

/** Towns of a fictitious catchment area (the shop's town and its neighbours). */
export const TOWNS = [
  'Centre-ville',
  'Saint-Martin',
  'Les Tilleuls',
  'Beaulieu',
  'La Gare',
  'Montreuil-le-Haut',
  'Villeneuve',
  'Bellevue',
  'Le Port',
  'Sainte-Anne',
  'Les Prés',
  'Val-Fleuri',
] as const;

/**
 * The places of an online shop's customers (scenario `channel: 'online'`): it sells nationwide, so a customer lives in a
 * city of France, not in a district of the shop's town (QA shops F7; the labels « Ville » / « commune » still fit). Same indices and weights as TOWNS (identity.ts
 * draws the index, unchanged): only the name differs, the nearest and biggest first.
 */
export const ONLINE_TOWNS = [
  'Paris',
  'Lyon',
  'Marseille',
  'Toulouse',
  'Lille',
  'Bordeaux',
  'Nantes',
  'Strasbourg',
  'Montpellier',
  'Rennes',
  'Nice',
  'Grenoble',
] as const;

/** The names of the customers' places of a shop, by index: districts and neighbouring towns in store, cities of France online. */
export function townNames(scenario: { channel?: ShopChannel; sector: string }): readonly string[] {
  return shopChannel(scenario) === 'online' ? ONLINE_TOWNS : TOWNS;
}
