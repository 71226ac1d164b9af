/**
 * The R x F grid as a 5 x 5 heat map model: rows R = 5 (bought recently) down to 1, columns F = 1..5,
 * each cell with its count, its share of scored customers, a 0..1 intensity for the shading and the
 * R x F segment name of MODEL.md (src/engine/segmentMaps.ts decides the map).
 */
import { rfSegment } from '../../engine/segmentMaps.ts';
import { RF_SEGMENTS, type RfSegment } from '../../engine/vocabulary.ts';

export interface RfCell {
  r: number;
  f: number;
  count: number;
  share: number;
  intensity: number;
  segment: RfSegment;
}

export function rfGridRows(rfGrid: readonly number[]): RfCell[][] {
  let total = 0;
  let max = 0;
  for (const c of rfGrid) {
    total += c;
    if (c > max) max = c;
  }
  const rows: RfCell[][] = [];
  for (let r = 5; r >= 1; r--) {
    const row: RfCell[] = [];
    for (let f = 1; f <= 5; f++) {
      const count = rfGrid[(r - 1) * 5 + (f - 1)] ?? 0;
      row.push({ r, f, count, share: total > 0 ? count / total : 0, intensity: max > 0 ? count / max : 0, segment: RF_SEGMENTS[rfSegment(r, f)] });
    }
    rows.push(row);
  }
  return rows;
}
