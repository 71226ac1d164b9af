import type { GameSession } from './session.svelte.ts';

/** The run's difference from the same seed with no action (GameSession.noActionGap). */
export type NoActionGap = NonNullable<Awaited<ReturnType<GameSession['noActionGap']>>>;

/**
 * The run's no-action gap, replayed (in the game's worker, after it) whenever `when` holds and the run has figures, null
 * meanwhile; an answer that comes after the run or `when` changed is dropped. Shared by the game's Bilan (DebriefRoute)
 * and a mission's bilan (MissionsScreen). Call it while a component is being set up; `session` is read in the effect, as a prop.
 */
export function watchNoActionGap(session: () => GameSession, when: () => boolean): { readonly gap: NoActionGap | null } {
  let gap = $state.raw<NoActionGap | null>(null);
  $effect(() => {
    gap = null;
    const run = session();
    if (!when() || run.kpis.length === 0) return;
    let shown = true;
    run.noActionGap().then(
      (found) => {
        if (shown) gap = found;
      },
      () => {},
    );
    return () => (shown = false);
  });
  return {
    get gap() {
      return gap;
    },
  };
}
