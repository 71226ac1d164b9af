/**
 * How long the budget can still pay the running programmes, at the current pace: the foresight a
 * learner needs before the engine stops a programme for lack of budget (src/engine/programmes.ts
 * `suspendUnaffordable`, final: a programme stopped is not restarted). Each period played, the
 * budget receives its refill, then every running programme, oldest first, reserves what the engine
 * expects it to cost with its prudence margin; the first one the budget left cannot pay is stopped.
 * Then the programmes pay what they really cost, and complaint handling is paid.
 *
 * The reserves are the engine's own (worker, src/engine/budgetReserve.ts): for the next period, and
 * period after period as the engine expects them (`ahead`: members leaving, seasons and price rises,
 * a planned end), the costs likewise; without them they are taken as constant. The page replaces the engine's members
 * leaving by what the learner saw of them (programmesRunway.ts runningForRunway, QA hqa3 F8), and says it is an estimate.
 * The engine's draws (what members buy, who leaves, complaints) make the real budget differ a little:
 * a cut may come a period earlier or later than said. Pure: no engine, no UI.
 */

export interface RunwayProgramme {
  id: string;
  /** euros reserved for it before it acts each period (expected cost x the engine's prudence margin) */
  reserve: number;
  /** euros it is expected to really cost each period */
  cost: number;
  /**
   * period after period from the next one (index 0 = period 1), as long as it runs: its reserve and
   * cost, its members leaving, the calendar (engine, budgetReserve.ts); after the last one it has
   * ended as planned, without being stopped. Absent: `reserve` and `cost` every period.
   */
  ahead?: { reserve: readonly number[]; cost: readonly number[]; spread?: readonly number[] };
  /** the first period's reserve and cost, if not those of `ahead` or `reserve`/`cost`: a personalisation launched now, with its set-up */
  first?: { reserve: number; cost: number };
}

export interface RunwayInput {
  /** budget left now, after the last period played */
  budget: number;
  /** what the budget receives at the start of each period (scenario.budget.perTick) */
  refill: number;
  /** the programmes that will run, oldest first (the order in which the engine reserves) */
  programmes: readonly RunwayProgramme[];
  /**
   * other spending each period: complaint handling, which the engine pays only from what the
   * programmes' reserves leave (the rest is not handled: src/engine/service.ts)
   */
  otherCost: number;
  /** spent once in the first period, before the programmes reserve: the campaigns and data collections pending (the engine pays them as it applies them) */
  upfrontCost?: number;
  /** spent once in the first period, after the programmes reserved: the surveys pending (a personalisation's set-up is its `first` period's) */
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
   * none: no programme runs, or no period is left to play; covered: the refill pays what runs each period (the budget does not
   * fall, nothing is stopped); untilEnd: the budget falls but pays every programme until the end of
   * the game; cut: a programme is stopped before the end
   */
  kind: 'none' | 'covered' | 'untilEnd' | 'cut';
  /** the programmes stopped before the end of the game, in the order they are stopped */
  cuts: ProgrammeCut[];
  /**
   * a stop the customers' purchases may bring sooner (a financial advantage's discount follows them, `ahead.spread`):
   * the first one that comes earlier when they buy RUNWAY_DOUBT standard deviations more than expected (its cost, piled
   * up over the periods paid), for a programme `cuts` stops later or not at all. QA learner 1: the card named the
   * reminder for week 5 and the coupons for week 16; a few good weeks of purchases and the coupons stopped in week 5
   */
  sooner?: ProgrammeCut;
}

/** How many standard deviations of the random purchases' cost `sooner` allows for (about 1 in 15 above it). */
export const RUNWAY_DOUBT = 1.5;

export function budgetRunway(input: RunwayInput): Runway {
  const { refill, otherCost } = input;
  // nothing runs, or the game is over: no forecast (QA self 12: « will pay the programmes until the end of the game » after it)
  if (input.programmes.length === 0 || input.periodsLeft <= 0) return { kind: 'none', cuts: [] };
  const cuts = walk(input, 0);
  const high = input.programmes.some((p) => p.ahead?.spread?.some((s) => s > 0)) ? walk(input, RUNWAY_DOUBT) : cuts;
  const sooner = high.find((h) => {
    const central = cuts.find((c) => c.id === h.id);
    return !central || h.period < central.period;
  });
  const spent = input.programmes.reduce((sum, p) => sum + p.cost, 0) + otherCost;
  const kind = cuts.length > 0 ? 'cut' : spent <= refill ? 'covered' : 'untilEnd';
  return sooner ? { kind, cuts, sooner } : { kind, cuts };
}

/**
 * The programmes stopped, period after period, when the purchases cost `doubt` standard deviations more than expected:
 * the budget each period short of that much of the spread piled up over the periods already paid (0: as expected).
 */
function walk(input: RunwayInput, doubt: number): ProgrammeCut[] {
  const { refill, otherCost } = input;
  let running = [...input.programmes];
  const cuts: ProgrammeCut[] = [];
  let budget = input.budget;
  let variance = 0;
  for (let period = 1; period <= input.periodsLeft && running.length > 0; period++) {
    budget += refill - (period === 1 ? (input.upfrontCost ?? 0) : 0);
    const short = doubt * Math.sqrt(variance);
    let left = budget - short;
    let cost = 0;
    const kept: RunwayProgramme[] = [];
    for (const p of running) {
      // a programme that reached its planned end stops without being cut
      if (p.ahead && period > p.ahead.reserve.length) continue;
      const first = period === 1 ? p.first : undefined;
      const reserve = first ? first.reserve : p.ahead ? p.ahead.reserve[period - 1] : p.reserve;
      if (reserve <= left) {
        left -= reserve;
        cost += first ? first.cost : p.ahead ? p.ahead.cost[period - 1] : p.cost;
        variance += (p.ahead?.spread?.[period - 1] ?? 0) ** 2;
        kept.push(p);
      } else cuts.push({ id: p.id, period });
    }
    running = kept;
    const once = period === 1 ? (input.firstPeriodCost ?? 0) : 0;
    // complaints are handled with what the reserves and the period's surveys leave, no more
    budget -= cost + once + Math.min(otherCost, Math.max(0, left + short - once));
  }
  return cuts;
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
