/**
 * The game of the scenario being edited, played with no action on its default seed over its whole
 * length (results/noActionGame.ts noActionRequest), for the reach check (noActionCheck.ts). Played by
 * the editor's player (editorPlayer: one engine worker of its own, ended when the editor closes), once the
 * draft has stayed valid and unchanged for `delay` ms, and only the latest draft's: at most one game is
 * played at a time and one waits, the latest asked (quick edits do not queue a game each); an answer for a
 * draft since changed is dropped. `kpisFor(scenario)` is that game's KPIs when it was played on this very
 * scenario, else null; `checking(scenario)`: its game is coming (the editor says « vérification… » and
 * holds back the rough estimate of reachCheck.ts, which stands in only when no game will come: no worker
 * and too big a shop for the page's thread, or a failed replay).
 */
import type { TickKpis } from '../../engine/types.ts';
import { noActionRequest } from '../../results/noActionGame.ts';
import { fingerprint } from '../../results/fingerprint.ts';
import type { ReplayOutcome, ReplayRequest, Replayer } from '../../results/replay.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { weeksPerTick } from '../../app/costEstimate.ts';
import { createEngineWorker, workerTransport, type EngineTransport } from '../../app/engineClient.ts';
import { pageReplayer } from '../class/browserReplayer.ts';

/** The wait after the last edit before playing (typing a figure digit by digit plays it once). */
export const NO_ACTION_DELAY_MS = 400;

/**
 * The largest shop played on the page's thread when no worker starts (file://, a browser without module
 * workers), in customer-weeks (starting customers × weeks played): the bakery's year, 3 000 × 52. Played in
 * slices (browserReplayer.ts replayInSlices, about 12 ms a week of it on a slow laptop), that is some 0,6 s
 * of work the page stays responsive through; a 10 000-customer shop over a year, about 3,3 times as much
 * (some 2 s) in slices of one week of 10 000 customers each, stalls the typing at every edit: it keeps the
 * rough estimate.
 */
export const PAGE_MAX_CUSTOMER_WEEKS = 3_000 * 52;

/** Whether `scenario`'s game is small enough to play on the page's thread (PAGE_MAX_CUSTOMER_WEEKS). */
export function smallEnoughForPage(scenario: Pick<Scenario, 'customers' | 'durationTicks' | 'tickUnit'>): boolean {
  const weeks = scenario.durationTicks * weeksPerTick(scenario.tickUnit);
  return scenario.customers.initial * weeks <= PAGE_MAX_CUSTOMER_WEEKS;
}

/** What plays the no-action games of the editor. */
export interface NoActionPlayer {
  /** whether it will play `scenario`'s game (false: the rough estimate stands) */
  canPlay(scenario: Scenario): boolean;
  play(request: ReplayRequest): Promise<ReplayOutcome>;
  /** ends what it started (its worker): the editor is closed */
  stop(): void;
}

/** A replayer given (tests): plays every game, starts nothing to end. */
export function playerOf(replay: Replayer): NoActionPlayer {
  return { canPlay: () => true, play: replay, stop: () => {} };
}

/**
 * The editor's player: one engine worker, started on the first game and ended by stop() (leaving the editor
 * and coming back starts one, never a second beside it). Where the worker cannot be made or fails, the
 * page's thread plays a small shop's game (smallEnoughForPage), the game the worker died in included, and a big
 * one's is not played (the rough estimate stands at once).
 */
