/**
 * The class settings of the page, read once from the link (presets.ts) and applied: language,
 * display and motion attributes on <html>, a French notice listing ignored parameters. The rest
 * (mode, seed, mission, tool access) is read by the screens from here. The link's parser comes
 * only when the address has a query string (ClassPresets.svelte): a page opened without a class
 * link does not download it.
 */
import type { Notices } from '../app/notices.svelte.ts';
import { isLocale, type Locale } from '../i18n/translate.ts';
import { translate } from '../i18n/translate.ts';
import type { ToolAccess } from '../missions/tools.ts';
import type { ParsedPresets, Presets, PresetProblem } from './presets.ts';

export class ClassSettings {
  presets = $state.raw<Presets>({ lock: [], hide: [] });
  access = $derived<ToolAccess>({ locked: this.presets.lock, hidden: this.presets.hide });

  /** Applies what the link gave (presets.ts parsePresets) and tells about the rest; returns the presets. */
  apply({ presets, problems }: ParsedPresets, deps: { notices: Notices; setLocale: (l: Locale) => void; root?: HTMLElement | null }): Presets {
    this.presets = presets;
    if (presets.lang && isLocale(presets.lang)) deps.setLocale(presets.lang);
    if (deps.root) applyDisplay(deps.root, presets);
    if (problems.length > 0) deps.notices.push('warning', 'presets.notice', { count: problems.length, list: problemList(problems, presets.lang ?? 'fr') });
    return presets;
  }
}

/** The ignored parameters, in the link's language (French unless it says otherwise). */
export function problemList(problems: readonly PresetProblem[], locale: Locale = 'fr'): string {
  return problems.map((p) => translate(locale, `presets.reason.${p.reason}`, { param: p.param })).join(', ');
}

/** data-display / data-motion on the root element; the styles are in src/ui/presets/display.css. */
export function applyDisplay(root: HTMLElement, presets: Presets): void {
  if (presets.display && presets.display !== 'standard') root.dataset.display = presets.display;
  else delete root.dataset.display;
  if (presets.motion === 'reduced') root.dataset.motion = 'reduced';
  else delete root.dataset.motion;
}
