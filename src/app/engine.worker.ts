/**
 * The engine's Web Worker: receives EngineMessages, runs the pure engine, posts one
 * response per request, transferring the typed arrays of tick reports. It also writes each
 * tick's autosave to IndexedDB itself when the page asks (`saveTick`, src/app/tickWriter.ts,
 * loaded then), so the page's thread never clones the customer pages.
 */
import {
  cloneState,
  createSimulation,
  customerRecord,
  expectedComplaints,
  hashState,
  nextTickReserves,
  runSimulation,
  selectTarget,
  stepSimulation,
  targetCostCurves,
  visibleColumns,
} from '../engine/index.ts';
// worked out when the app is built (src/app/modelFingerprintBuild.ts): the fixed simulation stays out of the worker
import { modelFingerprint } from 'virtual:fidelis/model-fingerprint';
import { createEngineHandler } from './engineHandler.ts';
import { failureOf, reportBuffers, type EngineMessage, type EngineResponse, type StepResult, type CreateResult } from './engineProtocol.ts';

const engine = {
  cloneState,
  createSimulation,
  customerRecord,
  expectedComplaints,
  hashState,
  modelFingerprint,
  nextTickReserves,
  runSimulation,
  selectTarget,
  stepSimulation,
  targetCostCurves,
  visibleColumns,
};
const handle = createEngineHandler(engine, { tickWriter: () => import('./tickWriter.ts').then((m) => m.openTickWriter()) });

function transferables(kind: EngineMessage['request']['kind'], result: unknown): ArrayBuffer[] {
  if (kind === 'step') return reportBuffers((result as StepResult).report);
  if (kind === 'create') return (result as CreateResult).reports.flatMap(reportBuffers);
  return [];
}

self.addEventListener('message', (event: MessageEvent<EngineMessage>) => {
  const { id, request } = event.data;
  const answer = (response: EngineResponse, transfer: ArrayBuffer[] = []) => (self as unknown as Worker).postMessage(response, transfer);
  let result: unknown;
  try {
    result = handle(request);
  } catch (error) {
    answer(failureOf(id, error));
    return;
  }
  // only saveTick answers later (the database); every other request is answered in this task, in order
  if (result instanceof Promise)
    result.then(
      (value: unknown) => answer({ id, ok: true, result: value }),
      (error: unknown) => answer(failureOf(id, error)),
    );
  else answer({ id, ok: true, result }, transferables(request.kind, result));
});
