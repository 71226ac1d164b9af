import type { TickKpis } from '../../engine/types.ts';

/**
 * The purchases file's line count: the purchases of the periods played and saved (the file is read from the stored run,
 * src/db/csvExport.ts), not of a period played but not saved yet (review16 m7).
 */
export function purchasesPlayed(kpis: readonly Pick<TickKpis, 'purchases'>[], savedTick: number): number {
  return kpis.slice(0, savedTick).reduce((n, k) => n + k.purchases, 0);
}
