/** CSV for French spreadsheets: BOM, ';', CRLF, quoting, decimal comma, JJ/MM/AAAA dates, formula guard. */
import { afterEach, describe, expect, it } from 'vitest';
import { tickDateLabel } from '../../../src/db/calendar.ts';
import { commitTick } from '../../../src/db/commitTick.ts';
import { customersCsv, exportCustomersCsv, exportPurchasesCsv, purchasesCsv, textCell } from '../../../src/db/csvExport.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { createRun } from '../../../src/db/createRun.ts';
import type { CustomerRecord } from '../../../src/engine/types.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeCustomers } from '../../fixtures/customers.ts';
import { freshDb } from './synthetic.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { en } from '../../../src/i18n/en.ts';
import { frenchSpacing, plainSpaces } from '../../../src/i18n/frenchSpacing.ts';
import { purchaseBatch } from '../../fixtures/customers.ts';

const scenario = fixtureScenario(); // weekly, starts 2026-01-05
const customer: CustomerRecord = {
  ...makeCustomers(1)[0],
  id: 7,
  firstName: 'Zoé',
  lastName: 'Dupont; "la grande"',
  firstPurchaseTick: -1,
  lastPurchaseTick: 2,
  spendTotal: 1234.5,
  measuredSatisfaction: null,
  dataKnown: 0.25,
  loyaltyCard: true,
  stage: 'actif',
};

function rows(csv: string): string[] {
  return csv.slice(1).split('\r\n');
}

describe('calendar', () => {
  it('turns ticks into French dates from the scenario start, by week or by month', () => {
    expect(tickDateLabel(scenario, 0)).toBe('05/01/2026');
    expect(tickDateLabel(scenario, 2)).toBe('19/01/2026');
    expect(tickDateLabel(scenario, -1)).toBe('29/12/2025');
    expect(tickDateLabel({ startDate: '2026-01-31', tickUnit: 'month' }, 1)).toBe('28/02/2026');
    expect(tickDateLabel({ startDate: '2026-01-31', tickUnit: 'month' }, 13)).toBe('28/02/2027');
    expect(tickDateLabel({ startDate: '2026-11-15', tickUnit: 'month' }, 2)).toBe('15/01/2027');
  });
});

describe('customersCsv', () => {
  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    const csv = customersCsv([customer], scenario);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const [header, line] = rows(csv);
    expect(header.split(';').slice(0, 4)).toEqual(['N° client', 'Prénom', 'Nom', 'Âge']);
    // the number shown in the app, the id plus one
    expect(line.startsWith('8;Zoé;')).toBe(true);
    expect(line).toContain(';"Dupont; ""la grande""";');
    expect(line).toContain(';29/12/2025;19/01/2026;');
    expect(line).toContain(';1234,50;oui;');
    expect(line).toContain(';Client actif;');
    expect(line).toContain(';0,25;');
  });

  it('offers a decimal point instead, with a comma as separator (a spreadsheet set to English), and names towns when told how', () => {
    const csv = customersCsv([customer], scenario, { decimalComma: false, townName: (t) => `Ville ${t}` });
    expect(rows(csv)[1]).toContain(',1234.50,');
    expect(rows(csv)[1]).toContain(`,Ville ${customer.town},`);
    expect(rows(csv)[0].split(',').length).toBe(rows(customersCsv([customer], scenario))[0].split(';').length);
  });

  it('writes column headers with ordinary spaces, French typography or not: a column name is typed in formulas and scripts', () => {
    const labels = { ...fr.db.csv, spendTotal: frenchSpacing('Montant total : « TTC » ?') };
    const header = rows(customersCsv([customer], scenario, { labels }))[0];
    expect(header.split(';')).toContain('Montant total : « TTC » ?');
    expect(header).not.toMatch(/[\u00a0\u202f]/);
  });

  it('names the satisfaction column as the customer card does (the customer’s own last answer), not « mesurée », the shop’s mean score', () => {
    const frHeader = rows(customersCsv([customer], scenario))[0].split(';');
    const enHeader = rows(customersCsv([customer], scenario, { labels: en.db.csv, decimalComma: false }))[0].split(',');
    expect(frHeader).toContain(plainSpaces(fr.customers.file.satisfaction));
    expect(enHeader).toContain(plainSpaces(en.customers.file.satisfaction));
    expect(frHeader.join(';')).not.toMatch(/mesurée/i);
    expect(enHeader.join(',')).not.toMatch(/measured/i);
  });

  it('neutralises cells that a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(textCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(textCell('+33 6')).toBe("'+33 6");
    expect(textCell('-moins')).toBe("'-moins");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('Léa')).toBe('Léa');
    expect(textCell(' espace')).toBe('" espace"');
    expect(textCell('deux\nlignes')).toBe('"deux\nlignes"');
    const csv = customersCsv([{ ...customer, firstName: '=1+1', r: 0 }], scenario);
    expect(rows(csv)[1]).toContain(";'=1+1;");
  });
});

describe('purchasesCsv', () => {
  it('lists one purchase a row with its date, product type and channel', () => {
    const csv = purchasesCsv([purchaseBatch(1, [{ customer: 4, amount: 12.5, productType: 1, channel: 5 }]), purchaseBatch(0, [{ customer: 2, amount: 3 }])], scenario);
    expect(rows(csv)).toEqual([
      'Date;Période;N° client;Montant (€);Type de produit;Canal',
      '05/01/2026;0;3;3,00;Vêtements;Magasin',
      '12/01/2026;1;5;12,50;Accessoires;Site web',
      '',
    ]);
  });
});

describe('CSV from the database', () => {
  let fdb: FidelisDb;
  afterEach(() => fdb.close());

  it('exports a stored run’s customers and purchases', async () => {
    fdb = await freshDb();
    const run = await createRun(fdb, { name: 'C', scenario, seed: 1, createdAt: '2026-11-23T08:00:00.000Z', customers: [customer, { ...customer, id: 8 }] });
    const purchases = purchaseBatch(0, [{ customer: 7, amount: 9.99 }]);
    const events = { tick: 0, length: 0, customer: new Int32Array(0), type: new Uint8Array(0), detail: new Int32Array(0) };
    const { makeKpi } = await import('../../fixtures/kpis.ts');
    await commitTick(fdb, { runId: run.id, report: { tick: 0, kpis: makeKpi(0), purchases, events, rejected: [] }, records: [], stateHash: null });
    const customersText = await exportCustomersCsv(fdb, run.id);
    expect(rows(customersText).filter(Boolean)).toHaveLength(3);
    expect(rows(customersText)[2].startsWith('9;')).toBe(true);
    expect(rows(await exportPurchasesCsv(fdb, run.id))[1]).toBe('05/01/2026;0;8;9,99;Vêtements;Magasin');
  });
});
