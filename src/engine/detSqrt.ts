/**
 * The deterministic square root (see detMath.ts, which re-exports it), in a file of its own: the page's cost
 * forecast (costForecast.ts) needs it alone, and with it the rest of detMath (exp, log, pow, lgamma…, which
 * the page's simulation and the teacher tools use) came into the learner's first game screens' chunk
 * (bench app-learner-js, issue 4).
 */
import { F64, HI, LO, U32 } from './detBits.ts';

/** Square root by Newton's method from a bit-level guess (halved exponent). */
export function sqrt(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0 || x === Infinity) return x;
  let scale = 1;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    scale = 1 / 134217728; // 2^-27
  }
  F64[0] = x;
  U32[HI] = ((U32[HI] >>> 1) + 0x1ff80000) >>> 0;
  U32[LO] = 0;
  let y = F64[0];
  // relative error of the guess < 6 %; each step squares it
  y = 0.5 * (y + x / y);
  y = 0.5 * (y + x / y);
  y = 0.5 * (y + x / y);
  y = 0.5 * (y + x / y);
  y = 0.5 * (y + x / y);
  // final correction to the nearest of the neighbours
  const r = x - y * y;
  y += (0.5 * r) / y;
  return y * scale;
}
