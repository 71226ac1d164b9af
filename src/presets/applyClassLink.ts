/**
 * A class link's settings applied to the page (ClassSettings, classSettings.svelte.ts): language, display and motion
 * attributes on <html>, the notice listing the ignored parameters. Only a page with a class link, or one the browser
 * kept, runs it: fetched with the link's reading (ui/presets/readClassLink.ts), not with the startup (bench
 * app-learner-js, issue 4).
 */
import type { Notices } from '../app/notices.svelte.ts';
import { isLocale, translate, type Locale } from '../i18n/translate.ts';
import type { ClassSettings } from './classSettings.svelte.ts';
import type { ParsedPresets, Presets, PresetProblem } from './presets.ts';

/** The cause of the notice listing the link's ignored parameters. */
const PROBLEMS = 'classLinkProblems';

/** Applies what the link gave (presets.ts parsePresets) to `settings` and tells about the rest; returns the presets. `remembered`: they are the last link's (ClassPresets.svelte). */
export function applyClassLink(
  settings: ClassSettings,
  { presets, problems }: ParsedPresets,
  deps: { notices: Notices; setLocale: (l: Locale) => void; root?: HTMLElement | null },
  remembered = false,
): Presets {
  settings.presets = presets;
  settings.remembered = remembered;
  if (presets.lang && isLocale(presets.lang)) deps.setLocale(presets.lang);
  if (deps.root) applyDisplay(deps.root, presets);
  // the list is rendered with the notice, in the language shown (the link's, the one remembered, or one
  // chosen later): composed once in French, it mixed languages in an English notice (QA robust #3)
  if (problems.length > 0) deps.notices.push('warning', 'presets.notice', { count: problems.length, list: (_t, locale) => problemList(problems, locale) }, undefined, { cause: PROBLEMS });
  return presets;
}

/** The ignored parameters, in `locale` (French unless told otherwise); a refused value is quoted as the link has it, « lock=bogus ». */
export function problemList(problems: readonly PresetProblem[], locale: Locale = 'fr'): string {
  return problems.map((p) => translate(locale, `presets.reason.${p.reason}`, { param: p.value === undefined ? p.param : `${p.param}=${p.value}` })).join(', ');
}

/** data-display / data-motion on the root element; the styles are in src/ui/presets/display.css. */
export function applyDisplay(root: HTMLElement, presets: Presets): void {
  if (presets.display && presets.display !== 'standard') root.dataset.display = presets.display;
  else delete root.dataset.display;
  if (presets.motion === 'reduced') root.dataset.motion = 'reduced';
  else delete root.dataset.motion;
}
