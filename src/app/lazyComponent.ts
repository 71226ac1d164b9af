/**
 * A component fetched the first time it is asked for (with what it needs: its module's `default`), then kept: the next
 * asks get it without fetching again, and `loaded()` gives it at once, so a screen shows it without a « Chargement… »
 * the next times. A failed fetch, given `failed`: the ask gets `failed`, and the failure is forgotten, so the next ask
 * fetches again (a Wi-Fi drop); without `failed`: the ask's promise rejects, and the failure is kept as the component
 * would be: the next asks get it again, nothing is fetched again.
 */
export interface LazyComponent<C> {
  load: () => Promise<C>;
  /** the component once fetched, else null */
  loaded: () => C | null;
}

export function lazyComponent<C, F = never>(fetch: () => Promise<{ default: C }>, failed?: F): LazyComponent<C | F> {
  let fetching: Promise<C | F> | undefined;
  let component: C | null = null;
  return {
    load: () =>
      (fetching ??= fetch().then(
        (m) => (component = m.default),
        (error: unknown) => {
          if (failed === undefined) throw error;
          fetching = undefined;
          return failed;
        },
      )),
    loaded: () => component,
  };
}
