/**
 * The customer table's columns: which record field each shows and sorts on, its kind (for
 * alignment and formatting) and whether it is shown by default. The learner can show or hide
 * any column except the name.
 */
import type { CustomerRecord } from '../../engine/types.ts';

export type ColumnKind = 'text' | 'number' | 'money' | 'share' | 'boolean' | 'tick' | 'vocabulary' | 'town';

export type ColumnId =
  | 'name' | 'id' | 'age' | 'town' | 'stage' | 'segment' | 'rfSegment' | 'r' | 'f' | 'm' | 'motive' | 'channel' | 'ladder'
  | 'firstPurchaseTick' | 'lastPurchaseTick' | 'purchasesTotal' | 'spendTotal' | 'loyaltyCard' | 'clubMember'
  | 'measuredSatisfaction' | 'dataKnown' | 'consent' | 'referred' | 'departureCause';

export interface ColumnDef {
  id: ColumnId;
  /** the field sorted on (and shown, except for the name column) */
  field: keyof CustomerRecord;
  kind: ColumnKind;
  /** vocabulary section for kind 'vocabulary' (vocabulary.<section>.<id>) */
  vocabulary?: 'motive' | 'channel' | 'stage' | 'ladder' | 'segment' | 'rfSegment' | 'cause';
  visibleByDefault: boolean;
  /** the name column cannot be hidden: it opens the customer's file */
  fixed?: boolean;
}

export const COLUMNS: readonly ColumnDef[] = [
  { id: 'name', field: 'lastName', kind: 'text', visibleByDefault: true, fixed: true },
  { id: 'id', field: 'id', kind: 'number', visibleByDefault: true },
  { id: 'age', field: 'age', kind: 'number', visibleByDefault: false },
  { id: 'town', field: 'town', kind: 'town', visibleByDefault: true },
  { id: 'stage', field: 'stage', kind: 'vocabulary', vocabulary: 'stage', visibleByDefault: true },
  { id: 'segment', field: 'segment', kind: 'vocabulary', vocabulary: 'segment', visibleByDefault: true },
  { id: 'rfSegment', field: 'rfSegment', kind: 'vocabulary', vocabulary: 'rfSegment', visibleByDefault: false },
  { id: 'r', field: 'r', kind: 'number', visibleByDefault: true },
  { id: 'f', field: 'f', kind: 'number', visibleByDefault: true },
  { id: 'm', field: 'm', kind: 'number', visibleByDefault: true },
  { id: 'motive', field: 'motive', kind: 'vocabulary', vocabulary: 'motive', visibleByDefault: true },
  { id: 'channel', field: 'channel', kind: 'vocabulary', vocabulary: 'channel', visibleByDefault: false },
  { id: 'ladder', field: 'ladder', kind: 'vocabulary', vocabulary: 'ladder', visibleByDefault: false },
  { id: 'firstPurchaseTick', field: 'firstPurchaseTick', kind: 'tick', visibleByDefault: false },
  { id: 'lastPurchaseTick', field: 'lastPurchaseTick', kind: 'tick', visibleByDefault: true },
  { id: 'purchasesTotal', field: 'purchasesTotal', kind: 'number', visibleByDefault: true },
  { id: 'spendTotal', field: 'spendTotal', kind: 'money', visibleByDefault: true },
  { id: 'loyaltyCard', field: 'loyaltyCard', kind: 'boolean', visibleByDefault: true },
  { id: 'clubMember', field: 'clubMember', kind: 'boolean', visibleByDefault: false },
  { id: 'measuredSatisfaction', field: 'measuredSatisfaction', kind: 'share', visibleByDefault: false },
  { id: 'dataKnown', field: 'dataKnown', kind: 'share', visibleByDefault: false },
  { id: 'consent', field: 'consent', kind: 'boolean', visibleByDefault: false },
  { id: 'referred', field: 'referred', kind: 'boolean', visibleByDefault: false },
  { id: 'departureCause', field: 'departureCause', kind: 'vocabulary', vocabulary: 'cause', visibleByDefault: false },
];

export function defaultVisibleColumns(): ColumnId[] {
  return COLUMNS.filter((c) => c.visibleByDefault).map((c) => c.id);
}
