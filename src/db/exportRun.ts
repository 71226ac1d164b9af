/** Export of a whole run as one JSON file (format in runFile.ts). */
import type { FidelisDb } from './openDatabase.ts';
import { wholeRun, withoutRunId } from './keyRanges.ts';
import { allRecords, buildTable } from './customerTable.ts';
import { getRun } from './runsRepository.ts';
import { RUN_FILE_FORMAT, RUN_FILE_VERSION, type RunFile } from './runFile.ts';

/** The run as a plain object (the caller may JSON.stringify it or use exportRunFile). */
export async function exportRunObject(fdb: FidelisDb, runId: string, now: string = new Date().toISOString()): Promise<RunFile> {
  const run = await getRun(fdb, runId);
  const range = wholeRun(fdb.keyRange, runId);
  const tx = fdb.db.transaction(['kpis', 'customerPages', 'purchases', 'events'], 'readonly');
  const [kpis, pages, purchases, events] = await Promise.all([
    tx.objectStore('kpis').getAll(range),
    tx.objectStore('customerPages').getAll(range),
    tx.objectStore('purchases').getAll(range),
    tx.objectStore('events').getAll(range),
    tx.done,
  ]);
  return {
    format: RUN_FILE_FORMAT,
    version: RUN_FILE_VERSION,
    exportedAt: now,
    run: {
      id: run.id,
      name: run.name,
      scenarioId: run.scenarioId,
      customerCount: run.customerCount,
      createdAt: run.createdAt,
      updatedAt: run.updatedAt,
      currentTick: run.currentTick,
      mode: run.mode,
      parentRunId: run.parentRunId,
      branchTick: run.branchTick,
      ...(run.classSettings ? { classSettings: run.classSettings } : {}),
      ...(run.seedTargets ? { seedTargets: run.seedTargets } : {}),
    },
    scenario: run.scenario,
    seed: run.seed,
    decisions: run.decisions,
    stateHash: run.stateHash,
    kpis: kpis.filter((k) => k.tick < run.currentTick).map(withoutRunId),
    customers: allRecords(buildTable(pages)),
    purchases: purchases.map((b) => ({
      tick: b.tick,
      customer: Array.from(b.customer),
      amount: Array.from(b.amount),
      productType: Array.from(b.productType),
      channel: Array.from(b.channel),
    })),
    events: events.map((b) => ({ tick: b.tick, customer: Array.from(b.customer), type: Array.from(b.type), detail: Array.from(b.detail) })),
    ...(run.modelFingerprint !== undefined ? { modelFingerprint: run.modelFingerprint } : {}),
  };
}

/** Text in a file name: lower-case ASCII letters and digits joined by dashes (empty when none is left). */
function fileSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

export interface ExportFileOptions {
  /**
   * the file name's word for a run whose name keeps no letter or digit (« partie », « run »): in the
   * learner's language, from the messages (savedRuns.exportUnnamed), which the db layer does not read
   */
  unnamed: string;
  /** the export's date (ISO), now by default */
  now?: string;
}

/** The run as a downloadable file: `fidelis-<name>-p<tick>.json` (the `unnamed` word for a name without letters or digits). */
export async function exportRunFile(fdb: FidelisDb, runId: string, options: ExportFileOptions): Promise<{ fileName: string; text: string; blob: Blob }> {
  const file = await exportRunObject(fdb, runId, options.now);
  const text = JSON.stringify(file);
  return {
    fileName: ['fidelis', fileSlug(file.run.name) || fileSlug(options.unnamed), `p${file.run.currentTick}`].filter(Boolean).join('-') + '.json',
    text,
    blob: new Blob([text], { type: 'application/json' }),
  };
}
