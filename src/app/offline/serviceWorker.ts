/**
 * The service worker: makes the app work offline after the first visit. At install it caches
 * every file of the build (the list is written into this file by the build, see vitePlugins.ts);
 * pages are served from the network when it answers, else from the cache; the built files, whose
 * names change with their content, from the cache first. A new version waits until every tab of
 * the old one is closed, so an open page never loses a file it may still load; it then deletes the
 * old caches. No imports: this file is built on its own as sw.js.
 */
interface Precache {
  version: string;
  /** paths relative to this file, e.g. "index.html", "assets/index-3f2a.js" */
  files: string[];
}

/** The build replaces the marker with the precache list as JSON text (parsed, so no minifier can fold it away). */
function readPrecache(text: string): Precache {
  try {
    return JSON.parse(text) as Precache;
  } catch {
    return { version: 'dev', files: [] };
  }
}
const precache = readPrecache('__FIDELIS_PRECACHE__');
const CACHE_PREFIX = 'fidelis-';
const CACHE = `${CACHE_PREFIX}${precache.version}`;

const worker = self as unknown as ServiceWorkerGlobalScope;
const pageUrl = new URL('./', worker.location.href).href;
const indexUrl = new URL('./index.html', worker.location.href).href;

worker.addEventListener('install', (event) => {
  const urls = [pageUrl, ...precache.files.map((f) => new URL(f, worker.location.href).href)];
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...new Set(urls)])));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => worker.clients.claim()),
  );
});

async function fromCache(request: Request | string): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  return cache.match(request, { ignoreSearch: true, ignoreVary: true });
}

async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = (await fromCache(request)) ?? (await fromCache(pageUrl)) ?? (await fromCache(indexUrl));
    if (cached) return cached;
    throw error;
  }
}

async function file(request: Request): Promise<Response> {
  return (await fromCache(request)) ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});
