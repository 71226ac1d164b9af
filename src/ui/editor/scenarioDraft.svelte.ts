/**
 * The scenario being edited: a plain JSON draft (deeply reactive), its live validation with the
 * same checker as scenario files (French messages per field path), and the edits the form makes.
 * The draft may be invalid at any moment: that is what the messages next to the fields are for.
 * `checks` adds the editor's own problems (an id already taken by a shipped shop): the file is still
 * valid and may be exported or shared, but it cannot be played until they are fixed (`toPlay`).
 * Both kinds show next to their field. `advice` adds warnings about a valid scenario (an objective
 * its figures cannot support: reachCheck.ts): listed with the file's warnings, never blocking.
 * A long scenario has hundreds of dated events (a weekly one over 156 weeks): the form shows them one
 * line each and opens one at a time (`openEvent`); `reveal` opens the one a message's field is in.
 */
import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { t } from '../../i18n/locale.svelte.ts';
import { parseScenario, type ScenarioError, type ScenarioParseResult } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { JsonPath } from '../../scenario/jsonText.ts';
import { pathText, type FileLocale } from '../../scenario/validate.ts';
import { copyJson } from './newItems.ts';
import { inGameTicks, inShopUnit } from './gameTick.ts';
import { eventItemOf, getAt, listAt, samePath, setAt, startsWith, type JsonObject } from './draftPath.ts';

export class ScenarioDraft {
  draft = $state<JsonObject>({});
  /** changed since it was loaded or saved */
  dirty = $state(false);
  /** counts every change of the draft (an edit or another scenario): « Annuler » offered after an edit holds only until the next one */
  revision = $state(0);
  /** the dated event open for editing (`['events', 3]`, `['competitors', 0, 'events', 5]`); the others are one line each */
  openEvent = $state<JsonPath | null>(null);
  readonly #locale: () => FileLocale;
  readonly #checks: (draft: ScenarioDraft) => ScenarioError[];
  readonly #advice: (scenario: Scenario) => ScenarioError[];

