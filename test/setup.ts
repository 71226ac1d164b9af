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

// On a loaded machine (CI's two cores, every test worker busy) a screen can take longer than the
// library's default 1 s to show; a wait for something that never shows still fails, only later.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/svelte');
  configure({ asyncUtilTimeout: 10_000 });
}
