/**
 * Column order of the scored-customers CSV (src/app/analytics/scoredCustomersCsv.ts), as i18n keys under
 * analytics.csv: the RFM's columns, then the score's. A header with {{date}} is at the RFM's analysis date
 * (RFM columns) or at the score's end of learning (score columns), written in ISO form (1998-06-30).
 */
export const CSV_HEADER_KEYS = ['customerId', 'recencyDays', 'frequency', 'monetary', 'r', 'f', 'm', 'segment', 'rfSegment', 'type'] as const;

export const CSV_SCORE_HEADER_KEYS = ['repeatPurchases', 'silentWeeks', 'pAlive', 'expectedPurchases', 'expectedSpend', 'clv'] as const;
