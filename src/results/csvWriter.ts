/**
 * Writing CSV that French spreadsheets open correctly: ';' separator, UTF-8 byte-order mark,
 * CRLF line ends, optional decimal comma, and text cells that could be read as a formula
 * (starting with = + - @, tab or carriage return) neutralised with a leading apostrophe.
 */
export type CsvCell = string | number | null;

export interface CsvOptions {
  /** 12,5 instead of 12.5 */
  decimalComma: boolean;
  /** digits after the decimal point for non-integers (default 2) */
  decimals?: number;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: CsvCell, options: CsvOptions): string {
  if (cell === null) return '';
  let text: string;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    text = Number.isInteger(cell) ? String(cell) : cell.toFixed(options.decimals ?? 2);
    if (options.decimalComma) text = text.replace('.', ',');
  } else {
    text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  }
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, one line per row, CRLF after each. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, options)).join(';')).join('\r\n')}\r\n`;
}
