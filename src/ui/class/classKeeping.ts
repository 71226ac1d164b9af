/**
 * The class view's saving, the part that is not reactive: what is kept of each imported file
 * (its text, import order and verification outcome), turning the saved class back into files and
 * teams on the next visit, and the records written. Used by classImport.svelte.ts.
 */
import type { ClassFileRecord, ClassTeamRecord, StoredClass } from '../../app/classStore.ts';
import { inLocale, restoreVerification, sameVerifier, type Verifier } from '../../results/storedVerification.ts';
import type { Verification } from '../../results/verifyResult.ts';
import { hashText } from '../../results/fingerprint.ts';
import type { Locale } from '../../i18n/translate.ts';
import type { TeacherTeam } from './teacherTeams.svelte.ts';
import { withoutBom } from '../../import/textCheck.ts';
import { classOf, sortClassNames } from '../../db/classRecords.ts';

export interface ImportedFile {
  id: number;
  /** the stored record's id */
  key: string;
  fileName: string;
  /** undefined while waiting or being verified */
  verification?: Verification;
}

/** What is saved of a file besides what the view shows. */
export interface Kept {
  /** null: the file could not be read (too big, read error), its outcome says why */
  text: string | null;
  addedAt: string;
  order: number;
  outcome: ClassFileRecord['outcome'];
  /** the class (group) it belongs to: its record is written there, even once the view shows another class */
  group: string;
  /** textHash(text), once computed (to know the same file imported again) */
  hash?: string;
}

/**
 * A hash of a file's content (two FNV-1a 32-bit hashes and the length): the same content is the
 * same file whatever its name, so importing it again is recognised. The content, not the bytes: a
 * file opened and saved again in a text editor (Windows' Notepad adds a byte order mark and turns
 * line ends into CRLF, another editor re-indents) is the same JSON, so its text is hashed as
 * JSON.stringify writes what it parses to; a text that is not JSON only loses its mark and CRLFs.
 * Not a security measure.
 */
export function textHash(text: string): string {
  const content = normalisedContent(text);
  return `${hashText(content)}:${content.length}`;
}

function normalisedContent(text: string): string {
  const bare = withoutBom(text);
  try {
    return JSON.stringify(JSON.parse(bare));
  } catch {
    return bare.replace(/\r\n/g, '\n');
  }
}

/** The hash of a kept file's text (computed once), null when its text was not kept. */
export function keptHash(kept: Kept): string | null {
  if (kept.text === null) return null;
  kept.hash ??= textHash(kept.text);
  return kept.hash;
}

/** Why the last save failed: a db layer code (quotaExceeded, writeFailed...) and its detail. */
export interface SaveProblem {
  code: string;
  detail: string;
}

export function nowIso(): string {
  return new Date().toISOString();
}

