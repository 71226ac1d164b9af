/**
 * A scenario's sector is free French text in the scenario file (`sector`), so the English
 * interface printed « Sector: boulangerie-patisserie ». The shipped shops' sectors map to a
 * translated name; a sector typed by a teacher in the editor is shown as written.
 */
export const SECTOR_KEYS = {
  'boulangerie-patisserie': 'bakery',
  'cosmétiques (vente en ligne)': 'cosmeticsOnline',
  optique: 'optician',
  'articles de sport': 'sport',
} as const;

export type SectorKey = (typeof SECTOR_KEYS)[keyof typeof SECTOR_KEYS];

/** The translation key of a shipped sector, or null for a sector written by a teacher. */
export function sectorKey(sector: string): SectorKey | null {
  const key = sector.trim().toLowerCase();
  return Object.hasOwn(SECTOR_KEYS, key) ? SECTOR_KEYS[key as keyof typeof SECTOR_KEYS] : null;
}
