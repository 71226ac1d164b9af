/**
 * The game of the scenario being edited, played with no action on its default seed over its whole
 * length (results/noActionGame.ts noActionRequest), for the reach check (noActionCheck.ts). Played by
 * the replayer given (editorReplayer: the engine's worker), once the draft has stayed valid and unchanged for `delay` ms, and only the latest
 * draft's: an answer for a draft since changed is dropped. `kpisFor(scenario)` is that game's KPIs when
 * it was played on this very scenario, else null (not played yet, or the replay failed: the rough
 * estimate of reachCheck.ts stands in).
 */
import type { TickKpis } from '../../engine/types.ts';
import { noActionRequest } from '../../results/noActionGame.ts';
import { fingerprint } from '../../results/fingerprint.ts';
import type { Replayer } from '../../results/replay.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { browserReplayer } from '../class/browserReplayer.ts';

/** The wait after the last edit before playing (typing a figure digit by digit plays it once). */
export const NO_ACTION_DELAY_MS = 400;

/**
 * The engine's worker (the class view's browserReplayer, one worker), or null where no worker starts (the single file
 * opened from file://): the editor then keeps the rough estimate rather than play a whole game on the page's thread at each edit.
 */
export function editorReplayer(): Replayer | null {
  if (import.meta.env.MODE === 'singlefile' || typeof Worker === 'undefined') return null;
  return browserReplayer(1);
}

export class NoActionRun {
  #played = $state.raw<{ key: string; kpis: TickKpis[] } | null>(null);
  /** the scenario's game is being played (or waits for the edits to stop) */
  running = $state(false);
  #wanted = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #replay: Replayer | null;
  readonly #delay: number;

  constructor(replay: Replayer | null, delay = NO_ACTION_DELAY_MS) {
    this.#replay = replay;
    this.#delay = delay;
  }

  /** Asks for the game of `scenario` (null: an invalid draft, nothing to play). */
  request(scenario: Scenario | null): void {
    clearTimeout(this.#timer);
    if (!scenario || !this.#replay) {
      this.#wanted = '';
      this.running = false;
      return;
    }
    const key = fingerprint(scenario);
    this.#wanted = key;
    if (this.#played?.key === key) {
      this.running = false;
      return;
    }
    this.running = true;
    const replay = this.#replay;
    this.#timer = setTimeout(() => {
      replay(noActionRequest(scenario, scenario.defaultSeed)).then(
        (outcome) => {
          if (this.#wanted !== key) return;
          this.#played = { key, kpis: outcome.kpis };
          this.running = false;
        },
        () => {
          if (this.#wanted === key) this.running = false;
        },
      );
    }, this.#delay);
  }

  /** The no-action KPIs of exactly this scenario, or null. */
  kpisFor(scenario: Scenario): TickKpis[] | null {
    const played = this.#played;
    return played && played.key === fingerprint(scenario) && played.kpis.length >= scenario.durationTicks ? played.kpis : null;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#wanted = '';
  }
}
