/**
 * The customers' towns (identity.ts draws one per customer, by index), on their own so the page can
 * name a customer's town (customers screen, targets, decision texts) without loading the identity
 * generator and the engine's random streams and arithmetic that it needs.
 */
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
