/**
 * Is an imported run file what its scenario, seed and decisions give? Checked before the run is
 * stored (src/app/dbRunStore.ts importRun), by the engine worker the game uses (the home page stays
 * responsive), one period at a time so that the page can show the progress.
 *
 * A file names the model that computed its figures (runFile.ts `modelFingerprint`):
 * - another model, or none (a file exported before run files named it): its figures cannot be
 *   expected to replay here; it is imported as before and the resume recalculates it (db.recalculated);
 * - this model: every period's KPIs, purchases and events, the final state hash and the customer
 *   base must be the replay's; the first period that differs refuses the file (it was modified:
 *   scenario swapped, seed or a figure changed), nothing is stored.
 * Whatever the model, the run and its scenario must agree (`mismatch`): the run's scenarioId is the
 * scenario's id, its customerCount the scenario's initial base (the app creates every run so, and a
 * branch inherits it) and the stored base is at least that large (records are never removed). This
 * catches a scenario swapped into a file that names no model.
 */
import { actionsAt } from './actionsAt.ts';
import type { CustomerRecord, TickKpis, TickReport } from '../engine/types.ts';
import type { RunFile } from '../db/runFile.ts';
import type { EngineClient } from './engineClient.ts';

export type RunFileCheck =
  /** the replay gives the file's figures; `model` is the engine's fingerprint, the run's from now on */
  | { status: 'replayed'; model: string }
  /** made by another (or an unknown) model: imported, recalculated at resume */
  | { status: 'otherModel' }
  /** same model, and `period` (1-based) is the first whose figures are not the replay's */
  | { status: 'modified'; period: number }
  /** the run and its scenario disagree (any model) */
  | { status: 'mismatch' };

export type CheckEngine = Pick<EngineClient, 'create' | 'step' | 'hash' | 'customers' | 'dispose' | 'modelFingerprint'>;

let checks = 0;

/** JSON text with keys in order: two values that JSON writes alike (NaN as null) compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : ArrayBuffer.isView(v)
        ? Array.from(v as unknown as ArrayLike<number>)
        : v,
  );
}

function sameColumns(file: Record<string, number[]> | undefined, report: Record<string, unknown>, columns: string[]): boolean {
  for (const column of columns) {
    const replayed = report[column] as ArrayLike<number>;
    const kept = file?.[column] ?? [];
    if (kept.length !== replayed.length) return false;
    for (let i = 0; i < kept.length; i++) if (kept[i] !== replayed[i]) return false;
  }
  return true;
}

/**
 * KPI fields added without a change of the model (the fingerprint stays): a file exported before one of
 * them was added has none, and its other figures are still the replay's (the resume keeps its periods,
 * the screens read them as « not recorded »).
 */
const KPIS_ADDED_LATER = ['stageFlows', 'deterredByComplaints', 'campaignRecruits', 'complaintsUnpaid'] as const;

/** The same for a programme's KPIs: a personalisation's members' data while it runs (QA shops F4). */
const PROGRAMME_KPIS_ADDED_LATER = ['membersDataNow'] as const;

/** The replay's KPIs of tick `t`, without the fields added later that the file's do not hold. */
function replayedKpis(kept: TickKpis, replayed: TickKpis): TickKpis {
  const out = { ...replayed };
  for (const field of KPIS_ADDED_LATER) if (!(field in kept)) delete out[field];
  out.programmes = replayed.programmes.map((p) => {
    const mine = kept.programmes?.find((q) => q.id === p.id);
    if (!mine) return p;
    const copy = { ...p };
    for (const field of PROGRAMME_KPIS_ADDED_LATER) if (!(field in mine)) delete copy[field];
    return copy;
  });
  return out;
}

/** The file's rows of tick `t` are the replay's report of that tick. */
function sameTick(file: RunFile, report: TickReport): boolean {
  const t = report.tick;
  const kpis = file.kpis.find((k) => k.tick === t);
  if (!kpis || canonical({ ...kpis, tick: t }) !== canonical({ ...replayedKpis(kpis, report.kpis), tick: t })) return false;
  const purchases = file.purchases.find((b) => b.tick === t) as unknown as Record<string, number[]> | undefined;
  const events = file.events.find((b) => b.tick === t) as unknown as Record<string, number[]> | undefined;
  return (
    sameColumns(purchases, report.purchases as unknown as Record<string, unknown>, ['customer', 'amount', 'productType', 'channel']) &&
    sameColumns(events, report.events as unknown as Record<string, unknown>, ['customer', 'type', 'detail'])
  );
}

function sameCustomers(kept: readonly CustomerRecord[], replayed: readonly CustomerRecord[]): boolean {
  if (kept.length !== replayed.length) return false;
  const byId = [...kept].sort((a, b) => a.id - b.id);
  const mine = [...replayed].sort((a, b) => a.id - b.id);
  return byId.every((c, i) => canonical(c) === canonical(mine[i]));
}

/** The run and its scenario agree, whatever the model (see the file header). */
export function runMatchesScenario(file: RunFile): boolean {
  const initial = file.scenario.customers.initial;
  return file.run.scenarioId === file.scenario.id && file.run.customerCount === initial && file.customers.length >= initial;
}

/** Replays `file` with `engine` when it names the engine's model (see the file header). */
export async function checkRunFile(engine: CheckEngine, file: RunFile, onProgress?: (tick: number, total: number) => void): Promise<RunFileCheck> {
  if (!runMatchesScenario(file)) return { status: 'mismatch' };
  const model = await engine.modelFingerprint();
  if (file.modelFingerprint !== model) return { status: 'otherModel' };
  const run = `run-file-check-${++checks}`;
  const total = file.run.currentTick;
  await engine.create(run, file.scenario, file.seed);
  try {
    onProgress?.(0, total);
    for (let t = 0; t < total; t++) {
      const { report } = await engine.step(run, actionsAt(file.decisions, t));
      if (!sameTick(file, report)) return { status: 'modified', period: t + 1 };
      onProgress?.(t + 1, total);
    }
    const end = { status: 'modified', period: Math.max(1, total) } as const;
    if (file.stateHash !== null && (await engine.hash(run)) !== file.stateHash) return end;
    if (!sameCustomers(file.customers, await engine.customers(run))) return end;
    return { status: 'replayed', model };
  } finally {
    await engine.dispose(run).catch(() => null);
  }
}
