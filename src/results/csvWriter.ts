/**
 * Assembling a CSV document from rows of cells with the db layer's low-level CSV writer
 * (src/db/csvExport.ts: ';' with a decimal comma, ',' with a decimal point, UTF-8 BOM, CRLF, quoting,
 * formula guard on text).
 */
import { CSV_BOM, csvSeparator, numberCell, textCell } from '../db/csvExport.ts';

export type CsvCell = string | number | null;

export interface CsvOptions {
  /** 12,5 and ';' instead of 12.5 and ',' */
  decimalComma: boolean;
  /** digits after the decimal point for non-integers (default 2) */
  decimals?: number;
}

export { csvDecimalCommaFor } from './csvDecimalComma.ts';

export function csvCell(cell: CsvCell, options: CsvOptions): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberCell(cell, Number.isInteger(cell) ? null : (options.decimals ?? 2), options.decimalComma);
  return textCell(cell, csvSeparator(options.decimalComma));
}

/** The whole file: BOM, one line per row, CRLF after each. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  const separator = csvSeparator(options.decimalComma);
  return `${CSV_BOM}${rows.map((row) => row.map((cell) => csvCell(cell, options)).join(separator)).join('\r\n')}\r\n`;
}
