/** English strings of the real-data analytics screen and its CLI (same keys as ../fr/analytics.ts). */
import type { Messages } from '../fr.ts';

export const analytics: Messages['analytics'] = {
  importErrorLine: 'Line {{line}}: {{message}}',
  importErrors: {
    emptyFile: 'The file is empty.',
    noRows: 'No data rows in the file.',
    missingColumns: 'missing columns ({{expected}} expected, {{found}} found).',
    emptyCustomer: 'the customer id is empty.',
    badDate: 'unreadable date "{{value}}" (expected format: {{format}}).',
    badAmount: 'unreadable amount "{{value}}".',
    badQuantity: 'unreadable quantity "{{value}}".',
    unterminatedQuote: 'an opening quote is never closed.',
    tooManyTypes: 'too many different product types (at most {{max}}).',
    badNumber: 'unreadable number "{{value}}" in column {{column}}.',
    badSummaryHeader: 'columns missing from the header: {{missing}} (expected: ID, frequency, recency, T).',
    unmappedColumns: 'Columns not mapped: {{columns}}. Say which column holds the customer, the date and the amount.',
  },
  importFailed: 'Import cancelled, nothing was imported ({{count}} error(s)):',
  fields: { customer: 'customer', date: 'date', amount: 'amount', type: 'product type', quantity: 'quantity' },
  moreErrors: '… and {{count}} more error(s).',
  cli: {
    usageRfm: 'Usage: npm run rfm -- FILE --format cdnow|cdnow-sample|csv --at YYYY-MM-DD [--window DAYS] --json',
    usageScore:
      'Usage: npm run score -- FILE --format cdnow-summary|cdnow|cdnow-sample|csv [--calibration-end YYYY-MM-DD] [--horizon WEEKS] --json',
    missingFile: 'Missing file.',
    unreadableFile: 'Cannot read the file "{{file}}": {{reason}}',
    badFormat: 'Unknown format "{{format}}" (possible formats: {{formats}}).',
    badDate: 'Invalid date "{{value}}" for {{option}} (expected YYYY-MM-DD).',
    badNumber: 'Invalid value "{{value}}" for {{option}} (positive number expected).',
    missingOption: 'Missing required option: {{option}}.',
    unknownOption: 'Unknown option: {{option}}.',
    noCustomers: 'No customer bought before the calibration end date.',
  },
};
