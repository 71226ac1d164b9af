/** English strings of the customers screen's export for a spreadsheet (same keys as src/i18n/fr/customersCsv.ts). */
import type { Messages } from '../fr.ts';

export const customersCsv: Messages['customersCsv'] = {
  help: 'The game’s base as last saved, to open in LibreOffice Calc or Excel.',
  decimalComma: 'Decimal comma and semicolon as separator (French Excel)',
  customers: 'Customer base',
  purchases: 'Purchases',
  sizeOne: '{{rows}} line, about {{mb}} MB',
  sizeOther: '{{rows}} lines, about {{mb}} MB',
  preparing: 'Preparing the file…',
  failed: 'The file could not be prepared. {{message}}',
  fileTable: { customers: 'customers', purchases: 'purchases' },
};
