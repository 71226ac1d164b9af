/**
 * How long the budget can still pay the running programmes, at the current pace: the foresight a
 * learner needs before the engine stops a programme for lack of budget (src/engine/programmes.ts
 * `suspendUnaffordable`, final: a programme stopped is not restarted). Each period played, the
 * budget receives its refill, then every running programme, oldest first, reserves what the engine
 * expects it to cost with its prudence margin; the first one the budget left cannot pay is stopped.
 * Then the programmes pay what they really cost, and complaint handling is paid.
 *
 * The reserves are the engine's own for the next period (worker, src/engine/budgetReserve.ts) and are
 * taken as constant afterwards, like the costs: « au rythme actuel ». Members lost make both fall a
 * little, so a cut may come a period later than said, rarely earlier. Pure: no engine, no UI.
 */

export interface RunwayProgramme {
  id: string;
  /** euros reserved for it before it acts each period (expected cost x the engine's prudence margin) */
  reserve: number;
  /** euros it is expected to really cost each period */
  cost: number;
}

export interface RunwayInput {
  /** budget left now, after the last period played */
  budget: number;
  /** what the budget receives at the start of each period (scenario.budget.perTick) */
  refill: number;
  /** the programmes that will run, oldest first (the order in which the engine reserves) */
  programmes: readonly RunwayProgramme[];
  /** other spending each period: complaint handling */
  otherCost: number;
  /** spent once in the first period: the one-off decisions pending (surveys, data, campaigns) */
  firstPeriodCost?: number;
  /** periods left to play: nothing is stopped after the end of the game */
  periodsLeft: number;
}

export interface ProgrammeCut {
  id: string;
  /** the period it is stopped at, counted from now: 1 = the next period played */
  period: number;
}

export interface Runway {
  /**
   * none: no programme runs; covered: the refill pays what runs each period (the budget does not
   * fall, nothing is stopped); untilEnd: the budget falls but pays every programme until the end of
   * the game; cut: a programme is stopped before the end
   */
  kind: 'none' | 'covered' | 'untilEnd' | 'cut';
  /** the programmes stopped before the end of the game, in the order they are stopped */
  cuts: ProgrammeCut[];
}

export function budgetRunway(input: RunwayInput): Runway {
  const { refill, otherCost } = input;
  if (input.programmes.length === 0) return { kind: 'none', cuts: [] };
  let running = [...input.programmes];
  const cuts: ProgrammeCut[] = [];
  let budget = input.budget;
  for (let period = 1; period <= input.periodsLeft && running.length > 0; period++) {
    budget += refill;
    let left = budget;
    let cost = 0;
    const kept: RunwayProgramme[] = [];
    for (const p of running) {
      if (p.reserve <= left) {
        left -= p.reserve;
        cost += p.cost;
        kept.push(p);
      } else cuts.push({ id: p.id, period });
    }
    running = kept;
    budget -= cost + otherCost + (period === 1 ? (input.firstPeriodCost ?? 0) : 0);
  }
  if (cuts.length > 0) return { kind: 'cut', cuts };
  const spent = input.programmes.reduce((sum, p) => sum + p.cost, 0) + otherCost;
  return { kind: spent <= refill ? 'covered' : 'untilEnd', cuts };
}

/** The first programmes stopped (those stopped in the same period as the first), oldest first. */
export function firstCuts(runway: Runway): ProgrammeCut[] {
  const first = runway.cuts[0];
  return first ? runway.cuts.filter((c) => c.period === first.period) : [];
}

/** Periods the budget still pays a programme it stops (0: not even the next one), or null if it pays it until the end. */
export function periodsPaid(runway: Runway, id: string): number | null {
  const cut = runway.cuts.find((c) => c.id === id);
  return cut ? cut.period - 1 : null;
}
