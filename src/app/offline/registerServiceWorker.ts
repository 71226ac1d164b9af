/**
 * Registers the service worker (sw.js, made by the build) so the app keeps working offline.
 * Only in a production build served over http(s): never in development, in the single-file build
 * (file:// has no service workers), in tests, or where the browser has none.
 */
export interface OfflineEnvironment {
  /** Vite's mode: 'production' for `vite build` whatever NODE_ENV says (a build run from a test runner has NODE_ENV=test, so PROD is false there) */
  mode: string;
  protocol: string;
  serviceWorker: Pick<ServiceWorkerContainer, 'register'> | undefined;
}

export function browserEnvironment(): OfflineEnvironment {
  return {
    mode: import.meta.env.MODE,
    protocol: typeof location === 'undefined' ? '' : location.protocol,
    serviceWorker: typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
  };
}

export function shouldRegister(env: OfflineEnvironment): boolean {
  return env.mode === 'production' && (env.protocol === 'http:' || env.protocol === 'https:') && env.serviceWorker !== undefined;
}

/** Registers sw.js beside the page; resolves null when not registered. A failure never breaks the app. */
export async function registerServiceWorker(env: OfflineEnvironment = browserEnvironment()): Promise<ServiceWorkerRegistration | null> {
  if (!shouldRegister(env)) return null;
  try {
    return await env.serviceWorker!.register('./sw.js', { scope: './' });
  } catch {
    // Private browsing or a blocked worker: the app still works online.
    return null;
  }
}
