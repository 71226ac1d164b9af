/**
 * The cheap shape check of a customer record, without zod: used while reading 100,000 customers
 * (zod runs on the returned page only) and by the page encoder (customerColumns.ts), which the
 * engine worker's tick writer loads (src/app/tickWriter.ts: no zod in the worker). Re-exported by
 * recordSchemas.ts.
 */
import type { CustomerRecord } from '../engine/types.ts';
import { CHANNELS, LADDER, MOTIVES, STAGES } from '../engine/vocabulary.ts';

const STAGE_SET = new Set<string>(STAGES);
const MOTIVE_SET = new Set<string>(MOTIVES);
const CHANNEL_SET = new Set<string>(CHANNELS);
const LADDER_SET = new Set<string>(LADDER);

/**
 * Cheap check used while reading 100,000 customers (zod runs on the returned page only): the
 * fields filters and sorts rely on have the right types and vocabularies.
 */
export function looksLikeCustomer(value: unknown): value is CustomerRecord {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.id === 'number' &&
    typeof c.firstName === 'string' &&
    typeof c.lastName === 'string' &&
    typeof c.town === 'number' &&
    typeof c.spendTotal === 'number' &&
    STAGE_SET.has(c.stage as string) &&
    MOTIVE_SET.has(c.motive as string) &&
    CHANNEL_SET.has(c.channel as string) &&
    LADDER_SET.has(c.ladder as string)
  );
}