export function editorPlayer(startWorker: () => Worker = createEngineWorker, page: Replayer = pageReplayer()): NoActionPlayer {
  let transport: EngineTransport | null | undefined;
  let stopped = false;
  const worker = (): EngineTransport | null => {
    if (transport !== undefined) return transport;
    let started: Worker | null = null;
    try {
      started = startWorker();
    } catch {
      started = null;
    }
    if (!started) return (transport = null);
    const own = workerTransport(started);
    started.addEventListener('error', (event) => {
      event.preventDefault();
      // a worker that failed is not asked again: the page plays what it can (its pending game is rejected by workerTransport)
      own.close();
      transport = null;
    });
    return (transport = own);
  };
  return {
    canPlay: (scenario) => !stopped && (worker() !== null || smallEnoughForPage(scenario)),
    play(request) {
      if (stopped) return Promise.reject(new Error('editor closed'));
      const own = worker();
      if (own)
        return own.send({ kind: 'replay', ...(JSON.parse(JSON.stringify(request)) as ReplayRequest) }).catch((error: unknown) => {
          // the worker died during this game (its error ended it: transport null): a small shop's game is played on the
          // page at once, not after the next edit (review21 n6); an engine's answered error, or a big shop, keeps failing
          if (!stopped && transport === null && smallEnoughForPage(request.scenario)) return page(request);
          throw error;
        });
      return smallEnoughForPage(request.scenario) ? page(request) : Promise.reject(new Error('too big for the page'));
    },
    stop() {
      stopped = true;
      transport?.close();
      transport = null;
    },
  };
}

/**
 * The editor's player, or null where no worker can exist (the single file opened from file:// inlines
 * everything, and a worker would need a file of its own; jsdom): the editor then keeps the rough estimate.
 */
export function defaultEditorPlayer(): NoActionPlayer | null {
  if (import.meta.env.MODE === 'singlefile' || typeof Worker === 'undefined') return null;
  return editorPlayer();
}

export class NoActionRun {
  #played = $state.raw<{ key: string; kpis: TickKpis[] } | null>(null);
  /** the fingerprint of the latest game that failed: its rough estimate stands */
  #failed = $state('');
  #wanted = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** the game being played (its fingerprint), and the one asked since, waiting for it */
  #inFlight: string | null = null;
  #next: { key: string; scenario: Scenario } | null = null;
  readonly #player: NoActionPlayer | null;
  readonly #delay: number;

  constructor(player: NoActionPlayer | null, delay = NO_ACTION_DELAY_MS) {
    this.#player = player;
    this.#delay = delay;
  }

  /** Asks for the game of `scenario` (null: an invalid draft, nothing to play). */
  request(scenario: Scenario | null): void {
    clearTimeout(this.#timer);
    this.#next = null;
    if (!scenario || !this.#player?.canPlay(scenario)) {
      this.#wanted = '';
      return;
    }
    const key = fingerprint(scenario);
    this.#wanted = key;
    if (this.#played?.key === key || this.#failed === key) return;
    this.#timer = setTimeout(() => {
      this.#next = { key, scenario };
      this.#playNext();
    }, this.#delay);
  }

  /** Plays the game waiting if none is being played (the one being played finishes first: its answer is kept only if still wanted). */
  #playNext(): void {
    const next = this.#next;
    const player = this.#player;
    if (this.#inFlight !== null || !next || !player || next.key !== this.#wanted) return;
    this.#next = null;
    if (next.key === this.#played?.key) return;
    this.#inFlight = next.key;
    const { key, scenario } = next;
    player.play(noActionRequest(scenario, scenario.defaultSeed)).then(
      (outcome) => {
        this.#inFlight = null;
        if (this.#wanted === key) this.#played = { key, kpis: outcome.kpis };
        this.#playNext();
      },
      () => {
        this.#inFlight = null;
        if (this.#wanted === key) this.#failed = key;
        this.#playNext();
      },
    );
  }

  /** The no-action KPIs of exactly this scenario, or null. */
  kpisFor(scenario: Scenario): TickKpis[] | null {
    const played = this.#played;
    return played && played.key === fingerprint(scenario) && played.kpis.length >= scenario.durationTicks ? played.kpis : null;
  }

  /** Whether `scenario`'s game is coming (asked, waiting for the edits to stop or being played): its figures are not known yet. */
  checking(scenario: Scenario): boolean {
    if (!this.#player?.canPlay(scenario)) return false;
    const key = fingerprint(scenario);
    return this.#played?.key !== key && this.#failed !== key;
  }

  /** The editor closes: nothing more is played, the worker ends. */
  stop(): void {
    clearTimeout(this.#timer);
    this.#wanted = '';
    this.#next = null;
    this.#player?.stop();
  }
}
