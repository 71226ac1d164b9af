/**
 * The scenario editor's work in progress, kept in the browser (localStorage, as the saved scenarios):
 * the JSON being edited, the scenario it started from (`base`: « Repartir du scénario d'origine »
 * goes back to it), the JSON last saved, exported or put in a share link (`kept`: leaving the page
 * with anything else asks first) and the « Partir du scénario » choice. Leaving the editor for
 * another screen and coming back, or reloading the page, finds the draft again. A share link opened
 * over an edited draft sets that draft aside (its own key), to be taken back (« Reprendre mon
 * brouillon ») or forgotten. Storage may be missing, blocked or full: then nothing is kept, nothing breaks.
 */
import { parseScenario } from '../../scenario/load.ts';
import type { JsonObject } from './draftPath.ts';

const DRAFT_KEY = 'fidelis.editor.draft';
export const ASIDE_KEY = 'fidelis.editor.aside';

export interface EditorDraftRecord {
  draft: JsonObject;
  base: JsonObject;
  kept: JsonObject;
  /** the name typed to save it under ('' when none) */
  saveName: string;
  /** the « Partir du scénario » choice (`shipped:<file>`, `mine:<name>`; '' when none kept) */
  source: string;
  /** a draft set aside: 'tab' when it was another tab's, taken over by a tab holding edits of its own (absent: a share link's opening) */
  from?: 'tab';
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The draft kept in this browser, or null (none, unreadable, or not of this shape). */
export function readEditorDraft(storage: Storage | null): EditorDraftRecord | null {
  return readRecord(storage, DRAFT_KEY);
}

/** Keeps the draft; false when the browser refused it (no storage, full). */
export function writeEditorDraft(storage: Storage | null, record: EditorDraftRecord): boolean {
  return writeRecord(storage, DRAFT_KEY, record);
}

export function forgetEditorDraft(storage: Storage | null): void {
  forget(storage, DRAFT_KEY);
}

/** The draft set aside when a share link was opened over it, or null. */
export function readAsideDraft(storage: Storage | null): EditorDraftRecord | null {
  return readRecord(storage, ASIDE_KEY);
}

/** Sets a draft aside (replacing the one set aside before); false when the browser refused it. */
export function writeAsideDraft(storage: Storage | null, record: EditorDraftRecord): boolean {
  return writeRecord(storage, ASIDE_KEY, record);
}

export function forgetAsideDraft(storage: Storage | null): void {
  forget(storage, ASIDE_KEY);
}

/**
 * A share link's scenario opens over this draft: is the draft work that the link would lose? Yes when
 * it was edited from where it started and is not the link's scenario itself (the teacher's own link
 * opened again: compared as written and once checked, the link carrying the checked scenario).
 */
export function keepAsideFor(record: EditorDraftRecord | null, linked: unknown): record is EditorDraftRecord {
  if (!record || sameJson(record.draft, record.base) || sameJson(record.draft, linked)) return false;
  const checked = parseScenario(record.draft);
  return !(checked.ok && sameJson(checked.scenario, linked));
}

/**
 * What the editor opens with: the kept draft, or the scenario the app handed over (a share link) —
 * an edited draft wins over a link already opened in this page's life (coming back to the screen),
 * a link opened now wins over the draft, which is set aside when it holds work (`keepAsideFor`).
 */
export type DraftOpening = { open: 'draft'; record: EditorDraftRecord } | { open: 'handed'; aside: EditorDraftRecord | null } | { open: 'default' };

export function draftOpening(stored: EditorDraftRecord | null, handed: unknown, handedNow: boolean): DraftOpening {
  if (handed === undefined || handed === null) return stored ? { open: 'draft', record: stored } : { open: 'default' };
  if (handedNow) return { open: 'handed', aside: keepAsideFor(stored, handed) ? stored : null };
  return stored && !sameJson(stored.draft, stored.base) ? { open: 'draft', record: stored } : { open: 'handed', aside: null };
}

/** The scenarios handed over to the editor in this page's life (the app hands the same object each visit). */
const handedOver = new WeakSet<object>();

/** True the first time this scenario object is handed over to the editor in this page's life. */
export function firstHandOver(scenario: object): boolean {
  if (handedOver.has(scenario)) return false;
  handedOver.add(scenario);
  return true;
}

function readRecord(storage: Storage | null, key: string): EditorDraftRecord | null {
  let text: string | null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!isObject(value) || value.v !== 1 || !isObject(value.draft) || !isObject(value.base)) return null;
    const kept = isObject(value.kept) ? value.kept : value.base;
    const textOf = (field: unknown) => (typeof field === 'string' ? field : '');
    return { draft: value.draft, base: value.base, kept, saveName: textOf(value.saveName), source: textOf(value.source), ...(value.from === 'tab' ? { from: 'tab' as const } : {}) };
  } catch {
    return null;
  }
}

function writeRecord(storage: Storage | null, key: string, record: EditorDraftRecord): boolean {
  if (!storage) return false;
  // `kept` is most often the base itself: written once
  const kept = sameJson(record.kept, record.base) ? null : record.kept;
  try {
    storage.setItem(key, JSON.stringify({ v: 1, draft: record.draft, base: record.base, kept, saveName: record.saveName, source: record.source, ...(record.from ? { from: record.from } : {}) }));
    return true;
  } catch {
    return false;
  }
}

function forget(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // blocked storage: nothing was kept
  }
}

/** The JSON text of a value with its object keys in order: two drafts with the same content compare equal whatever order their fields were typed in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
