/**
 * The customers screen's CSV files (app/runCsv.ts): read from the run stored in this tab's database, headers and
 * words in the learner's language, decimal mark as chosen, and a refused read in the app's words (a DbError code).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCsv } from '../../../src/app/runCsv.ts';
import { commitTick } from '../../../src/db/commitTick.ts';
import { createRun } from '../../../src/db/createRun.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { db as enDb } from '../../../src/i18n/en/db.ts';
import { db as frDb } from '../../../src/i18n/fr/db.ts';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';
import { makeCustomers, purchaseBatch } from '../../fixtures/customers.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { freshDb } from '../db/synthetic.ts';

const lines = (csv: string) => csv.slice(1).split('\r\n').filter(Boolean);

describe('runCsv', () => {
  let fdb: FidelisDb;
  afterEach(() => fdb.close());

  async function storedRun() {
    fdb = await freshDb();
    const customers = makeCustomers(3).map((c) => ({ ...c, spendTotal: 12.5 }));
    const run = await createRun(fdb, { name: 'C', scenario: fixtureScenario(), seed: 1, createdAt: '2026-11-23T08:00:00.000Z', customers });
    const purchases = purchaseBatch(0, [{ customer: 1, amount: 9.99 }, { customer: 2, amount: 4.5 }]);
    const events = { tick: 0, length: 0, customer: new Int32Array(0), type: new Uint8Array(0), detail: new Int32Array(0) };
    await commitTick(fdb, { runId: run.id, report: { tick: 0, kpis: makeKpi(0), purchases, events, rejected: [] }, records: [], stateHash: null });
    return run.id;
  }

  it('writes the stored customers in French with a decimal comma, in English with a decimal point', async () => {
    const runId = await storedRun();
    const fr = await runCsv(fdb, runId, 'customers', { decimalComma: true, locale: 'fr' });
    expect(fr.startsWith('\uFEFF')).toBe(true);
    expect(lines(fr)[0].startsWith(`${plainSpaces(frDb.csv.id)};${plainSpaces(frDb.csv.firstName)};`)).toBe(true);
    expect(lines(fr)).toHaveLength(4);
    expect(lines(fr)[1]).toContain(';12,50;');
    const en = await runCsv(fdb, runId, 'customers', { decimalComma: false, locale: 'en' });
    expect(lines(en)[0].startsWith(`${enDb.csv.id},${enDb.csv.firstName},`)).toBe(true);
    expect(lines(en)[1]).toContain(',12.50,');
  });

  it('writes the stored purchases, one line each', async () => {
    const runId = await storedRun();
    const text = await runCsv(fdb, runId, 'purchases', { decimalComma: true, locale: 'fr' });
    expect(lines(text)).toHaveLength(3);
    expect(lines(text)[1]).toMatch(/;9,99;/);
    expect(lines(text)[1]).toContain(';Vêtements;');
  });

  it('writes the product types’ names in English for an English learner (review16 m1)', async () => {
    const runId = await storedRun();
    const text = await runCsv(fdb, runId, 'purchases', { decimalComma: false, locale: 'en' });
    expect(lines(text)[1]).toContain(',Clothes,');
    expect(text).not.toContain('Vêtements');
  });

  it('turns a refused read into the app’s error codes', async () => {
    const runId = await storedRun();
    await expect(runCsv(fdb, 'no-such-run', 'customers', { decimalComma: true, locale: 'fr' })).rejects.toMatchObject({ name: 'DbError', code: 'runNotFound' });
    fdb.db.close();
    // the browser's own error (here fake-indexeddb's, in English) comes back as a DbError whose code has a French message
    const refused: unknown = await runCsv(fdb, runId, 'purchases', { decimalComma: true, locale: 'fr' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'DbError' });
    expect(typeof frDb[(refused as { code: keyof typeof frDb }).code]).toBe('string');
  });
});