let counter = 0;
/** A random key (crypto.randomUUID where there is one: a secure context). */
export function newKey(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  counter += 1;
  return `k-${Date.now().toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

export function problemOf(error: unknown): SaveProblem {
  const code = error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : 'writeFailed';
  const params = error && typeof error === 'object' && 'params' in error ? (error.params as { detail?: unknown } | undefined) : undefined;
  const detail = typeof params?.detail === 'string' ? params.detail : error instanceof Error ? error.message : String(error);
  return { code, detail };
}

/** The kept part of every file of the view, by file id. */
export class KeptFiles {
  #byId = new Map<number, Kept>();
  get(id: number): Kept | undefined {
    return this.#byId.get(id);
  }
  has(id: number): boolean {
    return this.#byId.has(id);
  }
  set(id: number, kept: Kept): void {
    this.#byId.set(id, kept);
  }
  delete(id: number): void {
    this.#byId.delete(id);
  }
  /** Forgets every file but `ids` (another class is shown: only the files still being verified are kept, to save their outcome). */
  retain(ids: readonly number[]): void {
    const keep = new Set(ids);
    for (const id of [...this.#byId.keys()]) if (!keep.has(id)) this.#byId.delete(id);
  }
  /** The records to store for `files`, by the class each belongs to (a file verified after a switch goes to the class it came from). */
  recordsByClass(files: readonly ImportedFile[]): [string, ClassFileRecord[]][] {
    const byClass = new Map<string, ClassFileRecord[]>();
    for (const file of files) {
      const kept = this.#byId.get(file.id);
      const record = this.record(file);
      if (kept && record) byClass.set(kept.group, [...(byClass.get(kept.group) ?? []), record]);
    }
    return [...byClass];
  }
  clear(): void {
    this.#byId.clear();
  }
  /** The record to store for a file of the view (null when nothing is kept of it). */
  record(file: ImportedFile): ClassFileRecord | null {
    const kept = this.#byId.get(file.id);
    return kept ? { id: file.key, fileName: file.fileName, addedAt: kept.addedAt, order: kept.order, text: kept.text, outcome: kept.outcome } : null;
  }
}

/** A browser's name for a second download of one file: « name (1).json » (Chrome), « name(1).json » (Firefox), « name-1.json » left alone. */
const BROWSER_COPY = /\s?\(\d+\)(\.[^.]*)?$/;

/**
 * `read` (files of `files` just read, in import order) split into the fresh ones and those whose
 * text another file of the view holds already (kept in `kept`) or another one of `read` does:
 * each duplicate with its name, the name of the file it repeats and whether that one came in the
 * same import (`withinImport`: « en double dans cet envoi », not « déjà présent dans la classe »).
 * Within one import the file kept is the first whose name is not a browser's copy (« … (1).json »),
 * the original name (QA qa27class m5: the « (1) » copy was kept, the original dropped).
 */
export function splitDuplicates<R extends { id: number; text: string | null }>(
  read: readonly R[],
  files: readonly ImportedFile[],
  kept: KeptFiles,
): { fresh: R[]; duplicates: { id: number; fileName: string; sameAs: string; withinImport: boolean }[] } {
  const reading = new Set(read.map((r) => r.id));
  const names = new Map(files.map((f) => [f.id, f.fileName]));
  const known = new Map<string, { fileName: string; withinImport: boolean }>();
  for (const file of files) {
    const k = reading.has(file.id) ? undefined : kept.get(file.id);
    const hash = k ? keptHash(k) : null;
    if (hash !== null && !known.has(hash)) known.set(hash, { fileName: file.fileName, withinImport: false });
  }
  // the file of `read` kept for each content new to the class: the first not named as a browser's copy, else the first
  const keeper = new Map<string, R>();
  for (const r of read) {
    if (r.text === null) continue;
    const hash = textHash(r.text);
    if (known.has(hash)) continue;
    const current = keeper.get(hash);
    if (!current || (BROWSER_COPY.test(names.get(current.id) ?? '') && !BROWSER_COPY.test(names.get(r.id) ?? ''))) keeper.set(hash, r);
  }
  for (const [hash, r] of keeper) known.set(hash, { fileName: names.get(r.id) ?? '', withinImport: true });
  const duplicates: { id: number; fileName: string; sameAs: string; withinImport: boolean }[] = [];
  const fresh = read.filter((r) => {
    if (r.text === null) return true;
    const hash = textHash(r.text);
    if (keeper.get(hash) === r) return true;
    const same = known.get(hash)!;
    duplicates.push({ id: r.id, fileName: names.get(r.id) ?? '', sameAs: same.fileName, withinImport: same.withinImport });
    return false;
  });
  return { fresh, duplicates };
}

/**
 * The files of `read` (just added to a class, named in `files`) whose content, as splitDuplicates
 * tells it, one of `others` (the files of the other stored classes) holds too, with that class; a
 * file in several other classes is said of the first in the selector's order.
 */
export function alsoInOtherClasses(
  read: readonly { id: number; text: string | null }[],
  files: readonly ImportedFile[],
  others: readonly ClassFileRecord[],
): { fileName: string; className: string }[] {
  const order = sortClassNames(others.map(classOf));
  const holder = new Map<string, string>();
  for (const record of [...others].sort((a, b) => order.indexOf(classOf(a)) - order.indexOf(classOf(b)))) {
    const hash = record.text === null ? null : textHash(record.text);
    if (hash !== null && !holder.has(hash)) holder.set(hash, classOf(record));
  }
  return read.flatMap((r) => {
    const className = r.text === null ? undefined : holder.get(textHash(r.text));
    const fileName = files.find((f) => f.id === r.id)?.fileName;
    return className === undefined || fileName === undefined ? [] : [{ fileName, className }];
  });
}

export function teamRecord(team: TeacherTeam, files: readonly ImportedFile[]): ClassTeamRecord {
  const keys = new Map(files.map((f) => [f.id, f.key]));
  return { id: team.key, name: team.name, createdAt: team.createdAt, fileIds: team.ids.flatMap((id) => keys.get(id) ?? []) };
}

/** The stored keys of the files and teams on screen (restoreClass's `shown`). */
export function shownKeys(files: readonly ImportedFile[], teams: readonly TeacherTeam[]): Set<string> {
  return new Set([...files.map((f) => f.key), ...teams.map((t) => t.key)]);
}

export interface RestoredClass {
  files: ImportedFile[];
  teams: TeacherTeam[];
  /** ids of the files to verify again (no outcome yet, or one from another app version, or in another language) */
  again: number[];
  /** how many of `again` are verified again only because their texts are in another language */
  relocalized: number;
  /** how many of `again` had no outcome yet: their verification was interrupted (page reloaded or closed) */
  interrupted: number;
}

/**
 * The saved class as the view shows it: files with a trusted outcome (this engine's, in `locale`)
 * verified at once, the others waiting to be verified again (those without any outcome were being
 * verified when the page was reloaded or closed: counted apart, `interrupted`); teams pointing at the new file ids (members that are gone dropped).
 * `shown`: keys of the files and teams on screen already (imported while the class was being read,
 * and saved meanwhile): not shown twice.
 */
export function restoreClass(
  saved: StoredClass,
  kept: KeptFiles,
  allocate: () => number,
  verifier: Verifier,
  locale: Locale,
  shown: ReadonlySet<string> = new Set(),
): RestoredClass {
  const byKey = new Map<string, number>();
  const files: ImportedFile[] = [];
  const again: number[] = [];
  let relocalized = 0;
  let interrupted = 0;
  for (const record of saved.files) {
    if (shown.has(record.id)) continue;
    const verification = restoreVerification(record.text, record.outcome, verifier, locale);
    // no text to verify and no outcome to show: nothing of it is worth a row
    if (!verification && record.text === null) continue;
    const id = allocate();
    byKey.set(record.id, id);
    kept.set(id, { text: record.text, addedAt: record.addedAt, order: record.order, outcome: record.outcome, group: saved.group });
    if (verification) files.push({ id, key: record.id, fileName: record.fileName, verification });
    else {
      files.push({ id, key: record.id, fileName: record.fileName });
      again.push(id);
      if (!record.outcome) interrupted += 1;
      else if (sameVerifier(record.outcome, verifier) && !inLocale(record.outcome, locale)) relocalized += 1;
    }
  }
  const teams = saved.teams.flatMap((t): TeacherTeam[] => {
    if (shown.has(t.id)) return [];
    const ids = t.fileIds.flatMap((k) => byKey.get(k) ?? []);
    return ids.length > 0 ? [{ key: t.id, name: t.name, ids, createdAt: t.createdAt }] : [];
  });
  return { files, teams, again, relocalized, interrupted };
}
