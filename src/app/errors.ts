/**
 * Turns a thrown error into a notice: the db layer's DbError codes map to `db.<code>`
 * (their French messages), anything else to a generic message carrying its text.
 */
import type { Params } from '../i18n/translate.ts';

export interface ErrorNotice {
  key: string;
  params?: Params;
  text?: string;
}

function codeOf(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

function paramsOf(error: unknown): Params | undefined {
  if (error && typeof error === 'object' && 'params' in error && error.params && typeof error.params === 'object')
    return error.params as Params;
  return undefined;
}

export function noticeOfError(error: unknown): ErrorNotice {
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code) return { key: `db.${code}`, params: paramsOf(error) };
  return { key: 'app.unexpected', params: { detail } };
}
