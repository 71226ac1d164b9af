/**
 * The class view's controller: the imported files, their verification (a few at a time when the
 * replayer has several workers, with progress, so the page stays responsive), and the comparison
 * rows derived from them.
 */
import { compareClass, MAX_CLASS_FILES, type ClassEntry, type ClassRow } from '../../results/classComparison.ts';
import { MAX_RESULT_FILE_CHARS, RESULT_TEXTS, fill } from '../../results/readResultFile.ts';
import type { Replayer } from '../../results/replay.ts';
import { verifyResult, type Verification } from '../../results/verifyResult.ts';
import type { Locale } from '../../i18n/translate.ts';

export interface ImportedFile {
  id: number;
  fileName: string;
  /** undefined while waiting or being verified */
  verification?: Verification;
}

/** What the controller needs of a File (a real File in the browser, a stand-in in tests). */
export interface ResultSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

export class ClassImport {
  files = $state.raw<ImportedFile[]>([]);
  /** how many files the last import offered beyond the limit, 0 if none */
  refusedCount = $state(0);
  offeredCount = $state(0);
  busy = $state(false);

  verified = $derived(this.files.filter((f) => f.verification !== undefined).length);
  rows = $derived<ClassRow[]>(
    compareClass(this.files.flatMap((f): ClassEntry[] => (f.verification ? [{ fileName: f.fileName, verification: f.verification }] : []))),
  );
  counts = $derived({
    confirmed: this.files.filter((f) => f.verification?.status === 'confirmed').length,
    refuted: this.files.filter((f) => f.verification?.status === 'refuted').length,
    invalid: this.files.filter((f) => f.verification?.status === 'invalid').length,
  });

  #replay: Replayer;
  #locale: () => Locale;
  #nextId = 1;
  #queue: { id: number; source: ResultSource }[] = [];
  #running = 0;
  #concurrency: number;

  /** `concurrency`: files verified at the same time (the replayer's worker count). */
  constructor(replay: Replayer, locale: () => Locale, concurrency = 1) {
    this.#replay = replay;
    this.#locale = locale;
    this.#concurrency = Math.max(1, concurrency);
  }

  /** Adds files (up to the class limit) and verifies them in turn. */
  async add(sources: readonly ResultSource[]): Promise<void> {
    const room = Math.max(0, MAX_CLASS_FILES - this.files.length);
    this.offeredCount = sources.length;
    this.refusedCount = Math.max(0, sources.length - room);
    const taken = sources.slice(0, room).map((source) => ({ id: this.#nextId++, source }));
    this.files = [...this.files, ...taken.map(({ id, source }) => ({ id, fileName: source.name }))];
    this.#queue.push(...taken);
    const loops: Promise<void>[] = [];
    while (this.#running < this.#concurrency && this.#queue.length > 0) {
      this.#running += 1;
      loops.push(this.#drain());
    }
    this.busy = this.#running > 0;
    await Promise.all(loops);
  }

  /** Verifies queued files one after the other; several drains run side by side with a worker pool. */
  async #drain(): Promise<void> {
    try {
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) {
        const { id, source } = next;
        const verification = await this.#verify(source);
        this.files = this.files.map((f) => (f.id === id ? { ...f, verification } : f));
        // Let the page paint the progress between two replays.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      this.#running -= 1;
      if (this.#running === 0) this.busy = false;
    }
  }

  remove(id: number): void {
    this.files = this.files.filter((f) => f.id !== id);
    this.#queue = this.#queue.filter((q) => q.id !== id);
  }

  clear(): void {
    this.files = [];
    this.#queue = [];
    this.refusedCount = 0;
  }

  async #verify(source: ResultSource): Promise<Verification> {
    const texts = RESULT_TEXTS[this.#locale()];
    // A character takes at most 4 bytes in UTF-8: far above the limit, do not even read it.
    if (source.size > MAX_RESULT_FILE_CHARS * 4)
      return { status: 'invalid', errors: [fill(texts.invalid.tooBig, { size: Math.ceil(source.size / 1048576), max: MAX_RESULT_FILE_CHARS / 1048576 })] };
    let text: string;
    try {
      text = await source.text();
    } catch (error) {
      return { status: 'invalid', errors: [fill(texts.invalid.readFailed, { detail: error instanceof Error ? error.message : String(error) })] };
    }
    return verifyResult(text, this.#replay, this.#locale());
  }
}
