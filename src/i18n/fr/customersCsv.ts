/**
 * French strings of the customers screen's export for a spreadsheet (ui/customers/SpreadsheetExport.svelte): the run's
 * base and purchases at the last saved period. A part of their own (i18n/areas.ts CUSTOMERS_CSV_AREAS), fetched with the
 * group's code when the learner opens it (its title, customers.csvTitle, stays in the learner part): not on a first visit.
 */
import { frenchArea } from '../frenchSpacing.ts';

export const customersCsv = frenchArea({
  help: 'La base de la partie à son dernier enregistrement, à ouvrir dans LibreOffice Calc ou Excel.',
  decimalComma: 'Virgule décimale et point-virgule comme séparateur (Excel en français)',
  customers: 'Base clients',
  purchases: 'Achats',
  /** said before the file is asked for: a purchases file of a big base runs to several megabytes */
  sizeOne: '{{rows}} ligne, environ {{mb}} Mo',
  sizeOther: '{{rows}} lignes, environ {{mb}} Mo',
  preparing: 'Préparation du fichier…',
  failed: 'Le fichier n’a pas pu être préparé. {{message}}',
  /** a file name's table part (ui/customers/spreadsheetFiles.ts); its periods and branch parts are the result file's (handIn.export) */
  fileTable: { customers: 'clients', purchases: 'achats' },
} as const);
