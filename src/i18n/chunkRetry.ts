/**
 * Chromium keeps a failed import() of a chunk (offline before the service worker) until the page is reloaded: importing it
 * again by the same specifier fails at once. A chunk that failed is imported again at another address (`?retry=N`); its own
 * imports keep their addresses, so no module is duplicated (e2e partRetryChromium). Several texts can come in one chunk
 * (English's first screen and the shop cards' English words: vite.config.ts): a retry that succeeded is kept by address and
 * shared, so the chunk runs once.
 */
const again = new Map<string, Promise<Record<string, unknown>>>();
let attempts = 0;

/** The address of the chunk a failed import named (Chromium's « Failed to fetch dynamically imported module: <url> »). */
export function failedChunk(error: unknown): string | undefined {
  return /https?:\/\/\S+\.js/.exec(String(error))?.[0];
}

/** Imports the chunk at `url`, which failed before, at a new address (or the retry that already came). */
export function importChunkAgain(url: string): Promise<Record<string, unknown>> {
  let pending = again.get(url);
  if (!pending) {
    pending = import(/* @vite-ignore */ `${url}?retry=${++attempts}`) as Promise<Record<string, unknown>>;
    pending.catch(() => again.delete(url));
    again.set(url, pending);
  }
  return pending;
}
