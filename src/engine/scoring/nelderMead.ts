/**
 * Nelder-Mead minimiser (the downhill simplex), deterministic: fixed initial simplex, standard
 * coefficients, ties resolved by vertex order. Used for the maximum-likelihood fits on log-parameters,
 * where the likelihood is smooth and the dimension small (3 or 4). A loose probe from a fresh simplex
 * at the end guards against the simplex collapsing early; the search resumes only if it improves.
 */

export interface MinimizeResult {
  x: number[];
  value: number;
  evaluations: number;
}

export interface MinimizeOptions {
  /** Initial step along each axis. */
  step?: number;
  /** Stop when the spread of values in the simplex falls below this. */
  tolerance?: number;
  maxEvaluations?: number;
  maxRestarts?: number;
}

export function nelderMead(f: (x: number[]) => number, start: number[], options: MinimizeOptions = {}): MinimizeResult {
  const step = options.step ?? 0.5;
  const tolerance = options.tolerance ?? 1e-10;
  const maxEvaluations = options.maxEvaluations ?? 5000;
  const maxRestarts = options.maxRestarts ?? 5;
  let evaluations = 0;
  const evaluate = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return v === v ? v : Infinity; // NaN (outside the domain) counts as worst
  };
  const budget = () => evaluations < maxEvaluations;
  let best = simplexRun(evaluate, start, evaluate(start), step, tolerance, budget);
  for (let restart = 0; restart < maxRestarts && budget(); restart++) {
    // A quick, loose probe from a fresh small simplex; only if it finds better ground is the
    // search refined again at full precision (a collapsed simplex can stop short of the minimum).
    const probe = simplexRun(evaluate, best.x, best.value, step / 4, tolerance * 1000, budget);
    if (!(probe.value < best.value - tolerance * (1 + Math.abs(best.value)))) break;
    const refined = simplexRun(evaluate, probe.x, probe.value, step / 4, tolerance, budget);
    best = refined.value <= probe.value ? refined : probe;
  }
  return { x: best.x, value: best.value, evaluations };
}

function simplexRun(
  evaluate: (x: number[]) => number,
  start: number[],
  startValue: number,
  step: number,
  tolerance: number,
  budgetLeft: () => boolean,
): { x: number[]; value: number } {
  const n = start.length;
  const points: number[][] = [start.slice()];
  const values: number[] = [startValue];
  for (let i = 0; i < n; i++) {
    const p = start.slice();
    p[i] += step;
    points.push(p);
    values.push(evaluate(p));
  }
  const order = points.map((_, i) => i);
  while (budgetLeft()) {
    order.sort((i, j) => values[i] - values[j] || i - j);
    const bestI = order[0];
    const worstI = order[n];
    const secondWorst = values[order[n - 1]];
    if (Math.abs(values[worstI] - values[bestI]) <= tolerance * (1 + Math.abs(values[bestI]))) break;
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) {
      const p = points[order[k]];
      for (let i = 0; i < n; i++) centroid[i] += p[i] / n;
    }
    const along = (t: number): number[] => centroid.map((c, i) => c + t * (points[worstI][i] - c));
    const reflected = along(-1);
    const fr = evaluate(reflected);
    if (fr < values[bestI]) {
      const expanded = along(-2);
      const fe = evaluate(expanded);
      if (fe < fr) replace(points, values, worstI, expanded, fe);
      else replace(points, values, worstI, reflected, fr);
    } else if (fr < secondWorst) {
      replace(points, values, worstI, reflected, fr);
    } else {
      const outside = fr < values[worstI];
      const contracted = along(outside ? -0.5 : 0.5);
      const fc = evaluate(contracted);
      if (fc < (outside ? fr : values[worstI])) {
        replace(points, values, worstI, contracted, fc);
      } else {
        // shrink towards the best vertex
        for (let k = 1; k <= n; k++) {
          const j = order[k];
          const p = points[bestI].map((b, i) => b + 0.5 * (points[j][i] - b));
          replace(points, values, j, p, evaluate(p));
        }
      }
    }
  }
  let b = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[b]) b = i;
  return { x: points[b], value: values[b] };
}

function replace(points: number[][], values: number[], i: number, p: number[], v: number): void {
  points[i] = p;
  values[i] = v;
}
