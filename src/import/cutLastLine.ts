/**
 * A file cut in the middle of its last line (an interrupted download or copy): no line break at its
 * end while the lines before end with one, and the last line has fewer fields than the one before, or
 * a last field shorter than in any of the lines before it (« 86. » where the amounts read « 86.43 »).
 * The import goes on; the screen says the file may be incomplete (QA qa25robust m4). A file written
 * without a final line break, its last line whole, is not flagged unless its last value is the shortest.
 */
import { RowReader } from './rowReader.ts';
import type { Separator } from './types.ts';

/** How much of the end of the text is looked at. */
const TAIL = 1 << 16;
/** The lines before the last one compared with it. */
const COMPARED = 50;

function fieldsOf(line: string, separator: Separator): string[] {
  const reader = new RowReader(line, separator);
  return reader.next() ? reader.fields() : [];
}

/** The last line's last value when the line looks cut, else null. */
export function cutLastLine(text: string, separator: Separator): string | null {
  const end = text.charCodeAt(text.length - 1);
  if (text.length === 0 || end === 10 || end === 13) return null;
  const start = Math.max(0, text.length - TAIL);
  const lines = text.slice(start).split(/\r\n|\n|\r/);
  if (start > 0) lines.shift(); // its start is before the tail
  // the text ends with blanks after a whole line
  if (lines.length < 2 || lines[lines.length - 1].trim() === '') return null;
  const rows = lines.filter((l) => l.trim() !== '').map((l) => fieldsOf(l, separator));
  const last = rows.pop()!;
  const before = rows.slice(-COMPARED);
  const previous = before[before.length - 1];
  if (before.length < 2 || last.length === 0) return null;
  const value = last[last.length - 1];
  if (last.length < previous.length) return value;
  if (last.length > previous.length) return null;
  const k = last.length - 1;
  const shortest = Math.min(...before.filter((r) => r.length === last.length).map((r) => r[k].length));
  return value.length < shortest ? value : null;
}
