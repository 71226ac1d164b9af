/**
 * The class view's « sans action (même graine) » references (src/results/noActionReference.ts): one
 * replay of the empty decision log per game of the class, asked once when the game's first
 * confirmed file is shown, with the replayer that verifies the files (the same worker pool), and
 * shared with their seed adjustment (results/noActionGame.ts): a game whose files' objectives follow
 * the seed is not played a second time for its reference, nor the reverse. Kept
 * in memory only: a reference is one replay, cheaper than keeping it in step with the engine model.
 * Each keeps its figures period by period (NoActionReference.periods): a game handed in unfinished
 * is compared with it at the period it stopped, with no second replay.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { ClassRow } from '../../results/classComparison.ts';
import { referenceOf, referenceRequest, referenceSources, type NoActionReference } from '../../results/noActionReference.ts';
import { sharedNoActionGame } from '../../results/noActionGame.ts';
import type { Replayer } from '../../results/replay.ts';
import type { ResultFile } from '../../results/resultFileSchema.ts';

export type ReferenceState = { state: 'replaying' } | { state: 'ready'; reference: NoActionReference } | { state: 'failed' };

export class NoActionReferences {
  /** by game key */
  #byGame = new SvelteMap<string, ReferenceState>();
  #replay: Replayer;
  #closed = false;

  constructor(replay: Replayer) {
    this.#replay = replay;
  }

  /** The references replayed so far. */
  get ready(): NoActionReference[] {
    return [...this.#byGame.values()].flatMap((s) => (s.state === 'ready' ? [s.reference] : []));
  }

  /** Whether a game's reference is still being replayed. */
  replaying(gameKey: string): boolean {
    return this.#byGame.get(gameKey)?.state === 'replaying';
  }

  /** Whether a game's reference could not be replayed. */
  failed(gameKey: string): boolean {
    return this.#byGame.get(gameKey)?.state === 'failed';
  }

  /** Asks the references the games of `rows` still lack (a failed one is asked again only after a reload). */
  want(rows: readonly ClassRow[], fileOf: (id: number) => ResultFile | undefined): void {
    for (const { gameKey, file } of referenceSources(rows, fileOf)) {
      if (this.#closed || this.#byGame.has(gameKey)) continue;
      this.#byGame.set(gameKey, { state: 'replaying' });
      const request = referenceRequest(file);
      // the game the verification's seed adjustment of the same files plays (or will): played once for both
      sharedNoActionGame(this.#replay, file.scenario, file.seed, file.customers).then(
        (outcome) => {
          if (!this.#closed) this.#byGame.set(gameKey, { state: 'ready', reference: referenceOf(gameKey, request, outcome, file.seedTargets) });
        },
        () => {
          if (!this.#closed) this.#byGame.set(gameKey, { state: 'failed' });
        },
      );
    }
  }

  close(): void {
    this.#closed = true;
  }
}
