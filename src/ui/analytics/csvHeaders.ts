/** Column order of the scored-customers CSV (src/app/analytics/scoredCustomersCsv.ts), as i18n keys under analytics.csv. */
export const CSV_HEADER_KEYS = [
  'customerId',
  'recencyDays',
  'frequency',
  'monetary',
  'r',
  'f',
  'm',
  'segment',
  'type',
  'pAlive',
  'expectedPurchases',
  'expectedSpend',
  'clv',
] as const;
