/**
 * The shops shipped with the app as the home page offers them: each card with what it shows and
 * its scenario loaded on demand (src/scenario/shopCard.ts, built by shippedBuild.ts). Browser/Vite only.
 * The cards come without their words: each language's texts of the four cards are fetched with that
 * language's first-screen strings (`loadShopTexts`, which locale.svelte.ts awaits before it shows the
 * language: no card in the other language, nor empty), in the same chunk (vite.config.ts). A learner
 * who never switches downloads one language. Playing a shop first fetches its texts in the languages not
 * fetched yet: its scenario, and the run that keeps it, have both.
 */
import shops from 'virtual:fidelis/shipped-shops';
import type { ShippedShop, ShopText } from './shopCard.ts';
import { LOCALES, type Locale } from '../i18n/translate.ts';
import { fetchWithLanguage } from '../i18n/locale.svelte.ts';
import { importRetrying } from '../i18n/chunkRetry.ts';

type Text = Record<string, string | null>;

/** A card's texts still without words (every language `null`), in the order of a walk through it: shippedBuild.ts cardTextPaths' order. */
function wordless(value: unknown, texts: Text[] = []): Text[] {
  if (typeof value === 'object' && value !== null) {
    const values = Object.values(value);
    if (values.length > 0 && values.every((v) => v === null)) texts.push(value as Text);
    else for (const v of values) wordless(v, texts);
  }
  return texts;
}

/** Each card's texts, found before any is filled. */
const places = shops.map((shop) => wordless(shop));
const filled: Record<Locale, boolean[]> = { fr: [], en: [] };

/** Puts card `i`'s texts in `locale` in their places; a text with none in that language gives its French. */
export function fillShopTexts(locale: Locale, i: number, texts: ShopText[]): void {
  for (const [j, text] of places[i].entries()) {
    const words = texts[j];
    if (typeof words === 'string') text[locale] = words;
    else Object.assign(text, words);
  }
  filled[locale][i] = true;
}

const ALL_TEXTS: Record<Locale, () => Promise<{ default: ShopText[][] }>> = {
  fr: () => import('virtual:fidelis/shipped-shop-texts/fr'),
  en: () => import('virtual:fidelis/shipped-shop-texts/en'),
};
const loading: Partial<Record<Locale, Promise<void>>> = {};

/**
 * The cards' texts in a chunk imported by its address: the module's own `default`, or, when the bundler put them in the
 * chunk of a language's first screen (vite.config.ts), the namespace export holding that `default` (an array of each card's
 * texts) beside the one holding the strings (e2e languageSwitch, offline switch).
 */
function cardTexts(module: Record<string, unknown>): ShopText[][] {
  const holder = [module, ...Object.values(module)].find(
    (v): v is { default: ShopText[][] } => typeof v === 'object' && v !== null && Array.isArray((v as { default?: unknown }).default) && (v as { default: unknown[] }).default.every(Array.isArray),
  );
  if (!holder) throw new Error('shop texts');
  return holder.default;
}

/** Fetches every card's texts in `locale`, once (again after a failed fetch). */
export function loadShopTexts(locale: Locale): Promise<void> {
  if (shops.every((_, i) => filled[locale][i])) return Promise.resolve();
  let pending = loading[locale];
  if (!pending) {
    // a failed chunk is imported again at another address (chunkRetry.ts), shared with its language's first screen
    pending = importRetrying(`shops:${locale}`, ALL_TEXTS[locale])
      .then(cardTexts)
      .then((all) => all.forEach((texts, i) => fillShopTexts(locale, i, texts)));
    pending.catch(() => delete loading[locale]);
    loading[locale] = pending;
  }
  return pending;
}

fetchWithLanguage(loadShopTexts);

/** The cards, whose scenario comes with its texts in every language (a shop first played in French has its English too). */
const cards: ShippedShop[] = shops.map(({ load, ...card }, i) =>
  Object.assign(card, {
    load: () =>
      load().then(async (m) => {
        await Promise.all(LOCALES.filter((l) => !filled[l][i]).map((l) => m.texts[l]().then((texts) => fillShopTexts(l, i, texts))));
        return m.default;
      }),
  }),
);

/** The shipped shops' cards, sorted by difficulty then id. */
export function shippedShops(): ShippedShop[] {
  return cards;
}
