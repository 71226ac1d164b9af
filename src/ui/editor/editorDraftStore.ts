/**
 * The scenario editor's work in progress, kept in the browser (localStorage, as the saved scenarios):
 * the JSON being edited, the scenario it started from (`base`: « Repartir du scénario d'origine »
 * goes back to it) and the JSON last saved or exported (`kept`: leaving the page with anything else
 * asks first). Leaving the editor for another screen and coming back, or reloading the page, finds
 * the draft again. Storage may be missing, blocked or full: then nothing is kept, nothing breaks.
 */
import type { JsonObject } from './draftPath.ts';

const DRAFT_KEY = 'fidelis.editor.draft';

export interface EditorDraftRecord {
  draft: JsonObject;
  base: JsonObject;
  kept: JsonObject;
  /** the name typed to save it under ('' when none) */
  saveName: string;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The draft kept in this browser, or null (none, unreadable, or not of this shape). */
export function readEditorDraft(storage: Storage | null): EditorDraftRecord | null {
  let text: string | null;
  try {
    text = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!isObject(value) || value.v !== 1 || !isObject(value.draft) || !isObject(value.base)) return null;
    const kept = isObject(value.kept) ? value.kept : value.base;
    return { draft: value.draft, base: value.base, kept, saveName: typeof value.saveName === 'string' ? value.saveName : '' };
  } catch {
    return null;
  }
}

/** Keeps the draft; false when the browser refused it (no storage, full). */
export function writeEditorDraft(storage: Storage | null, record: EditorDraftRecord): boolean {
  if (!storage) return false;
  // `kept` is most often the base itself: written once
  const kept = sameJson(record.kept, record.base) ? null : record.kept;
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, draft: record.draft, base: record.base, kept, saveName: record.saveName }));
    return true;
  } catch {
    return false;
  }
}

export function forgetEditorDraft(storage: Storage | null): void {
  try {
    storage?.removeItem(DRAFT_KEY);
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
