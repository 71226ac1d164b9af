/**
 * `npm run score -- FILE --format cdnow-summary|cdnow|cdnow-sample|csv [--calibration-end YYYY-MM-DD]
 * [--horizon WEEKS] --json`: fits BG/NBD (and Gamma-Gamma when amounts are known) and prints
 * `{ r, alpha, a, b, logLikelihood, customers: [...] }` with, per customer, x, tx, T (weeks), pAlive,
 * expectedPurchases over the horizon (default: the hold-out period after the calibration end, else
 * 52 weeks), and when possible expectedSpend and clv. Without --calibration-end the whole log is the
 * calibration period. Without --json, the fitted parameters only. The import's warnings (a cut last line, late dates,
 * negative amounts, outlying amounts and their lines) go to stderr, and so does the score panel's
 * warning when the fit cannot be read on these data (src/app/analytics/fitCheck.ts: no departure
 * found, the same rate for all…), in French; its reasons are also in the JSON as `fitProblems` codes.
 */
import { bgnbdProblems, repeatCustomers } from '../app/analytics/fitCheck.ts';
import { summarizeTransactions, type BtydSummary } from '../engine/scoring/customerSummary.ts';
import { scoreSummary } from '../engine/scoring/scoreCustomers.ts';
import { describeImportErrors } from '../import/describeError.ts';
import { translateCount } from '../i18n/plural.ts';
import { parseSummary } from '../import/parseSummary.ts';
import { TRANSACTION_FORMATS } from '../import/types.ts';
import { CliError, checkFormat, dayOption, fr, importTransactions, parseArgs, positiveOption, readText, round, runCli } from './analyticsArgs.ts';

const SCORE_FORMATS = ['cdnow-summary', ...TRANSACTION_FORMATS] as const;

runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['--format', '--calibration-end', '--horizon'], ['--json'], 'analytics.cli.usageScore');
  const format = checkFormat(args.options.get('--format'), SCORE_FORMATS);
  const calibrationEnd = dayOption(args.options.get('--calibration-end'), '--calibration-end');
  const horizon = positiveOption(args.options.get('--horizon'), '--horizon') ?? undefined;
  const text = readText(args.file!);
  let summary: BtydSummary;
  if (format === 'cdnow-summary') {
    const result = parseSummary(text);
    if (!result.ok) {
      const lines = describeImportErrors(result.errors, result.errorCount);
      throw new CliError([translateCount('fr', 'analytics.importFailed', result.errorCount), ...lines].join('\n'));
    }
    summary = result.summary;
  } else {
    const log = importTransactions(text, format);
    let lastDay = -Infinity;
    for (let t = 0; t < log.count; t++) if (log.day[t] > lastDay) lastDay = log.day[t];
    summary = summarizeTransactions(log, { calibrationEnd: calibrationEnd ?? lastDay });
  }
  if (summary.n === 0) throw new CliError(fr('analytics.cli.noCustomers'));
  const scores = scoreSummary(summary, { horizon });
  const { bgnbd, gammaGamma } = scores;
  // the screen's warning (ScorePanel.svelte), one reason a line; stdout stays the JSON alone
  const fitProblems = bgnbdProblems(bgnbd, repeatCustomers(summary.x));
  if (fitProblems.length > 0) {
    process.stderr.write(`${[fr('analytics.cli.fitProblems'), ...fitProblems.map((p) => `- ${fr(`analytics.score.fitProblem.${p}`)}`)].join('\n')}\n`);
  }
  const head = {
    r: round(bgnbd.r, 6),
    alpha: round(bgnbd.alpha, 6),
    a: round(bgnbd.a, 6),
    b: round(bgnbd.b, 6),
    logLikelihood: round(bgnbd.logLikelihood, 4),
    timeUnit: 'week',
    horizon: round(scores.horizon, 4),
    gammaGamma: gammaGamma ? { p: round(gammaGamma.p, 6), q: round(gammaGamma.q, 6), v: round(gammaGamma.v, 6) } : null,
    holdoutCheck: scores.holdoutCheck
      ? { expected: round(scores.holdoutCheck.expected, 2), actual: scores.holdoutCheck.actual }
      : null,
    fitProblems,
  };
  if (!args.flags.has('--json')) {
    process.stdout.write(`${JSON.stringify(head, null, 2)}\n`);
    return;
  }
  const customers = summary.ids.map((customerId, i) => ({
    customerId,
    x: summary.x[i],
    tx: round(summary.tx[i], 4),
    T: round(summary.T[i], 4),
    pAlive: round(scores.pAlive[i], 6),
    expectedPurchases: round(scores.expectedPurchases[i], 6),
    ...(scores.expectedSpend && scores.clv
      ? { expectedSpend: round(scores.expectedSpend[i], 4), clv: round(scores.clv[i], 4) }
      : {}),
  }));
  process.stdout.write(`${JSON.stringify({ ...head, customers })}\n`);
});