  readonly validation: ScenarioParseResult = $derived.by(() => parseScenario($state.snapshot(this.draft as unknown), this.#locale()));
  /** an event's period said as the game numbers it (« la dernière semaine est la semaine 26 »: gameTick.ts) */
  readonly errors: ScenarioError[] = $derived(this.validation.ok ? [] : inShopUnit(inGameTicks(this.validation.errors, this.draft), this.draft));
  /** what keeps a valid file from being played as a shop of its own */
  readonly toPlay: ScenarioError[] = $derived.by(() => inShopUnit(this.#checks(this), this.draft));
  /** field names in the shop's unit (« objectif n° 1 › chaque semaine »: gameTick.ts inShopUnit), as the errors' */
  readonly warnings: ScenarioError[] = $derived.by(() => (this.validation.ok ? inShopUnit([...this.validation.warnings, ...this.#advice(this.validation.scenario)], this.draft) : []));
  /**
   * The paths where the form shows messages (a field, a list, a group, a section), by path text, with how many
   * of the form's parts show each (`showsMessages`).
   */
  readonly #shown = new SvelteMap<string, number>();
  /**
   * Messages by the path text of the part of the form that shows them (`customers.spend.p`). An error goes to its
   * field, else to the closest enclosing part shown (a hand-edited file's unknown value in a checkbox list, a
   * section that is not a list, a missing group), there with the field it is about (« stratégie n° 5 : valeur
   * inconnue… »). Tied by the error's path: never by comparing texts.
   */
  readonly #byPath: Record<string, string[]> = $derived.by(() => {
    const grouped: Record<string, string[]> = {};
    for (const e of [...this.errors, ...this.toPlay]) {
      let at = e.path.length;
      while (at >= 0 && !this.#shown.has(pathText(e.path.slice(0, at)))) at--;
      // shown nowhere yet (no form part has said so, e.g. a draft without its screen): at its own path, as written
      if (at < 0) at = e.path.length;
      const message = at === e.path.length || !e.field ? e.message : t('editor.errorLine', { field: e.field, message: e.message });
      (grouped[pathText(e.path.slice(0, at))] ??= []).push(message);
    }
    return grouped;
  });
  /** how many problems (errors, then those to fix before playing) lie in each dated event, by its path text */
  readonly #byEvent: Record<string, number> = $derived.by(() => {
    const counts: Record<string, number> = {};
    for (const e of [...this.errors, ...this.toPlay]) {
      const item = eventItemOf(e.path);
      if (item) counts[pathText(item)] = (counts[pathText(item)] ?? 0) + 1;
    }
    return counts;
  });

  constructor(
    initial: unknown,
    locale: () => FileLocale,
    checks: (draft: ScenarioDraft) => ScenarioError[] = () => [],
    advice: (scenario: Scenario) => ScenarioError[] = () => [],
  ) {
    this.#locale = locale;
    this.#checks = checks;
    this.#advice = advice;
    this.replace(initial);
  }

  /** Start over from another scenario (a copy: the original is never touched). */
  replace(next: unknown): void {
    this.draft = (typeof next === 'object' && next !== null ? copyJson(next) : {}) as JsonObject;
    this.dirty = false;
    this.openEvent = null;
    this.revision++;
  }

  /** The whole draft changed at once by one edit (the events after the end removed, or put back): the open event closes. */
  rewrite(next: JsonObject): void {
    this.draft = copyJson(next) as JsonObject;
    this.dirty = true;
    this.openEvent = null;
    this.revision++;
  }

  get(path: JsonPath): unknown {
    return getAt(this.draft, path);
  }

  /** `pruneParent`: removing the last key of the parent object removes the parent too (an optional label). */
  set(path: JsonPath, value: unknown, pruneParent = false): void {
    setAt(this.draft, path, value);
    if (pruneParent && value === undefined && path.length > 1) {
      const parent = getAt(this.draft, path.slice(0, -1));
      if (parent !== null && typeof parent === 'object' && !Array.isArray(parent) && Object.keys(parent).length === 0)
        setAt(this.draft, path.slice(0, -1), undefined);
    }
    this.dirty = true;
    this.revision++;
  }

  add(path: JsonPath, item: unknown): void {
    listAt(this.draft, path).push(item);
    this.dirty = true;
    this.revision++;
  }

  /** The open event follows its list: closed when it is the one removed (or lies in it), one place up when it came after. */
  removeAt(path: JsonPath, index: number): void {
    listAt(this.draft, path).splice(index, 1);
    this.dirty = true;
    this.revision++;
    const open = this.openEvent;
    if (open && startsWith(open, path) && typeof open[path.length] === 'number') {
      const at = open[path.length] as number;
      if (at === index) this.openEvent = null;
      else if (at > index) this.openEvent = [...path, at - 1, ...open.slice(path.length + 1)];
    }
  }

  /** Is this dated event the one open for editing? */
  isOpen(item: JsonPath): boolean {
    return this.openEvent !== null && samePath(this.openEvent, item);
  }

  /** Opens the dated event a field is in (a message's link leads to it); false when the field is in none. */
  reveal(path: JsonPath): boolean {
    const item = eventItemOf(path);
    if (!item) return false;
    if (!this.isOpen(item)) this.openEvent = item;
    return true;
  }

  /** The number of problems in one dated event (shown on its line while it is closed). */
  problemsIn(item: JsonPath): number {
    return this.#byEvent[pathText(item)] ?? 0;
  }

  /**
   * A part of the form shows the messages of `path` (and of the paths below it no other part shows) while the
   * returned function has not been called: `$effect(() => draft.showsMessages(path))` in that part.
   */
  showsMessages(path: JsonPath): () => void {
    const key = pathText(path);
    const change = (by: number) =>
      untrack(() => {
        const n = (this.#shown.get(key) ?? 0) + by;
        if (n > 0) this.#shown.set(key, n);
        else this.#shown.delete(key);
      });
    change(1);
    return () => change(-1);
  }

  /** `{@attach draft.shows(path)}`: the element shows the messages of `path` (showsMessages) while it is in the page. */
  shows(path: JsonPath): () => () => void {
    return () => this.showsMessages(path);
  }

  /** The French (or English) messages shown at this field or group (see #byPath). */
  errorsAt(path: JsonPath): string[] {
    const key = pathText(path);
    return Object.hasOwn(this.#byPath, key) ? this.#byPath[key] : [];
  }

  /** The plain JSON of the draft (for export, links and saving). */
  snapshot(): JsonObject {
    return $state.snapshot(this.draft as unknown) as JsonObject;
  }
}
