/**
 * The shops shipped with the app as the home page offers them: each card with what it shows and
 * its scenario loaded on demand (src/scenario/shopCard.ts, built by shippedBuild.ts). Browser/Vite only.
 */
import shops from 'virtual:fidelis/shipped-shops';
import type { ShippedShop } from './shopCard.ts';

/** The shipped shops' cards, sorted by difficulty then id. */
export function shippedShops(): ShippedShop[] {
  return shops;
}
