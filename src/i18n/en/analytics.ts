/** English strings of the real-data analytics screen and its CLI (same keys as ../fr/analytics.ts). */
import type { Messages } from '../fr.ts';

export const analytics: Messages['analytics'] = {
  title: 'Real data analysis',
  intro:
    'Import the purchase file of a real shop (or the CDNOW sample, an online CD store): the app computes each customer’s RFM and a risk-of-leaving score, in the browser, with the same code as the simulator. No data leaves the computer, and nothing is saved: the file stays loaded while the page is open, even as you visit other screens; after a page reload, choose it again.',
  source: {
    heading: '1. The purchase file',
    file: 'Choose a file (CSV or text)',
    format: 'File type',
    formats: { csv: 'CSV (columns to map)', cdnow: 'CDNOW (customer, date, CDs, amount)', 'cdnow-sample': 'CDNOW sample (5 columns)' },
    sample: 'Try the CDNOW sample',
    sampleName: 'CDNOW sample (2,357 customers, 1997-1998)',
    loaded: 'File: {{name}} ({{size}} characters).',
    recognised: 'This file has the shape of a CDNOW file: it is read as “{{format}}”, amounts in dollars. If that is not the right type, choose it in “{{type}}”: the file is read again.',
    encoding: {
      'utf-8': 'File read as UTF-8.',
      'utf-16le': 'File read as UTF-16.',
      'utf-16be': 'File read as UTF-16.',
      'windows-1252':
        'File read as Windows-1252 (Excel): it is not UTF-8 but the encoding of the CSV files Excel saves in Western European languages. If accented letters look wrong in the preview, save the file as “CSV UTF-8” and choose it again.',
    },
    encodingMarked: 'The file names this encoding itself (byte order mark).',
  },
  layout: {
    heading: '2. The columns',
    help: 'Check what the app recognised, correct it if needed, then import.',
    separator: 'Separator',
    separators: { ',': 'comma ( , )', ';': 'semicolon ( ; )', '\t': 'tab', '|': 'bar ( | )', whitespace: 'spaces' },
    hasHeader: 'The first line holds the column titles',
    decimalComma: 'Amounts with a decimal comma (12,50)',
    dateFormat: 'Date format',
    column: 'Column “{{field}}”',
    none: '— none —',
    choose: '— to choose —',
    preview: 'Preview of the first lines',
    skipBadLines: 'Import the correct lines anyway and skip the lines with errors',
    import: 'Import',
    titleLinesOne: 'The first line of the file is not a line of the table (a title, the shop’s name…): it is ignored.',
    titleLinesOther: 'The first {{count}} lines of the file are not lines of the table (a title, the shop’s name…): they are ignored.',
  },
  progress: 'Progress',
  busy: {
    load: 'Reading the file…',
    import: 'Importing…',
    rfm: 'Computing RFM…',
    score: 'Fitting the model…',
    export: 'Preparing the file…',
    restore: 'Stopped. Reloading the file and what was already computed from it…',
  },
  linesReadOne: '{{count}} line read ({{percent}} of the file)',
  linesReadOther: '{{count}} lines read ({{percent}} of the file)',
  remainingSecondsOne: ', about {{count}} second left',
  remainingSecondsOther: ', about {{count}} seconds left',
  remainingMinutesOne: ', about {{count}} minute left',
  remainingMinutesOther: ', about {{count}} minutes left',
  stop: {
    button: 'Stop',
    scoreLong: 'On a big file, fitting can take several minutes. “Stop” keeps what is already shown (imported purchases, RFM, previous score).',
    done: {
      load: 'Reading stopped: no file is loaded.',
      loadKept: 'Reading stopped: the file {{name}} stays loaded.',
      import: 'Import stopped: nothing was imported. The file stays loaded with the chosen columns: you can start the import again.',
      rfm: 'RFM computation stopped: no new RFM is computed.',
      score: 'Score computation stopped: no score is shown.',
      scoreKept: 'Score computation stopped: no new score is computed.',
      export: 'File preparation stopped: nothing was downloaded.',
    },
    /** what a stop gave back to the fresh session and still shows (analyticsStore.svelte.ts stop) */
    kept: {
      imported: 'The imported purchases are kept.',
      importedRfm: 'The imported purchases and the RFM on {{rfm}} are kept.',
      importedScore: 'The imported purchases and the score (end of learning on {{score}}) are kept.',
      all: 'The imported purchases, the RFM on {{rfm}} and the score (end of learning on {{score}}) are kept.',
    },
    scoreAgain: 'You can change the end of the learning period and start again.',
  },
  importedOne: '{{rows}} purchase by {{customers}} imported, from {{first}} to {{last}}.',
  importedOther: '{{rows}} purchases by {{customers}} imported, from {{first}} to {{last}}.',
  importedCustomersOne: '{{count}} customer',
  importedCustomersOther: '{{count}} customers',
  lateDatesOne:
    '{{count}} purchase is dated long after all the others (after {{bulk}}, up to {{last}}): a typo in the date? It is still imported, but the proposed analysis date ignores it (a purchase after the analysis date is not counted).',
  lateDatesOther:
    '{{count}} purchases are dated long after all the others (after {{bulk}}, up to {{last}}): a typo in the date? They are still imported, but the proposed analysis date ignores them (a purchase after the analysis date is not counted).',
  /** the last line has no line break and a value shorter than the others': a file cut short */
  cutLastLine:
    'The last line of the file (line {{line}}) seems cut: it does not end with a line break like the others, and its last value, “{{value}}”, is shorter than in the lines before. The file may be incomplete (an interrupted download or copy): check the end of the file in the spreadsheet, or download it again.',
  negativeAmountsOne:
    '{{count}} purchase has a negative amount (a refund?). It is kept as it is: it counts as a purchase in the frequency and its amount is subtracted from the amount spent. If it is a refund, delete the line in the spreadsheet and import the file again.',
  negativeAmountsOther:
    '{{count}} purchases have a negative amount (refunds?). They are kept as they are: each counts as a purchase in the frequency and its amount is subtracted from the amount spent. If they are refunds, delete these lines in the spreadsheet and import the file again.',
  amountOutliersOne:
    '{{count}} purchase has an amount more than {{factor}} times the file’s median basket ({{median}}), {{lines}}: a typo, or a decimal separator left out or misread (“4590” for 45.90)? It is still imported, but it weighs on its customer’s amount spent and CLV: check the line in the spreadsheet.',
  amountOutliersOther:
    '{{count}} purchases have an amount more than {{factor}} times the file’s median basket ({{median}}), {{lines}}: typos, or a decimal separator left out or misread (“4590” for 45.90)? They are still imported, but they weigh on their customers’ amount spent and CLV: check these lines in the spreadsheet.',
  amountOutlierLinesOne: 'line {{lines}}',
  amountOutlierLinesOther: 'lines {{lines}}',
  amountOutlierMoreOne: '{{count}} other',
  amountOutlierMoreOther: '{{count}} others',
  skippedOne: '{{count}} line with errors skipped:',
  skippedOther: '{{count}} lines with errors skipped:',
  errorsHeading: 'Lines to correct',
  errorsHeadingFile: 'Cannot import',
  dateFormatNames: { 'YYYY-MM-DD': 'YYYY-MM-DD', 'DD/MM/YYYY': 'DD/MM/YYYY', 'MM/DD/YYYY': 'MM/DD/YYYY', YYYYMMDD: 'YYYYMMDD', 'YYYY/MM/DD': 'YYYY/MM/DD' },
  failed: 'The operation failed: {{message}}',
  badDate: 'Invalid date: use the YYYY-MM-DD format.',
  noCustomersBefore: 'No customer bought before the end of the learning period: choose a later date.',
  fileEmpty: 'The file {{file}} is empty: it has no line to import. Choose the file of purchases.',
  fileNotText:
    'The file {{file}} is not a CSV file: it is an image or a binary file (.xlsx workbook, archive…). In the spreadsheet, save it as CSV, then choose the .csv file.',
  fileKept: 'The previous file, {{name}}, stays loaded.',
  notText:
    'This file is not a CSV file: it is an image or a binary file (.xlsx workbook, archive…). In the spreadsheet, save it as CSV, then choose the .csv file.',
  rfm: {
    heading: '3. RFM at a date',
    help: 'Recency: days since the last purchase. Frequency and monetary: purchases of the last {{days}} days. Each criterion is scored 1 to 5 by quintile among the customers who bought in that period (about 20% of them per score); equal values always get the same score, whatever the file order, so a score can stay empty. A customer with no purchase in the period scores 1 on all three and is inactive: a file does not say who has left, the period without a purchase does (in the game, a lost customer is inactive too). Each line of the file counts as one purchase: a till export with one line per item therefore counts items. The BG/NBD score (step 4) counts one purchase per day: two lines of a customer on the same day make one purchase there.',
    date: 'Analysis date',
    window: 'Period for frequency and monetary (days)',
    compute: 'Compute RFM',
    customers: '{{count}} customers scored on {{date}}.',
    segmentsCaption: 'The course’s five segments',
    /** the R x F grid's legend here: the game's (charts.rfm.legend) spoke of the game and of a chart not on this screen (QA qa21 F6) */
    gridLegend: 'The darker the cell, the more customers it holds. The cell names (“Champions”, “New”…) come from the recency × frequency map: a different segmentation from the course’s five segments (table above). “New” there means a very recent purchase but few purchases.',
    segment: 'Segment',
    count: 'Customers',
    share: 'Share',
    meanRecency: 'Mean recency (days)',
    meanFrequency: 'Mean purchases',
    meanMonetary: 'Mean amount',
    limitsCaption: 'How the scores are computed (quintile limits)',
    typesCaption: 'FRAT: customers by the product type they bought most in the period',
    type: 'Product type',
    limitsScore: 'Score',
    limitsRecency: 'Recency ≤ (days)',
    limitsFrequency: 'Frequency ≥',
    limitsMonetary: 'Amount ≥',
    export: 'Export the scored customers (CSV)',
    exportDecimalComma: 'Decimal comma and semicolon as separator (French Excel)',
    fileName: 'rfm-customers-{{rfm}}.csv',
    fileNameScored: 'rfm-customers-{{rfm}}-score-{{score}}.csv',
    exportNote: {
      rfmOnly: 'The file gives the RFM on {{rfm}}; once the score is computed (step 4), its columns are added with their date.',
      twoDates:
        'In the file, the RFM is on {{rfm}} and the score (step 4) on {{score}}, the end of its learning period: each column carries its date. The two do not see the same purchases: a customer who bought between these dates may score well on one and badly on the other.',
      sameDate: 'In the file, the RFM and the score (step 4) are both on {{rfm}}: each column carries its date.',
    },
    limitsEmpty: 'no customer',
  },
  csv: {
    customerId: 'customer',
    recencyDays: 'recency_days_at_{{date}}',
    frequency: 'frequency',
    monetary: 'monetary',
    r: 'R',
    f: 'F',
    m: 'M',
    segment: 'segment_at_{{date}}',
    rfSegment: 'rf_segment_at_{{date}}',
    type: 'product_type',
    repeatPurchases: 'repeat_purchases_at_{{date}}',
    silentWeeks: 'weeks_without_purchase_at_{{date}}',
    pAlive: 'p_alive_at_{{date}}',
    expectedPurchases: 'expected_purchases_{{weeks}}_weeks_after_{{date}}',
    expectedSpend: 'expected_basket',
    clv: 'customer_value',
  },
  score: {
    heading: '4. The risk-of-leaving score',
    help: 'The BG/NBD model (Fader, Hardie and Lee, 2005) learns, from the purchases up to the end of the learning period, how often customers buy and how likely they are to stop buying. It gives each customer the probability of still being active: a customer who used to buy often and has not come back for a long time has probably stopped; a customer who buys rarely may simply not have needed to come back. The model counts one purchase per day: two lines of a customer on the same day make one purchase (RFM counts each line).',
    calibrationEnd: 'End of the learning period',
    horizon: 'Forecast over (weeks)',
    margin: 'Margin rate (%)',
    discount: 'Yearly discount rate (%)',
    compute: 'Compute the score',
    paramsCaption: 'Fitted parameters (maximum likelihood)',
    fitProblems:
      'Warning: the BG/NBD model cannot be estimated on these data. The parameters below are extreme and the score (probability of being active, expected purchases) cannot be interpreted:',
    fitProblem: {
      noRepeat: 'no customer bought again before the end of the calibration period: neither the purchase rate nor the departures can be estimated;',
      noDropout:
        'the model finds no departure in this file (probability of leaving after a purchase estimated at 0): every customer looks active, whatever they did;',
      sameRate:
        'r and alpha are enormous: the model gives every customer the same purchase rate, with no difference between them (purchases spread at random over the whole period, for instance);',
      extreme: 'a parameter is at a limit value: the fit found no reasonable value.',
    },
    param: 'Parameter',
    value: 'Value',
    meaning: 'What it means',
    rOne: 'r and alpha: buying rate of active customers (on average r / alpha = {{rate}} purchase a week)',
    rOther: 'r and alpha: buying rate of active customers (on average r / alpha = {{rate}} purchases a week)',
    a: 'a and b: risk of stopping after each purchase (on average a / (a + b) = {{p}})',
    logLikelihood: 'Log-likelihood (the higher, the better the model fits the data)',
    spend: 'p, q, v (Gamma-Gamma): average basket, {{mean}} per purchase on average',
    /** between p, q and v's values: a comma in English, whose numbers have a decimal point */
    spendSeparator: ', ',
    published: 'On the CDNOW sample with the learning period ending 30 September 1997, the reference publication finds r = 0.243, alpha = 4.414, a = 0.793, b = 2.426 (log-likelihood −9,582.4) and p = 6.25, q = 3.74, v = 15.44.',
    publishedOther:
      'The reference publication’s values (r = 0.243, alpha = 4.414, a = 0.793, b = 2.426) are those of the 1/10 CDNOW sample (2,357 customers, learning period ending 30 September 1997); this file has {{customers}} customers: its parameters need not be the same. To find the published values, try the sample.',
    customers: '{{count}} customers had bought before the end of the learning period, {{date}}.',
    bandsCaption: 'Customers by risk-of-leaving score',
    band: 'Risk of leaving',
    bands: { veryHigh: 'very high (over 75%)', high: 'high (50 to 75%)', moderate: 'moderate (25 to 50%)', low: 'low (under 25%)' },
    holdout: 'Check: over the next {{weeks}} weeks, the model forecast {{expected}} repeat purchases; customers made {{actual}}.',
    holdoutReading: {
      under: 'Customers bought {{gap}} more than forecast: the model underestimates their activity, so the list below may overstate some customers’ risk of leaving.',
      over: 'Customers bought {{gap}} less than forecast: the model overestimates their activity, so the list below may understate the risk of leaving (some customers it thinks active may already be gone).',
      close: 'The forecast is within 1%: on this data, the model follows actual purchases.',
    },
    holdoutSpan: {
      shorter: 'The file ends {{weeks}} weeks after the end of learning: this check covers fewer weeks than the table’s forecast ({{horizon}} weeks).',
      longer: 'This check covers all the file’s weeks after the end of learning, more than the table’s forecast ({{horizon}} weeks).',
    },
    riskExplained: 'Risk-of-leaving score = 1 − probability of still being active. A customer with no repeat purchase scores 0: the model has no reason yet to think they left. This is a limit of the model: a customer who came once three years ago is not “risk-free” for all that.',
    threeRisks:
      'Three different “risks” on this screen. “At risk”: a cell of the R × F map (recency score 1 or 2, frequency score 3 or 4). “Lapsing customer”: one of the course’s five segments (recency score 2, or 3 with a frequency score of 1 or 2); this customer may leave. “Risk of leaving”: the probability the BG/NBD model computes at the end of the learning period, from the customer’s buying rate and the time since their last purchase. An “At risk” customer on the map can be “Inactive (RFM)” in the course’s segments and have a 0% risk of leaving if they did not buy again during the learning period.',
    tableCaption: 'The {{count}} customers most at risk among those who bought again',
    customerId: 'Customer',
    repeat: 'Repeat purchases',
    lastPurchase: 'Last purchase (weeks after the first)',
    silentWeeks: 'Weeks without a purchase (at the end of learning)',
    alive: 'Probability of being active',
    risk: 'Risk of leaving',
    expectedPurchases: 'Expected purchases over {{weeks}} weeks',
    expectedSpend: 'Expected basket',
    clv: 'Customer value (1 year)',
    clvExplained: 'Customer value = expected purchases over one year × expected basket × margin rate, discounted month by month.',
  },
  amounts: {
    usd: 'Amounts in US dollars ($): CDNOW was a CD shop selling online in the United States.',
    unknown: 'Amounts in the file’s own currency: the file does not say which.',
  },
  dateColumnTitled: '“{{title}}”',
  dateColumnNumbered: 'column {{number}}',
  importErrorLine: 'Line {{line}}: {{message}}',
  /** the same error on several lines: {{lines}} the first of them */
  importErrorLines: '{{count}} lines ({{lines}}): {{message}}',
  /** the same error on many lines, each with its own value: the first as an example */
  importErrorLinesVaried: '{{count}} lines ({{lines}}), each with its own value, for example the first: {{message}}',
  otherFormat:
    'Most lines ({{failed}} of {{rows}}) do not have the layout expected for “{{format}}”: this file is probably of another type. Choose “{{other}}” in “File type” (the file is read again), then import again.',
  /** a customer summary (ID, frequency, recency, T), whatever the type chosen */
  summaryFile:
    'This file is a per-customer summary (columns frequency, recency, T): one line per customer, without purchase dates. It is not a purchase log: no “File type” imports it here. Choose a file in which each line is a purchase (customer, date, amount).',
  /** amounts written 12,50 while the box is unticked ({{option}}: the box's label) */
  decimalCommaHint: 'The amounts in this file are written with a decimal comma: tick “{{option}}”, map the “amount” column if needed, then import again.',
  /** a CSV whose lines the chosen separator does not split ({{separator}}: its name, “comma ( , )”) */
  wrongSeparator:
    'Most lines ({{failed}} of {{rows}}) do not have enough columns: the separator chosen, {{separator}}, is probably not the file’s. Choose another one in “Separator”: the preview should show one column per item (customer, date, amount…), then import again.',
  importErrors: {
    emptyFile: 'The file is empty.',
    noRows: 'The file holds no purchase: no data line under the column titles.',
    missingColumns: 'missing columns (expected: {{expected}}, found: {{found}}).',
    emptyCustomer: 'the customer id is empty.',
    badDate: 'unreadable date “{{value}}” (expected format: {{format}}).',
    missingDate: 'missing date (empty cell).',
    badAmount: 'unreadable amount “{{value}}”.',
    missingAmount: 'missing amount (empty cell).',
    exponentAmount:
      'amount in scientific notation “{{value}}”: this is often how a spreadsheet writes a number, and it may have rounded it. In the spreadsheet, give the column the “Number” format, then export the file again.',
    badQuantity: 'unreadable quantity “{{value}}”.',
    missingQuantity: 'missing quantity (empty cell).',
    exponentQuantity:
      'quantity in scientific notation “{{value}}”: this is often how a spreadsheet writes a number, and it may have rounded it. In the spreadsheet, give the column the “Number” format, then export the file again.',
    unterminatedQuote: 'an opening quote is never closed.',
    tooManyTypes: 'too many different product types (at most {{max}}).',
    badNumber: 'unreadable number “{{value}}” in column {{column}}.',
    missingNumber: 'missing number in column {{column}} (empty cell).',
    badSummaryHeader: 'columns missing from the header: {{missing}} (expected: ID, frequency, recency, T).',
    futureDate: 'date in the future “{{value}}” (after today): a typo?',
    unmappedColumns: 'Columns not mapped: {{columns}}. Say which column holds the customer, the date and the amount.',
    /** most dates, or the column titled « date », in no format known */
    unknownDateFormat:
      'The date column, {{column}}, was found, but its dates are in no known format (for example “{{value}}”): the app reads 31/01/2024, 01/31/2024, 2024-01-31, 2024/01/31 and 20240131, with a four-digit year. In the spreadsheet, give the column the Date format DD/MM/YYYY, save the file as CSV, then choose it again.',
    unknownDateFormatExcel:
      'The date column, {{column}}, was found, but its dates are numbers (for example “{{value}}”): these are Excel dates, counted in days since 1900. In the spreadsheet, give the column the Date format DD/MM/YYYY, save the file as CSV, then choose it again.',
    /** many dates unreadable in the format chosen, every date of the file readable in another */
    dateFormatMismatch:
      '{{failed}} dates of {{rows}} do not read in the {{format}} format, and every date in the file reads in the {{other}} format: the file is probably in {{other}}. Read as {{format}}, the other dates would have day and month swapped: nothing was imported, even with “Import the correct lines anyway”. Choose “{{other}}” in “Date format”, then import again.',
  },
  importFailedOne: 'Import cancelled, nothing was imported ({{count}} error):',
  importFailedOther: 'Import cancelled, nothing was imported ({{count}} errors):',
  fields: { customer: 'customer', date: 'date', amount: 'amount', type: 'product type', quantity: 'quantity' },
  moreErrorsOne: '… and {{count}} more error.',
  moreErrorsOther: '… and {{count}} more errors.',
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
    readAs: 'File "{{file}}" read as {{encoding}}: it is not UTF-8.',
    fitProblems:
      'Warning: the BG/NBD model cannot be estimated on these data. The fitted parameters (r, alpha, a, b) are extreme and the score (probability of being active, expected purchases) cannot be interpreted:',
    lateDatesOne:
      '{{count}} purchase is dated long after all the others (after {{bulk}}, up to {{last}}): a typo in the date? It is still imported: to leave it out, take an analysis date (--at) or calibration end (--calibration-end) no later than {{bulk}}.',
    lateDatesOther:
      '{{count}} purchases are dated long after all the others (after {{bulk}}, up to {{last}}): a typo in the date? They are still imported: to leave them out, take an analysis date (--at) or calibration end (--calibration-end) no later than {{bulk}}.',
  },
};
