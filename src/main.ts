import { mount } from 'svelte';
import App from './ui/App.svelte';
import { registerServiceWorker } from './app/offline/registerServiceWorker.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing in index.html');
export default mount(App, { target });
void registerServiceWorker();
