/**
 * The state of the « Et si… ? » screen: the family of timelines of the run being played, the two
 * chosen for comparison (default: the one played and the one it branched from), their loaded
 * decisions and KPIs, and the actions (branch from a past tick, open another timeline). The
 * rules and the storage are in src/app/whatif/; the components only display this.
 */
import {
  branchFrom,
  branchRefusal,
  replayedRefusals,
  switchTo,
  type BranchingDeps,
  type BranchRefusal,
  type BranchStart,
} from '../../app/whatif/branching.ts';
import type { PeriodRefusals } from '../../engine/types.ts';
import type { FamilyMember, Timeline } from '../../app/whatif/branchStore.ts';
import type { BranchName } from '../../app/runName.ts';
import { noticeOfError } from '../../app/errors.ts';
import { compareTimelines, type TimelineComparison } from './compareTimelines.ts';

export type Slot = 'a' | 'b';

/** A timeline read for the comparison, with the decisions the engine refused in it. */
export interface LoadedTimeline extends Timeline {
  /**
   * the played timeline's from the session (session.rejections), a saved one's replayed (app/whatif/branching.ts
   * replayedRefusals: the database keeps none); null: they could not be told (another model's timeline)
   */
  refusals: readonly PeriodRefusals[] | null;
}

export class WhatIfController {
  family = $state.raw<FamilyMember[]>([]);
  a = $state<string | null>(null);
  b = $state<string | null>(null);
  timelines = $state.raw<Record<string, LoadedTimeline>>({});
  loading = $state(false);
  working = $state(false);

  comparison = $derived.by((): TimelineComparison | null => {
    const ta = this.a ? this.timelines[this.a] : undefined;
    const tb = this.b ? this.timelines[this.b] : undefined;
    return ta && tb && this.a !== this.b ? compareTimelines(ta, tb) : null;
  });

  #deps: BranchingDeps;
  /** a saved timeline's replayed refusals by `id@tick`: it does not change until played again, and a refresh (each branch, each open) reads it again */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- not state: read when a timeline is loaded, never rendered
  #refusals = new Map<string, readonly PeriodRefusals[] | null>();

  constructor(deps: BranchingDeps) {
    this.#deps = deps;
  }

  /** Why "Et si… ?" from `tick` is not possible now (null: it is). */
  refusal(tick: number): BranchRefusal | null {
    return branchRefusal(this.#deps.session, tick);
  }

  /** Reloads the family of the run being played and the two compared timelines. */
  async refresh(): Promise<void> {
    const runId = this.#deps.session.runId;
    if (!runId) return;
    this.loading = true;
    try {
      const family = await this.#deps.store.family(runId);
      this.family = family;
      const current = family.find((m) => m.id === runId);
      const parent = current?.parentRunId && family.some((m) => m.id === current.parentRunId) ? current.parentRunId : null;
      this.b = runId;
      this.a = parent ?? family.find((m) => m.id !== runId)?.id ?? null;
      // the timeline being played may have advanced since it was last read: always read again
      this.timelines = {};
      await this.#load([this.a, this.b]);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.loading = false;
    }
  }

  /**
   * Reads the family's list again, the comparison left as chosen: another tab may have branched or deleted one of its
   * timelines meanwhile (QA qa13: a second tab did not list the branch just made in the first).
   */
  async refreshFamily(): Promise<void> {
    const runId = this.#deps.session.runId;
    if (!runId || this.working || this.loading) return;
    try {
      this.family = await this.#deps.store.family(runId);
    } catch (error) {
      this.#fail(error);
    }
  }

  async select(slot: Slot, id: string): Promise<void> {
    this[slot] = id;
    try {
      await this.#load([id]);
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * Branches the run being played at `tick` (completed ticks kept) and plays the branch, named `name` (composed now from
   * `branchName`); `start` 'original' takes up the later decisions of the run being played.
   */
  async branch(tick: number, name: string, branchName: BranchName, start: BranchStart = 'empty'): Promise<boolean> {
    return this.#work(async () => (await branchFrom(this.#deps, tick, name, branchName, start)) !== null);
  }

  /** Plays another timeline of the family. */
  async open(runId: string): Promise<boolean> {
    return this.#work(() => switchTo(this.#deps, runId));
  }

  async #work(action: () => Promise<boolean>): Promise<boolean> {
    if (this.working) return false;
    this.working = true;
    try {
      const ok = await action();
      if (ok) await this.refresh();
      return ok;
    } finally {
      this.working = false;
    }
  }

  async #load(ids: (string | null)[]): Promise<void> {
    const missing = ids.filter((id, i): id is string => id !== null && ids.indexOf(id) === i && !(id in this.timelines));
    // a timeline counts as loaded with its refusals: its decisions are never listed as applied before they are known
    const loaded = await Promise.all(missing.map(async (id) => this.#withRefusals(await this.#deps.store.timeline(id))));
    if (loaded.length > 0)
      this.timelines = {
        ...this.timelines,
        ...Object.fromEntries(loaded.map((tl) => [tl.id, tl])),
      };
  }

  async #withRefusals(timeline: Timeline): Promise<LoadedTimeline> {
    const { session, engine } = this.#deps;
    if (timeline.id === session.runId) return { ...timeline, refusals: session.rejections };
    const key = `${timeline.id}@${timeline.tick}`;
    let refusals = this.#refusals.get(key);
    if (refusals === undefined) {
      refusals = session.scenario ? await replayedRefusals(engine, session.scenario, session.seed, timeline) : null;
      this.#refusals.set(key, refusals);
    }
    return { ...timeline, refusals };
  }

  #fail(error: unknown): void {
    const notice = noticeOfError(error);
    this.#deps.notices.push('error', notice.key, notice.params, notice.text);
  }
}
