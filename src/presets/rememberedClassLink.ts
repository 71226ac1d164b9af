/**
 * The last class link's game settings, kept in the browser (localStorage) so that a student who
 * reopens Fidélis by its plain address (closed tab, history, bookmark) before starting the game
 * still starts it with the teacher's shop, mission, seed, mode and locks (QA qa12 F5: it silently
 * ran with a random seed in sandbox mode). Kept as the query string of what a run keeps
 * (runClass.ts: display, motion and language are the page's); parsed again, by the same parser, when
 * read (ui/presets/ClassPresets.svelte). A new class link replaces it, « Partie libre » forgets it.
 * Past MAX_AGE_DAYS it is forgotten: a class's sequence spans weeks with holidays between, a term
 * about twelve; older, it is another sequence or school year, and the student has the new link.
 * A stored value that is not ours (garbled, hand-edited, too long) is removed without a word.
 */
import { readItem, writeItem } from '../app/pageStorage.ts';
import { readableSearch } from './readableSearch.ts';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const CLASS_LINK_KEY = 'fidelis.classLink';
export const MAX_AGE_DAYS = 90;
const DAY_MS = 86_400_000;
/** as presets.ts MAX_QUERY_CHARS: the parser would refuse longer */
const MAX_CHARS = 4000;

/** Keeps `search` (a class link's query string, without `?`) as the last class link, at `now`. */
export function rememberClassLink(storage: KeyValue | null, search: string, now = Date.now()): void {
  // full or blocked storage: the link applies to this visit only, as before
  writeItem(storage, CLASS_LINK_KEY, JSON.stringify({ search, at: now }));
}

/** The last class link's query string, or null (none, too old, or not readable: then removed). */
export function rememberedClassLink(storage: KeyValue | null, now = Date.now()): string | null {
  const text = readItem(storage, CLASS_LINK_KEY);
  if (text === null) return null;
  const kept = readable(text);
  if (kept && now - kept.at <= MAX_AGE_DAYS * DAY_MS) return kept.search;
  forgetClassLink(storage);
  return null;
}

/** The student chose a language in the app: it wins over the kept link's at the next visits. */
export function dropClassLinkLanguage(storage: KeyValue | null): void {
  const text = readItem(storage, CLASS_LINK_KEY);
  const kept = text === null ? null : readable(text);
  if (!kept) return;
  const params = new URLSearchParams(kept.search);
  if (!params.has('lang')) return;
  params.delete('lang');
  writeItem(storage, CLASS_LINK_KEY, JSON.stringify({ search: readableSearch(params), at: kept.at }));
}

export function forgetClassLink(storage: KeyValue | null): void {
  writeItem(storage, CLASS_LINK_KEY, null);
}

function readable(text: string): { search: string; at: number } | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { search, at } = value as Record<string, unknown>;
    if (typeof search !== 'string' || search === '' || search.length > MAX_CHARS || typeof at !== 'number' || !Number.isFinite(at)) return null;
    return { search, at };
  } catch {
    return null;
  }
}
