/**
 * "Mes scénarios": the scenarios a teacher saved in this browser from the editor, kept in
 * localStorage (small JSON, one key) so they never touch the game database. Drafts may still have
 * errors: they are validated when opened. A draft that was valid when saved (and whose id is not a
 * shipped shop's) also keeps its checked scenario: it is a shop of its own, listed on the home page
 * (`playableShops`, a plain read with no validator; localShopsKey.ts tells the home page whether to
 * load it at all) and started like a shipped one (the home page checks the draft again before the
 * run starts). Every write checks the size first and reports a full or missing storage as a result
 * instead of throwing, so nothing already saved is lost.
 */
import type { Scenario } from './schema.ts';
import { STORAGE_KEY } from './localShopsKey.ts';

export { STORAGE_KEY };
/** Our share of localStorage (browsers give about 5 MB per site, shared with other features). */
export const MAX_STORED_CHARS = 2_000_000;

export interface SavedScenario {
  /** the name shown in the list, chosen by the teacher (unique, case-insensitive) */
  name: string;
  /** ISO date of the last save */
  savedAt: string;
  /** the draft as edited (plain JSON, maybe invalid) */
  draft: unknown;
  /** the checked scenario (defaults applied) when the draft could be played when saved; absent for a draft with errors */
  scenario?: Scenario;
  /** the errors left when it was saved (0 for a playable shop; absent: saved before shops could be played, not checked) */
  errors?: number;
}

/** A saved scenario that can be played: listed on the home page among the shops. */
export type PlayableShop = SavedScenario & { scenario: Scenario };

export type StoreResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'tooBig' | 'notFound' };

function isSaved(value: unknown): value is SavedScenario {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.savedAt === 'string' && typeof v.draft === 'object' && v.draft !== null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * What the home card reads of a stored scenario is there (a hand-altered or older entry is left out
 * instead of breaking the page). The full check runs when the shop is started.
 */
function cardReadable(value: unknown): value is Scenario {
  if (!isRecord(value)) return false;
  const { id, name, description, durationTicks, defaultSeed, customers, budget, objectives, tickUnit, sector } = value;
  return (
    typeof id === 'string' &&
    isRecord(name) &&
    typeof name.fr === 'string' &&
    isRecord(description) &&
    typeof sector === 'string' &&
    typeof tickUnit === 'string' &&
    isNumber(durationTicks) &&
    isNumber(defaultSeed) &&
    isRecord(customers) &&
    isNumber(customers.initial) &&
    isRecord(budget) &&
    isNumber(budget.initial) &&
    isNumber(budget.perTick) &&
    Array.isArray(objectives)
  );
}

function isPlayable(entry: SavedScenario): entry is PlayableShop {
  return cardReadable(entry.scenario) && !entry.errors;
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

/**
 * The shops made in the editor that can be played (saved valid, with a free id), most recent first.
 * Light on purpose: the home page calls it, without the scenario checker.
 */
export function playableShops(storage: Storage | null): PlayableShop[] {
  return listSaved(storage).filter(isPlayable);
}

/**
 * Save (or replace the entry of the same name). `scenario`: the checked scenario when the draft can
 * be played; otherwise `errors` says how many problems are left (a draft).
 */
export function saveScenario(storage: Storage | null, name: string, draft: unknown, savedAt: string, state?: { scenario: Scenario } | { errors: number }): StoreResult {
  const list = listSaved(storage).filter((s) => !sameName(s.name, name));
  const entry: SavedScenario = { name: name.trim(), savedAt, draft, ...(state && 'scenario' in state ? { scenario: state.scenario, errors: 0 } : state) };
  return write(storage, [entry, ...list]);
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

