/**
 * The live estimate of the current period's cost (periodCost.ts) for the decisions screen: the
 * targets of the pending decisions are asked from the engine worker (the count and recorded spend
 * the target builder gets), answers to an older list of decisions are dropped. With the engine's
 * reserves of the session, it also says how long the budget pays the programmes (budgetRunway.ts).
 * Before the first period, the engine's answer for the whole base also counts the customers still
 * there, which the survey form bounds its questionnaire with.
 */
import type { Action, Target } from '../engine/decisions.ts';
import type { GameSession } from './session.svelte.ts';
import { collectedBefore, hasTarget, isStrategy, periodCost, type PeriodCost, type TargetSize } from './periodCost.ts';
import { baseRetentionPerPeriod, complaintCostAhead } from './programmesRunway.ts';
import { complaintUnitCosts } from './complaintPolicy.ts';
import { needsConsent } from '../engine/consent.ts';

export class PeriodEstimate {
  /** null while the pending decisions' targets are being counted */
  cost = $state.raw<PeriodCost | null>(null);
  /** complaint handling per period the runway counts (complaintCostAhead; the first period: the complaints expected), null while counted */
  complaintCost = $state.raw<number | null>(null);
  #asked = 0;
  /** the customers still there before the first period (the base lost some in its pre-history), and the run counted */
  #startAlive = $state.raw<{ run: string; alive: number } | null>(null);

  /** The customers still there before the run's first period, null while counted (and once a period is played: its KPIs say). */
  startAlive(runId: string | null): number | null {
    return this.#startAlive !== null && this.#startAlive.run === runId ? this.#startAlive.alive : null;
  }

  /** Estimates the session's pending decisions; returns when done (or superseded). */
  async refresh(session: GameSession): Promise<void> {
    const question = ++this.#asked;
    const pending: readonly Action[] = session.pending;
    const scenario = session.scenario;
    if (!scenario) return;
    this.cost = null;
    this.complaintCost = null;
    const kpis = session.kpis;
    const run = session.runId;
    let targets: (TargetSize | undefined)[];
    let firstPeriod = 0;
    try {
      [targets, firstPeriod] = await Promise.all([
        Promise.all(
          pending.map(async (a, index) => {
            if (!hasTarget(a)) return undefined;
            // the cost curves price a strategy only (a data collection pays per contact); a strategy needing consent also
            // enrols who the collections queued before it ask, priced as the form priced it (the range's top, review22 M1)
            const collected = isStrategy(a) && needsConsent(a.instrument) ? ($state.snapshot(collectedBefore(pending, index)) as Target[]) : undefined;
            const { count, spend } = await session.selectTarget($state.snapshot(a.target) as Target, 0, isStrategy(a), collected);
            return { count, spend };
          }),
        ),
        // no period played, no complaint counted yet: those the engine would expect of the customers still there
        kpis.length === 0
          ? session.selectTarget({}, 0).then(({ spend }) => {
              if (run !== null && session.runId === run) this.#startAlive = { run, alive: spend.active };
              return spend.complaints ?? 0;
            })
          : 0,
      ]);
    } catch {
      return;
    }
    if (question !== this.#asked) return;
    const complaintCost = complaintCostAhead(kpis, complaintUnitCosts(session.decisions, pending, scenario), firstPeriod);
    this.cost = periodCost({
      pending,
      targets,
      running: session.runningProgrammes,
      tickUnit: scenario.tickUnit,
      last: session.kpis.at(-1),
      budgetLeft: session.budgetLeft,
      perTickIncome: scenario.budget.perTick,
      reserves: session.reserves,
      complaintCost,
      tick: session.tick,
      periodsLeft: scenario.durationTicks - session.tick,
      baseRetention: baseRetentionPerPeriod(session.kpis),
    });
    this.complaintCost = complaintCost;
    // a refusal of these decisions, once played, says what the engine had reserved before it
    session.budgetGate = { pending, gate: this.cost.gate };
  }
}
