/**
 * The strategy panel's choices and the action they make. Instrument lists are read from
 * the decisions schema itself so that they can never drift from what the engine accepts.
 */
import { actionSchema, type Action, type ActionInput, type Target } from '../engine/decisions.ts';
import { STRATEGIES, type Strategy } from '../engine/vocabulary.ts';

export type StrategyInstrument = Extract<Action, { type: Strategy }>['instrument'];

export interface StrategyChoice {
  strategy: Strategy;
  instrument: StrategyInstrument;
  /** financier only, 0.01..0.5 */
  discountRate: number;
  /** null = until stopped */
  durationTicks: number | null;
}

function instrumentsOf(strategy: Strategy): readonly StrategyInstrument[] {
  const option = actionSchema.def.options.find((o) => o.shape.type.def.values[0] === strategy);
  const instrument = option && 'instrument' in option.shape ? option.shape.instrument : undefined;
  return instrument ? (instrument.options as readonly StrategyInstrument[]) : [];
}

export const INSTRUMENTS: Record<Strategy, readonly StrategyInstrument[]> = Object.fromEntries(
  STRATEGIES.map((s) => [s, instrumentsOf(s)]),
) as Record<Strategy, readonly StrategyInstrument[]>;

export function defaultChoice(strategy: Strategy): StrategyChoice {
  return { strategy, instrument: INSTRUMENTS[strategy][0], discountRate: 0.1, durationTicks: null };
}

export function strategyAction(choice: StrategyChoice, target: Target): ActionInput {
  const duration = choice.durationTicks !== null && choice.durationTicks >= 1 ? { durationTicks: Math.round(choice.durationTicks) } : {};
  if (choice.strategy === 'financier')
    return { type: 'financier', instrument: choice.instrument as 'coupon', target, discountRate: choice.discountRate, ...duration };
  return { type: choice.strategy, instrument: choice.instrument, target, ...duration } as ActionInput;
}
