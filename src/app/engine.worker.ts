/**
 * The engine's Web Worker: receives EngineMessages, runs the pure engine, posts one
 * response per request, transferring the typed arrays of tick reports.
 */
import * as engine from '../engine/index.ts';
import { createEngineHandler } from './engineHandler.ts';
import { reportBuffers, type EngineMessage, type EngineResponse, type StepResult, type CreateResult } from './engineProtocol.ts';

const handle = createEngineHandler(engine);

function transferables(kind: EngineMessage['request']['kind'], result: unknown): ArrayBuffer[] {
  if (kind === 'step') return reportBuffers((result as StepResult).report);
  if (kind === 'create') return (result as CreateResult).reports.flatMap(reportBuffers);
  return [];
}

self.addEventListener('message', (event: MessageEvent<EngineMessage>) => {
  const { id, request } = event.data;
  let response: EngineResponse;
  let transfer: ArrayBuffer[] = [];
  try {
    const result = handle(request);
    transfer = transferables(request.kind, result);
    response = { id, ok: true, result };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response, transfer);
});
