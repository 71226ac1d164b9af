/**
 * Which separator a table uses: the one rule behind the layout guess of a transaction file
 * (detect.ts, parseSummary.ts) and the « this is a table, not JSON » check of the file loaders
 * (textCheck.ts looksLikeTable). Kept apart from detect.ts, which the first visit does not load.
 */
import type { Separator } from './types.ts';

/** In this order of preference when two split the records alike. */
const CANDIDATES = [';', ',', '\t', '|'] as const;
/** How much of the start of the text is read. */
const INSPECTED = 1 << 16;

export interface SeparatorGuess {
  separator: Separator;
  /** How many of the records read it splits into the same number of fields (0 for 'whitespace'). */
  records: number;
}

/**
 * Of ; , tab and |, the one that splits the most of the first `maxRecords` records into the same
 * number (at least one) of pieces, the most pieces on a tie; 'whitespace' when none is found. A
 * separator inside quotes does not count, a quoted field may run over several lines, and a line
 * of blanks (spaces, tabs…) is no record.
 */
export function guessSeparator(text: string, maxRecords = 30): SeparatorGuess {
  const counts = new Map<string, number[]>(CANDIDATES.map((c) => [c, [0]]));
  let inQuotes = false;
  let records = 0;
  let blank = true;
  const limit = Math.min(text.length, INSPECTED);
  for (let p = text.charCodeAt(0) === 0xfeff ? 1 : 0; p < limit && records < maxRecords; p++) {
    const ch = text[p];
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n' || ch === '\r') {
      if (blank) forget(counts);
      else {
        records++;
        for (const list of counts.values()) list.push(0);
      }
      blank = true;
      continue;
    } else {
      const list = counts.get(ch);
      if (list) list[list.length - 1]++;
    }
    if (blank && ch.trim() !== '') blank = false;
  }
  if (blank) forget(counts);
  let best: SeparatorGuess = { separator: 'whitespace', records: 0 };
  let bestPieces = 0;
  for (const sep of CANDIDATES) {
    const tally = new Map<number, number>();
    for (const c of counts.get(sep)!) if (c > 0) tally.set(c, (tally.get(c) ?? 0) + 1);
    for (const [pieces, times] of tally) {
      if (times > best.records || (times === best.records && pieces > bestPieces)) {
        best = { separator: sep, records: times };
        bestPieces = pieces;
      }
    }
  }
  return best;
}

/** A line of blanks is no record: the tabs it holds do not count for the next line. */
function forget(counts: Map<string, number[]>): void {
  for (const list of counts.values()) list[list.length - 1] = 0;
}

/** The separator of a transaction file, guessed from its first 30 records. */
export function detectSeparator(text: string): Separator {
  return guessSeparator(text).separator;
}
