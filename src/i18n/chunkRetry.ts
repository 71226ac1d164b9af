/**
 * Chromium keeps a failed import() of a chunk (offline before the service worker) until the page is reloaded: importing it
 * again by the same specifier fails at once. A chunk that failed is imported again at another address (`?retry=N`); its own
 * imports keep their addresses, so no module is duplicated (e2e partRetryChromium). Several texts can come in one chunk
 * (English's first screen and the shop cards' English words: vite.config.ts): a retry that succeeded is kept by address and
 * shared, so the chunk runs once.
 */
const again = new Map<string, Promise<Record<string, unknown>>>();
let attempts = 0;

/** by caller's key (a text part, the shop cards of a language): the chunk its first failed import named */
const failedAt = new Map<string, string>();

/** The address of the chunk a failed import named (Chromium's « Failed to fetch dynamically imported module: <url> »). */
function failedChunk(error: unknown): string | undefined {
  return /https?:\/\/\S+\.js/.exec(String(error))?.[0];
}

/** Imports the chunk at `url`, which failed before, at a new address (or the retry that already came). */
function importChunkAgain(url: string): Promise<Record<string, unknown>> {
  let pending = again.get(url);
  if (!pending) {
    pending = import(/* @vite-ignore */ `${url}?retry=${++attempts}`) as Promise<Record<string, unknown>>;
    pending.catch(() => again.delete(url));
    again.set(url, pending);
  }
  return pending;
}

/**
 * Imports by `load`; once an import of `key` failed naming its chunk, that chunk again at a new address. The module is then the
 * chunk's own exports, not what `load` picks from them: the caller finds its export in either.
 */
export function importRetrying(key: string, load: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const url = failedAt.get(key);
  const pending = url ? importChunkAgain(url) : (load() as Promise<Record<string, unknown>>);
  pending.catch((error: unknown) => {
    const named = failedAt.has(key) ? undefined : failedChunk(error);
    if (named) failedAt.set(key, named);
  });
  return pending;
}
