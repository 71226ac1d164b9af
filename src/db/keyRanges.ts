/** Key ranges over compound keys that start with a run id ([runId, ...]). */

/** Every key [runId, anything]: an array sorts after every number and string in IndexedDB. */
export function wholeRun(keyRange: typeof IDBKeyRange, runId: string): IDBKeyRange {
  return keyRange.bound([runId], [runId, []]);
}

/** Keys [runId, tick] with from <= tick <= to. */
export function runTicks(keyRange: typeof IDBKeyRange, runId: string, from: number, to: number): IDBKeyRange {
  return keyRange.bound([runId, from], [runId, to]);
}

/** Index keys [runId, value] for one value. */
export function runValue(keyRange: typeof IDBKeyRange, runId: string, value: string | number): IDBKeyRange {
  return keyRange.only([runId, value]);
}

/** A copy of a stored record without its runId (the shape the engine and the interface know). */
export function withoutRunId<T extends object>(value: T): Omit<T, 'runId'> {
  const copy = { ...value } as Record<string, unknown>;
  delete copy.runId;
  return copy as Omit<T, 'runId'>;
}

export function newRunId(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  // Not a secure context: a timestamp plus counter is unique enough inside one browser profile.
  fallbackCounter += 1;
  return `run-${Date.now().toString(36)}-${fallbackCounter.toString(36)}`;
}
let fallbackCounter = 0;
