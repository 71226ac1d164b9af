/**
 * The import summary's warning on amounts far above the file's median basket (src/import/amountOutliers.ts):
 * how many, the median, and the lines to check in the spreadsheet (the first ones, then how many more).
 */
import { formatList, formatNumber } from '../../app/format.ts';
import { translateCount } from '../../i18n/plural.ts';
import type { Locale } from '../../i18n/translate.ts';
import { OUTLIER_FACTOR, type AmountOutliers } from '../../import/amountOutliers.ts';

export function amountOutliersText(locale: Locale, outliers: AmountOutliers): string {
  const named = outliers.lines.map(String);
  const rest = outliers.count - outliers.lines.length;
  if (rest > 0) named.push(translateCount(locale, 'analytics.amountOutlierMore', rest, { count: formatNumber(locale, rest) }));
  const lines = translateCount(locale, 'analytics.amountOutlierLines', outliers.count, { lines: formatList(locale, named) });
  return translateCount(locale, 'analytics.amountOutliers', outliers.count, {
    count: formatNumber(locale, outliers.count),
    factor: formatNumber(locale, OUTLIER_FACTOR),
    median: formatNumber(locale, outliers.median, 2),
    lines,
  });
}
