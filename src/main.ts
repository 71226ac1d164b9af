/**
 * Entry point: restores the learner's language (or takes the browser's on a first visit), builds the services (engine worker,
 * storage, shipped scenarios) and mounts the app.
 */
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { setLocale } from './i18n/locale.svelte.ts';
import { startLocale } from './app/preferences.ts';
import { createBrowserServices } from './app/browserServices.ts';
import { registerServiceWorker } from './app/offline/registerServiceWorker.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing in index.html');
// The language's first-screen strings (i18n/areas.ts) load while the services start; the rest comes with the
// first game screen. No top-level await here: a lazy chunk that imports from this entry chunk (the French
// strings import frenchArea) would wait for the entry to finish evaluating, which would wait for the chunk.
void Promise.all([createBrowserServices(), setLocale(startLocale())]).then(([services]) => {
  mount(App, { target, props: { services } });
  void registerServiceWorker();
});
