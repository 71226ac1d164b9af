/**
 * Parsing of one field straight from the file text (char codes between two offsets), without
 * creating substrings: dates to day numbers and amounts to numbers. Returns NaN when the field is
 * not valid, so the caller can report the line.
 */
import { dayNumber, isValidDate } from '../engine/scoring/transactionLog.ts';
import type { DateFormat } from './types.ts';

const C0 = 48;
const SPACE = 32;
const TAB = 9;
const NBSP = 0xa0;
const NNBSP = 0x202f;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NBSP || c === NNBSP;
}

/** Reads `count` digits at `pos` as an integer, or -1. */
function digits(text: string, pos: number, count: number): number {
  let v = 0;
  for (let k = 0; k < count; k++) {
    const d = text.charCodeAt(pos + k) - C0;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Reads 1 or 2 digits at `pos`; sets `lastLength`. */
let lastLength = 0;
function shortNumber(text: string, pos: number, end: number): number {
  const d1 = pos < end ? text.charCodeAt(pos) - C0 : -1;
  if (d1 < 0 || d1 > 9) return -1;
  const d2 = pos + 1 < end ? text.charCodeAt(pos + 1) - C0 : -1;
  if (d2 >= 0 && d2 <= 9) {
    lastLength = 2;
    return d1 * 10 + d2;
  }
  lastLength = 1;
  return d1;
}

function isDateSeparator(c: number): boolean {
  return c === 47 /* / */ || c === 45 /* - */ || c === 46; /* . */
}

/** Day number of the date in text[start, end) in the given layout, or NaN. */
export function parseDate(text: string, start: number, end: number, format: DateFormat): number {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  let y: number;
  let m: number;
  let d: number;
  switch (format) {
    case 'YYYYMMDD':
      if (end - start !== 8) return NaN;
      y = digits(text, start, 4);
      m = digits(text, start + 4, 2);
      d = digits(text, start + 6, 2);
      break;
    case 'YYYY-MM-DD':
    case 'YYYY/MM/DD': {
      // 2024-03-05, 2024-3-5, and ISO date-times 2024-03-05T10:00:00Z or "2024-03-05 10:00"
      const sep = format === 'YYYY-MM-DD' ? 45 : 47;
      y = digits(text, start, 4);
      if (y < 0 || text.charCodeAt(start + 4) !== sep) return NaN;
      let p = start + 5;
      m = shortNumber(text, p, end);
      p += lastLength;
      if (m < 0 || text.charCodeAt(p) !== sep) return NaN;
      d = shortNumber(text, p + 1, end);
      p += 1 + lastLength;
      if (d < 0) return NaN;
      if (p < end) {
        const c = text.charCodeAt(p);
        if (c !== 84 /* T */ && c !== SPACE) return NaN;
      }
      break;
    }
    case 'DD/MM/YYYY':
    case 'MM/DD/YYYY': {
      const a = shortNumber(text, start, end);
      let p = start + lastLength;
      if (a < 0 || !isDateSeparator(text.charCodeAt(p))) return NaN;
      const b = shortNumber(text, p + 1, end);
      p += 1 + lastLength;
      if (b < 0 || !isDateSeparator(text.charCodeAt(p))) return NaN;
      y = digits(text, p + 1, 4);
      p += 5;
      if (p < end && text.charCodeAt(p) !== SPACE && text.charCodeAt(p) !== 84) return NaN;
      if (format === 'DD/MM/YYYY') {
        d = a;
        m = b;
      } else {
        m = a;
        d = b;
      }
      break;
    }
  }
  if (y < 0 || m < 0 || d < 0) return NaN;
  return civilDay(y, m, d);
}

// Day numbers of the dates of years 1900..2155, computed once each: a million-row file has only a
// few thousand distinct dates. 0 = not computed yet, 1 = invalid date, else day number + OFFSET.
const FIRST_YEAR = 1900;
const YEARS = 256;
const OFFSET = 1 << 20;
const dayCache = new Int32Array(YEARS * 12 * 31);

/** Day number of y-m-d, NaN when it is not a real date. */
function civilDay(y: number, m: number, d: number): number {
  if (y < FIRST_YEAR || y >= FIRST_YEAR + YEARS || m < 1 || m > 12 || d < 1 || d > 31) {
    return isValidDate(y, m, d) ? dayNumber(y, m, d) : NaN;
  }
  const k = ((y - FIRST_YEAR) * 12 + (m - 1)) * 31 + (d - 1);
  let v = dayCache[k];
  if (v === 0) {
    v = isValidDate(y, m, d) ? dayNumber(y, m, d) + OFFSET : 1;
    dayCache[k] = v;
  }
  return v === 1 ? NaN : v - OFFSET;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const MAX_EXACT = 9007199254740991;

/**
 * Amount in text[start, end): optional sign, digits with grouping (spaces, and '.' when
 * decimalComma else ','), one decimal mark ('.' or ','), optional currency sign (€ $ £) before or after.
 * The result is correctly rounded: an exact integer mantissa divided by an exact power of ten.
 * Exponent notation (1e3, 1,5E+03) is read only when `exponent` is true (the customer summaries a
 * program writes); a purchase log refuses it (see amountProblem).
 */
export function parseAmount(text: string, start: number, end: number, decimalComma: boolean, exponent = true): number {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (start < end && isCurrency(text.charCodeAt(end - 1))) {
    end--;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  }
  let negative = false;
  let c = text.charCodeAt(start);
  if (c === 45 || c === 43) {
    negative = c === 45;
    start++;
  }
  if (start < end && isCurrency(text.charCodeAt(start))) start++;
  const decimalMark = decimalComma ? 44 : 46;
  const groupMark = decimalComma ? 46 : 44;
  let mantissa = 0;
  let decimals = 0;
  let seenDigit = false;
  let seenDecimal = false;
  for (let p = start; p < end; p++) {
    c = text.charCodeAt(p);
    const dgt = c - C0;
    if (dgt >= 0 && dgt <= 9) {
      mantissa = mantissa * 10 + dgt;
      if (seenDecimal) decimals++;
      seenDigit = true;
    } else if (c === decimalMark && !seenDecimal) {
      seenDecimal = true;
    } else if ((c === groupMark || isBlank(c)) && !seenDecimal && seenDigit && isGroupOfThree(text, p + 1, end)) {
      // digit grouping: 1 234,50 or 1.234,50 or 1,234.50
    } else if ((c === 101 || c === 69) && seenDigit && exponent) {
      return slowAmount(text, start, end, decimalComma, negative); // exponent notation
    } else {
      return NaN;
    }
  }
  if (!seenDigit) return NaN;
  if (mantissa > MAX_EXACT || decimals > 22) return slowAmount(text, start, end, decimalComma, negative, exponent);
  const v = decimals === 0 ? mantissa : mantissa / POW10[decimals];
  return negative ? -v : v;
}

function slowAmount(text: string, start: number, end: number, decimalComma: boolean, negative: boolean, exponent = true): number {
  let s = text.slice(start, end).replace(/[\s\u00a0\u202f]/g, '');
  s = decimalComma ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  if (!(exponent ? /^\d*\.?\d*(e[+-]?\d+)?$/i : /^\d*\.?\d*$/).test(s)) return NaN;
  const v = Number(s);
  return negative ? -v : v;
}

/**
 * Why an amount that parseAmount refused cannot be read: 'missing' (an empty cell), 'exponent' (a
 * number in exponent notation such as 1,5E+03: what a spreadsheet shows in a column too narrow, and
 * may have rounded, so it is not taken as a purchase amount) or 'unreadable'.
 */
export function amountProblem(value: string): 'missing' | 'exponent' | 'unreadable' {
  const s = value.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return 'missing';
  return /^[-+]?[€$£]?[\d.,]*\d[\d.,]*e[+-]?\d+[€$£]?$/i.test(s) ? 'exponent' : 'unreadable';
}

/** Exactly three digits at pos, then the end or a non-digit. */
function isGroupOfThree(text: string, pos: number, end: number): boolean {
  if (pos + 3 > end) return false;
  for (let k = 0; k < 3; k++) {
    const d = text.charCodeAt(pos + k) - C0;
    if (d < 0 || d > 9) return false;
  }
  if (pos + 3 === end) return true;
  const d = text.charCodeAt(pos + 3) - C0;
  return d < 0 || d > 9;
}

function isCurrency(c: number): boolean {
  return c === 0x20ac || c === 36 || c === 0xa3;
}
