/**
 * The preview of a scenario's starting customer base: the engine builds a small sample of it
 * (same mechanics, its pre-history included) and we count customers by SONCAS motive, lifecycle
 * stage and RFM segment, and measure the mean basket of their past purchases. Pure: the engine's
 * two functions are passed in, so the editor can load the engine lazily.
 */
import type { CustomerRecord } from '../../engine/types.ts';
import { COURSE_SEGMENTS, MOTIVES, STAGES, type CourseSegment, type Motive, type Stage } from '../../engine/vocabulary.ts';
import type { Scenario } from '../../scenario/schema.ts';

/** Customers drawn for the preview: enough for stable shares, small enough to be instant. */
export const PREVIEW_CUSTOMERS = 500;

export interface PreviewEngine<S> {
  createSimulation(scenario: Scenario, options: { seed: number; customers?: number }): S;
  customerRecord(state: S, i: number): CustomerRecord;
}

export interface Count<K extends string> {
  key: K;
  count: number;
  share: number;
}

export interface BasePreview {
  customers: number;
  /** the shop's starting customers (« Nombre de clients au départ »), of which `customers` is the sample */
  total: number;
  seed: number;
  byMotive: Count<Motive>[];
  byStage: Count<Stage>[];
  /** 'aucun' = not scored (never bought in the RFM window) */
  bySegment: Count<CourseSegment | 'aucun'>[];
  /** mean spend per past purchase; null when nobody bought yet */
  meanBasket: number | null;
}

function counts<K extends string>(keys: readonly K[], tally: Map<K, number>, total: number): Count<K>[] {
  return keys.map((key) => {
    const count = tally.get(key) ?? 0;
    return { key, count, share: total > 0 ? count / total : 0 };
  });
}

export function previewBase<S>(engine: PreviewEngine<S>, scenario: Scenario, size = PREVIEW_CUSTOMERS): BasePreview {
  const customers = Math.max(1, Math.min(size, scenario.customers.initial));
  const seed = scenario.defaultSeed;
  const state = engine.createSimulation(scenario, { seed, customers });
  const motives = new Map<Motive, number>();
  const stages = new Map<Stage, number>();
  const segments = new Map<CourseSegment | 'aucun', number>();
  let spend = 0;
  let purchases = 0;
  for (let i = 0; i < customers; i++) {
    const r = engine.customerRecord(state, i);
    motives.set(r.motive, (motives.get(r.motive) ?? 0) + 1);
    stages.set(r.stage, (stages.get(r.stage) ?? 0) + 1);
    const segment = r.segment ?? 'aucun';
    segments.set(segment, (segments.get(segment) ?? 0) + 1);
    spend += r.spendTotal;
    purchases += r.purchasesTotal;
  }
  return {
    customers,
    total: scenario.customers.initial,
    seed,
    byMotive: counts(MOTIVES, motives, customers),
    byStage: counts(STAGES, stages, customers),
    bySegment: counts([...COURSE_SEGMENTS, 'aucun'] as const, segments, customers),
    meanBasket: purchases > 0 ? spend / purchases : null,
  };
}
