/**
 * The fields of the column form that a failed import's errors are about, and the id of the message that says
 * so: LayoutForm marks each such select invalid and described by the message, AnalyticsScreen gives the message
 * its id. The alert was read once; a screen-reader user back on the form did not hear which select was wrong
 * (QA qa26a11y D2).
 */
import { unmappedFields, type ColumnMapping, type ImportError } from '../../import/types.ts';

/** a column select, or « Format des dates » */
export type LayoutField = keyof ColumnMapping | 'dateFormat';

export interface LayoutError {
  id: string;
  error: ImportError;
  fields: LayoutField[];
}

export const DATE_HINT_ID = 'analytics-date-hint';

/** The errors of a failed import tied to the form's fields; none for an import that went through. */
export function layoutErrors(imported: { ok: boolean; errors: readonly ImportError[]; dateHint?: ImportError } | null): LayoutError[] {
  if (!imported || imported.ok) return [];
  const found: LayoutError[] = [];
  for (const error of imported.errors) {
    if (error.line !== 0) continue;
    if (error.code === 'unmappedColumns') found.push({ id: 'analytics-unmapped-error', error, fields: unmappedFields(error) });
    // the column titled « date », left unmapped because its dates are in no format known
    if (error.code === 'unknownDateFormat') found.push({ id: 'analytics-date-column-error', error, fields: ['date'] });
  }
  const hint = imported.dateHint;
  // the dates all read in another format: « Format des dates » is what to change; in none: the date column chosen, or its format
  if (hint) found.push({ id: DATE_HINT_ID, error: hint, fields: hint.code === 'dateFormatMismatch' ? ['dateFormat'] : ['date', 'dateFormat'] });
  return found;
}

/** The ids of the messages about `field`, for its aria-describedby (undefined: none). */
export function describedBy(errors: readonly LayoutError[], field: LayoutField): string | undefined {
  const ids = errors.filter((e) => e.fields.includes(field)).map((e) => e.id);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
