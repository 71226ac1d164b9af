import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { registerMessages } from '../src/i18n/translate.ts';
import { en } from '../src/i18n/en.ts';
import { fr } from '../src/i18n/fr.ts';

// The app loads most of French after startup and English on demand (locale.svelte.ts); tests have them all at once.
registerMessages('fr', fr);
registerMessages('en', en);

// jsdom has no canvas: chart components skip drawing when getContext returns null.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
}
