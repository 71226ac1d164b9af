/**
 * `npm run rfm -- FILE --format cdnow|cdnow-sample|csv --at YYYY-MM-DD [--window DAYS] --json`:
 * RFM of a real transaction log at an analysis date. Prints a JSON array with, per customer,
 * customerId, recencyDays, frequency, monetary, r, f, m, segment (course segment), rfSegment (R x F map)
 * and, for files with a product type, the FRAT type. Without --json, a table of segment counts.
 * frequency counts each line of the file as a purchase (two lines of a customer on the same day: 2), while
 * `npm run score` (BG/NBD) counts one purchase per customer per day, as the model's publication does (QA qa27class m7).
 * The import's warnings (a cut last line, late dates, negative amounts, outlying amounts and their lines) go to stderr.
 */
import { computeRfmFromTransactions, rfmRows } from '../engine/rfm.ts';
import { COURSE_SEGMENTS } from '../engine/vocabulary.ts';
import { TRANSACTION_FORMATS } from '../import/types.ts';
import { CliError, checkFormat, dayOption, fr, importTransactions, parseArgs, positiveOption, readText, round, runCli } from './analyticsArgs.ts';

runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['--format', '--at', '--window'], ['--json'], 'analytics.cli.usageRfm');
  const format = checkFormat(args.options.get('--format'), TRANSACTION_FORMATS);
  const at = dayOption(args.options.get('--at'), '--at');
  if (at === null) throw new CliError(`${fr('analytics.cli.missingOption', { option: '--at' })}\n${fr('analytics.cli.usageRfm')}`);
  const windowDays = positiveOption(args.options.get('--window'), '--window') ?? 365;
  const log = importTransactions(readText(args.file!), format);
  const rows = rfmRows(computeRfmFromTransactions(log, { analysisDate: at, windowDays }), log);
  for (const row of rows) row.monetary = round(row.monetary, 2);
  if (args.flags.has('--json')) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  const counts = new Map<string, number>(COURSE_SEGMENTS.map((s) => [s, 0]));
  for (const row of rows) counts.set(row.segment, (counts.get(row.segment) ?? 0) + 1);
  for (const [segment, count] of counts) process.stdout.write(`${fr(`vocabulary.segment.${segment}`)}\t${count}\n`);
});
