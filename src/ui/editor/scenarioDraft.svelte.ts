/**
 * The scenario being edited: a plain JSON draft (deeply reactive), its live validation with the
 * same checker as scenario files (French messages per field path), and the edits the form makes.
 * The draft may be invalid at any moment: that is what the messages next to the fields are for.
 * `checks` adds the editor's own problems (an id already taken by a shipped shop): the file is still
 * valid and may be exported or shared, but it cannot be played until they are fixed (`toPlay`).
 * Both kinds show next to their field. `advice` adds warnings about a valid scenario (an objective
 * its figures cannot support: reachCheck.ts): listed with the file's warnings, never blocking.
 */
import { parseScenario, type ScenarioError, type ScenarioParseResult } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { JsonPath } from '../../scenario/jsonText.ts';
import { pathText, type FileLocale } from '../../scenario/validate.ts';
import { copyJson } from './newItems.ts';
import { getAt, listAt, setAt, type JsonObject } from './draftPath.ts';

export class ScenarioDraft {
  draft = $state<JsonObject>({});
  /** changed since it was loaded or saved */
  dirty = $state(false);
  readonly #locale: () => FileLocale;
  readonly #checks: (draft: ScenarioDraft) => ScenarioError[];
  readonly #advice: (scenario: Scenario) => ScenarioError[];

  readonly validation: ScenarioParseResult = $derived.by(() => parseScenario($state.snapshot(this.draft as unknown), this.#locale()));
  readonly errors: ScenarioError[] = $derived(this.validation.ok ? [] : this.validation.errors);
  /** what keeps a valid file from being played as a shop of its own */
  readonly toPlay: ScenarioError[] = $derived.by(() => this.#checks(this));
  readonly warnings: ScenarioError[] = $derived.by(() => (this.validation.ok ? [...this.validation.warnings, ...this.#advice(this.validation.scenario)] : []));
  /** messages by path text (`customers.spend.p`) */
  readonly #byPath: Record<string, string[]> = $derived.by(() => {
    const grouped: Record<string, string[]> = {};
    for (const e of [...this.errors, ...this.toPlay]) (grouped[pathText(e.path)] ??= []).push(e.message);
    return grouped;
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
  }

  add(path: JsonPath, item: unknown): void {
    listAt(this.draft, path).push(item);
    this.dirty = true;
  }

  removeAt(path: JsonPath, index: number): void {
    listAt(this.draft, path).splice(index, 1);
    this.dirty = true;
  }

  /** The French (or English) messages about exactly this field. */
  errorsAt(path: JsonPath): string[] {
    const key = pathText(path);
    return Object.hasOwn(this.#byPath, key) ? this.#byPath[key] : [];
  }

  /** The plain JSON of the draft (for export, links and saving). */
  snapshot(): JsonObject {
    return $state.snapshot(this.draft as unknown) as JsonObject;
  }
}
