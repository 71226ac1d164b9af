/**
 * "Mes scénarios": the scenarios a teacher saved in this browser from the editor, kept in
 * localStorage (small JSON, one key) so they never touch the game database. Drafts may still have
 * errors: they are validated when opened. Every write checks the size first and reports a full or
 * missing storage as a result instead of throwing, so nothing already saved is lost.
 */
export const STORAGE_KEY = 'fidelis.editor.scenarios.v1';
/** Our share of localStorage (browsers give about 5 MB per site, shared with other features). */
export const MAX_STORED_CHARS = 2_000_000;

export interface SavedScenario {
  /** the name shown in the list, chosen by the teacher (unique, case-insensitive) */
  name: string;
  /** ISO date of the last save */
  savedAt: string;
  /** the draft as edited (plain JSON, maybe invalid) */
  draft: unknown;
}

export type StoreResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'tooBig' | 'notFound' };

function isSaved(value: unknown): value is SavedScenario {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.savedAt === 'string' && typeof v.draft === 'object' && v.draft !== null;
}

/** The saved scenarios, most recent first; a missing, unreadable or hand-altered entry is skipped, never thrown. */
export function listSaved(storage: Storage | null): SavedScenario[] {
  if (!storage) return [];
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isSaved).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  } catch {
    return [];
  }
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('fr') === b.trim().toLocaleLowerCase('fr');
}

export function findSaved(storage: Storage | null, name: string): SavedScenario | undefined {
  return listSaved(storage).find((s) => sameName(s.name, name));
}

function write(storage: Storage | null, list: SavedScenario[]): StoreResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const text = JSON.stringify(list);
  if (text.length > MAX_STORED_CHARS) return { ok: false, reason: 'tooBig' };
  try {
    storage.setItem(STORAGE_KEY, text);
    return { ok: true };
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    return { ok: false, reason: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable' };
  }
}

/** Save (or replace the entry of the same name). */
export function saveScenario(storage: Storage | null, name: string, draft: unknown, savedAt: string): StoreResult {
  const list = listSaved(storage).filter((s) => !sameName(s.name, name));
  return write(storage, [{ name: name.trim(), savedAt, draft }, ...list]);
}

export function deleteSaved(storage: Storage | null, name: string): StoreResult {
  const list = listSaved(storage);
  const kept = list.filter((s) => !sameName(s.name, name));
  if (kept.length === list.length) return { ok: false, reason: 'notFound' };
  return write(storage, kept);
}

/** Rename; refuses (notFound) when the old name is missing. Renaming onto another entry replaces it. */
export function renameSaved(storage: Storage | null, from: string, to: string): StoreResult {
  const list = listSaved(storage);
  const entry = list.find((s) => sameName(s.name, from));
  if (!entry || to.trim() === '') return { ok: false, reason: 'notFound' };
  const others = list.filter((s) => !sameName(s.name, from) && !sameName(s.name, to));
  return write(storage, [{ ...entry, name: to.trim() }, ...others]);
}

