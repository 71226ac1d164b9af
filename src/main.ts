/**
 * Entry point: restores the learner's language, builds the services (engine worker,
 * storage, shipped scenarios) and mounts the app.
 */
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { setLocale } from './i18n/locale.svelte.ts';
import { savedLocale } from './app/preferences.ts';
import { createBrowserServices } from './app/browserServices.ts';
import { registerServiceWorker } from './app/offline/registerServiceWorker.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing in index.html');
// English, if chosen, loads while the services start; French starts at once (the rest of it follows)
const [services] = await Promise.all([createBrowserServices(), setLocale(savedLocale() ?? 'fr')]);
export default mount(App, { target, props: { services } });
void registerServiceWorker();
