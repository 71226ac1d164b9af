/**
 * The page's localStorage, or null where there is none or touching it throws (private browsing,
 * storage disabled by policy). Every small browser memory (preferences, saved scenarios, the
 * scoring lab, the class view's last class) goes through this, and works without it; most read and
 * write their one key with readItem and writeItem, which swallow a blocked or full storage's errors.
 */
export function pageLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The tab's sessionStorage (kept over reloads, gone with the tab), or null as above. */
export function pageSessionStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The value kept under `key`, or null: none kept, no storage, or reading it throws (blocked storage). */
export function readItem(storage: Pick<Storage, 'getItem'> | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keeps `value` under `key`, or removes the key when it is null; a full or blocked storage keeps nothing, without a word. */
export function writeItem(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // full or blocked storage: not remembered, as where there is none
  }
}
