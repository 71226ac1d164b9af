/**
 * Shared plumbing of the analytics command lines (rfm.ts, score.ts): option parsing, reading and
 * importing a transaction file, French error messages on stderr with exit code 1, and the import's
 * warnings (late dates, negative amounts, outlying amounts: what the Données réelles screen says)
 * on stderr, the JSON on stdout unchanged.
 */
import { readFileSync } from 'node:fs';
import { isoFromDay, parseIsoDay, type TransactionLog } from '../engine/scoring/transactionLog.ts';
import type { AmountOutliers } from '../import/amountOutliers.ts';
import { decodeText, type TextEncoding } from '../import/decodeText.ts';
import { detectLayout } from '../import/detect.ts';
import { checkText } from '../import/textCheck.ts';
import { describeImportError, describeImportErrors } from '../import/describeError.ts';
import { dateSpread } from '../import/lateDates.ts';
import { parseTransactions } from '../import/parseTransactions.ts';
import type { ImportNotes, TransactionFormat } from '../import/types.ts';
import { registerMessages, translate } from '../i18n/translate.ts';
import { translateCount } from '../i18n/plural.ts';
import { fr as frMessages } from '../i18n/fr.ts';
import { formatNumber } from '../app/format.ts';
import { amountOutliersText } from '../ui/analytics/amountOutliersText.ts';
import { cutLastLineText } from '../ui/analytics/cutLastLineText.ts';

/** A user error: printed in French on stderr, exit code 1. */
export class CliError extends Error {}

registerMessages('fr', frMessages);
export const fr = (key: string, params?: Record<string, string | number>): string => translate('fr', key, params);

export interface ParsedArgs {
  file: string | null;
  options: Map<string, string>;
  flags: Set<string>;
}

/** `FILE --name value --flag`: `valued` lists the options that take a value. */
export function parseArgs(argv: string[], valued: string[], flags: string[], usageKey: string): ParsedArgs {
  const options = new Map<string, string>();
  const seen = new Set<string>();
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split('=', 2);
      if (valued.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new CliError(`${fr('analytics.cli.missingOption', { option: name })}\n${fr(usageKey)}`);
        options.set(name, value);
      } else if (flags.includes(name)) seen.add(name);
      else throw new CliError(`${fr('analytics.cli.unknownOption', { option: arg })}\n${fr(usageKey)}`);
    } else if (file === null) file = arg;
    else throw new CliError(`${fr('analytics.cli.unknownOption', { option: arg })}\n${fr(usageKey)}`);
  }
  if (file === null) throw new CliError(`${fr('analytics.cli.missingFile')}\n${fr(usageKey)}`);
  return { file, options, flags: seen };
}

/**
 * The file's text, decoded as src/import/decodeText.ts does for the screen: a French Excel CSV in
 * Windows-1252 keeps its accents, and stderr says which encoding was used when it is not UTF-8.
 */
export function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CliError(fr('analytics.cli.unreadableFile', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  const decoded = decodeText(bytes);
  // a picture or a workbook: the screen's sentence, not a line error per garbled line (QA robust #11)
  if (checkText(decoded.text) === 'binary') throw new CliError(fr('analytics.notText'));
  if (decoded.encoding !== 'utf-8') process.stderr.write(`${fr('analytics.cli.readAs', { file, encoding: ENCODING_NAMES[decoded.encoding] })}\n`);
  return decoded.text;
}

const ENCODING_NAMES: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252 (Excel)' };

export function dayOption(value: string | undefined, option: string): number | null {
  if (value === undefined) return null;
  const day = parseIsoDay(value);
  if (day === null) throw new CliError(fr('analytics.cli.badDate', { value, option }));
  return day;
}

export function positiveOption(value: string | undefined, option: string): number | null {
  if (value === undefined) return null;
  const v = Number(value);
  if (!(v > 0) || !Number.isFinite(v)) throw new CliError(fr('analytics.cli.badNumber', { value, option }));
  return v;
}

export function checkFormat<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new CliError(fr('analytics.cli.missingOption', { option: '--format' }));
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(fr('analytics.cli.badFormat', { format: value, formats: allowed.join(', ') }));
  }
  return value as T;
}

/**
 * Imports a transaction file with the detected layout; any bad line aborts with the list of errors.
 * What the screen's import summary warns about but imports all the same is written with `warn`
 * (default: stderr), one message a line.
 */
export function importTransactions(text: string, format: TransactionFormat, warn: (line: string) => void = writeWarning): TransactionLog {
  const result = parseTransactions(text, detectLayout(text, format));
  if (!result.ok) {
    const hint = result.dateHint ? [describeImportError(result.dateHint)] : [];
    // a cut last line may be why the import failed: said before the errors, as the screen does
    const cut = result.cutLine ? [cutLastLineText('fr', result.cutLine)] : [];
    const lines = [...hint, ...cut, ...describeImportErrors(result.errors, result.errorCount, 'fr', result.errorsByCode)];
    throw new CliError([translateCount('fr', 'analytics.importFailed', result.errorCount), ...lines].join('\n'));
  }
  for (const line of importWarnings(result.log, result.negativeAmounts, result.amountOutliers, result.cutLine)) warn(line);
  return result.log;
}

function writeWarning(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * The import summary's warnings (src/ui/analytics/AnalyticsScreen.svelte), in French: a last line that seems cut
 * (the file may be incomplete, src/import/cutLastLine.ts), purchases dated
 * long after the others (src/import/lateDates.ts; dates in ISO, as --at takes them), negative amounts,
 * amounts over 100 times the median basket with their lines (src/import/amountOutliers.ts).
 */
export function importWarnings(log: TransactionLog, negativeAmounts: number, outliers: AmountOutliers, cutLine?: ImportNotes['cutLine']): string[] {
  const warnings: string[] = [];
  // first, as on the screen: the figures below may miss the end of the file
  if (cutLine) warnings.push(cutLastLineText('fr', cutLine));
  const spread = dateSpread(log.day, log.count);
  if (spread.lateCount > 0) {
    warnings.push(
      translateCount('fr', 'analytics.cli.lateDates', spread.lateCount, {
        count: formatNumber('fr', spread.lateCount),
        bulk: isoFromDay(spread.bulkLastDay),
        last: isoFromDay(spread.lastDay),
      }),
    );
  }
  if (negativeAmounts > 0) warnings.push(translateCount('fr', 'analytics.negativeAmounts', negativeAmounts, { count: formatNumber('fr', negativeAmounts) }));
  if (outliers.count > 0) warnings.push(amountOutliersText('fr', outliers));
  return warnings;
}

/** Money and model outputs rounded for printing (the computation keeps full precision). */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Runs a command: CliError -> French message on stderr and exit code 1. */
export function runCli(main: () => void): void {
  try {
    main();
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 1;
    } else throw e;
  }
}
