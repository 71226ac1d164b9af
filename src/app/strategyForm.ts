/**
 * The strategy panel's choices and the action they make. Instrument lists are the ones the
 * decisions schema is built from (engine/actionCheck.ts) so that they can never drift from what the engine accepts.
 */
import type { Action, ActionInput, Target } from '../engine/decisions.ts';
import { CUSTOMISATION_INSTRUMENTS, FINANCIER_INSTRUMENTS, LIEN_SOCIAL_INSTRUMENTS, PERSONNALISATION_INSTRUMENTS } from '../engine/actionCheck.ts';
import type { Strategy } from '../engine/vocabulary.ts';

export type StrategyInstrument = Extract<Action, { type: Strategy }>['instrument'];

export interface StrategyChoice {
  strategy: Strategy;
  instrument: StrategyInstrument;
  /** financier only, 0.01..0.5 */
  discountRate: number;
  /** null = until stopped */
  durationTicks: number | null;
}

export const INSTRUMENTS: Record<Strategy, readonly StrategyInstrument[]> = {
  financier: FINANCIER_INSTRUMENTS,
  lienSocial: LIEN_SOCIAL_INSTRUMENTS,
  personnalisation: PERSONNALISATION_INSTRUMENTS,
  customisation: CUSTOMISATION_INSTRUMENTS,
};

export function defaultChoice(strategy: Strategy): StrategyChoice {
  return { strategy, instrument: INSTRUMENTS[strategy][0], discountRate: 0.1, durationTicks: null };
}

export function strategyAction(choice: StrategyChoice, target: Target): ActionInput {
  const duration = choice.durationTicks !== null && choice.durationTicks >= 1 ? { durationTicks: Math.round(choice.durationTicks) } : {};
  if (choice.strategy === 'financier')
    return { type: 'financier', instrument: choice.instrument as 'coupon', target, discountRate: choice.discountRate, ...duration };
  return { type: choice.strategy, instrument: choice.instrument, target, ...duration } as ActionInput;
}
