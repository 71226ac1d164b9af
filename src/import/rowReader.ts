/**
 * Streaming reader of delimited text, one row at a time, without per-row allocation: it records
 * where each field starts and ends in the text (typed arrays reused for every row). Handles a UTF-8
 * byte order mark, \n, \r\n and \r line ends, RFC 4180 quotes ("" inside a quoted field, separators
 * and line breaks allowed in quotes) and a whitespace mode (runs of spaces/tabs, the CDNOW files).
 */
import type { Separator } from './types.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const MAX_FIELDS = 256;

export class RowReader {
  readonly text: string;
  private readonly sep: number; // char code, or -1 for whitespace
  pos: number;
  /** Line number (1-based) where the current row starts. */
  line = 0;
  private nextLine = 1;
  fieldCount = 0;
  readonly starts = new Int32Array(MAX_FIELDS);
  readonly ends = new Int32Array(MAX_FIELDS);
  /** 1 when the field was quoted and contains doubled quotes to undo on extraction. */
  readonly escaped = new Uint8Array(MAX_FIELDS);
  /** True when the current row ended inside an unterminated quoted field. */
  unterminated = false;

  constructor(text: string, separator: Separator) {
    this.text = text;
    this.sep = separator === 'whitespace' ? -1 : separator.charCodeAt(0);
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /**
   * Reads the next row; false at the end of the text. Blank lines give a row with fieldCount 0, and
   * so do rows of empty fields only (« ;; », a spreadsheet's export of an empty line: QA qa19 F13).
   */
  next(): boolean {
    const text = this.text;
    const len = text.length;
    if (this.pos >= len) return false;
    this.line = this.nextLine;
    this.fieldCount = 0;
    this.unterminated = false;
    if (this.sep < 0) return this.readWhitespaceRow(text, len);
    this.readDelimitedRow(text, len);
    if (!this.unterminated && this.allFieldsBlank()) this.fieldCount = 0;
    return true;
  }

  /** True when every field of the row is empty or blanks (stops at the first character of a field). */
  private allFieldsBlank(): boolean {
    const text = this.text;
    const n = Math.min(this.fieldCount, MAX_FIELDS);
    for (let k = 0; k < n; k++) {
      for (let p = this.starts[k]; p < this.ends[k]; p++) {
        const c = text.charCodeAt(p);
        if (c !== SPACE && c !== TAB) return false;
      }
    }
    return true;
  }

  private endLine(text: string, len: number, p: number): number {
    // p is at CR or LF (or len)
    if (p < len && text.charCodeAt(p) === CR && p + 1 < len && text.charCodeAt(p + 1) === LF) p++;
    this.nextLine++;
    return p + 1;
  }

  private readWhitespaceRow(text: string, len: number): boolean {
    let p = this.pos;
    for (;;) {
      let c = p < len ? text.charCodeAt(p) : LF;
      while (c === SPACE || c === TAB) c = ++p < len ? text.charCodeAt(p) : LF;
      if (c === LF || c === CR) break;
      const start = p;
      while (c !== SPACE && c !== TAB && c !== LF && c !== CR) c = ++p < len ? text.charCodeAt(p) : LF;
      this.addField(start, p, 0);
    }
    this.pos = this.endLine(text, len, p);
    return true;
  }

  private readDelimitedRow(text: string, len: number): boolean {
    const sep = this.sep;
    let p = this.pos;
    // A row made only of blanks is a blank line.
    let q = p;
    let c = q < len ? text.charCodeAt(q) : LF;
    while (c === SPACE || c === TAB) c = ++q < len ? text.charCodeAt(q) : LF;
    if (c === LF || c === CR) {
      this.pos = this.endLine(text, len, q);
      return true;
    }
    for (;;) {
      c = p < len ? text.charCodeAt(p) : LF;
      let lead = p;
      while (c === SPACE && sep !== SPACE) c = ++lead < len ? text.charCodeAt(lead) : LF;
      if (c === QUOTE) {
        const start = lead + 1;
        let escaped = 0;
        let r = start;
        for (;;) {
          if (r >= len) {
            this.unterminated = true;
            this.addField(start, len, escaped);
            this.pos = len;
            return true;
          }
          const d = text.charCodeAt(r);
          if (d === QUOTE) {
            if (r + 1 < len && text.charCodeAt(r + 1) === QUOTE) {
              escaped = 1;
              r += 2;
              continue;
            }
            break;
          }
          if (d === LF || (d === CR && !(r + 1 < len && text.charCodeAt(r + 1) === LF))) this.nextLine++;
          r++;
        }
        this.addField(start, r, escaped);
        // skip to the separator or the end of the row (characters after the closing quote are ignored)
        p = r + 1;
        c = p < len ? text.charCodeAt(p) : LF;
        while (c !== sep && c !== LF && c !== CR) c = ++p < len ? text.charCodeAt(p) : LF;
      } else {
        const start = p;
        while (c !== sep && c !== LF && c !== CR) c = ++p < len ? text.charCodeAt(p) : LF;
        this.addField(start, p, 0);
      }
      if (c === sep) {
        p++;
        continue;
      }
      break;
    }
    this.pos = this.endLine(text, len, p);
    return true;
  }

  private addField(start: number, end: number, escaped: number): void {
    const k = this.fieldCount++;
    if (k < MAX_FIELDS) {
      this.starts[k] = start;
      this.ends[k] = end;
      this.escaped[k] = escaped;
    }
  }

  /** The text of field k, trimmed, quotes undone ('' when absent). */
  field(k: number): string {
    if (k < 0 || k >= this.fieldCount || k >= MAX_FIELDS) return '';
    const raw = this.text.slice(this.starts[k], this.ends[k]);
    return (this.escaped[k] ? raw.replace(/""/g, '"') : raw).trim();
  }

  /** All fields of the current row as strings (for previews and headers only). */
  fields(): string[] {
    const out: string[] = [];
    for (let k = 0; k < Math.min(this.fieldCount, MAX_FIELDS); k++) out.push(this.field(k));
    return out;
  }
}
