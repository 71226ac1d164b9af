/**
 * The page's localStorage, or null where there is none or touching it throws (private browsing,
 * storage disabled by policy). Every small browser memory (preferences, saved scenarios, the
 * scoring lab, the class view's last class) goes through this, and works without it.
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
