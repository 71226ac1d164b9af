/**
 * Whether a loaded file can be a transaction log at all, before any layout is guessed: an empty
 * file (or blanks only) and a binary one (an .xlsx workbook, an image, an archive…) are named as
 * such at once, instead of a preview of garbage and a column form that can only fail at import.
 */
import { guessSeparator } from './separator.ts';

export type TextCheck = 'text' | 'empty' | 'binary';

/** How much of the start of the file is inspected (a binary file shows it in its first bytes). */
const INSPECTED = 1 << 16;
/**
 * Share of unreadable characters above which the file is not text. Random bytes decoded as UTF-8
 * give about 60 % (U+FFFD and control characters); decoded as Windows-1252 (what decodeText.ts
 * falls back to when the bytes are not UTF-8), about 13 % (C0 and C1 control characters). A CSV
 * has none but a stray U+FFFD or two.
 */
const MAX_UNREADABLE = 0.1;

/**
 * A NUL, a replacement character (bytes that are not UTF-8), a control character other than tab,
 * line feed, form feed and carriage return, or a C1 control (U+0080–U+009F: the five bytes
 * Windows-1252 leaves undefined, never in a spreadsheet's text).
 */
function unreadable(code: number): boolean {
  return code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

/** The text without its leading UTF-8 byte-order mark, if it has one (Excel and Notepad write it). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function checkText(text: string): TextCheck {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = Math.min(text.length, start + INSPECTED);
  let bad = 0;
  let blank = true;
  for (let p = start; p < end; p++) {
    const code = text.charCodeAt(p);
    if (code === 0) return 'binary';
    if (unreadable(code)) bad++;
    if (blank && code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0xa0) blank = false;
  }
  if (end === start || (blank && end === text.length)) return 'empty';
  return bad > MAX_UNREADABLE * (end - start) ? 'binary' : 'text';
}

/**
 * Whether a text that did not read as JSON is rather a table (a CSV: the class view's export, a
 * spreadsheet's): it does not open with `{`, `[` or a JSON key (`"format":`), and its first two lines
 * split alike by the separator a transaction file's import would find (separator.ts), or the file is
 * named .csv / .tsv. Its loader then says « on dirait un tableau », not a JSON reader's
 * « mot inconnu « Rang » » at line 1, column 1 (QA qa19 F10). One line of prose with a comma is not
 * a table: « Bonjour, voici mon scénario » was called « un tableau (CSV) » (QA qa25robust m7).
 */
export function looksLikeTable(text: string, fileName = ''): boolean {
  const start = withoutBom(text).trimStart();
  if (start === '' || start[0] === '{' || start[0] === '[') return false;
  const firstLine = start.slice(0, 4000).split(/\r?\n|\r/, 1)[0];
  // a JSON file that lost its opening brace (`"format": "fidelis-run",`): the reader's line and column, not « un tableau » (review2 #10)
  if (/^\s*"[^"]*"\s*:/.test(firstLine)) return false;
  if (/\.(csv|tsv)$/i.test(fileName.trim())) return true;
  return guessSeparator(start, 2).records === 2;
}
