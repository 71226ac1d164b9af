/** The real engine behind the worker protocol, run in-process (jsdom and Node have no module Worker here). */
import * as engine from '../../../src/engine/index.ts';
import { inProcessTransport, type EngineTransport } from '../../../src/app/engineClient.ts';
import { createEngineHandler } from '../../../src/app/engineHandler.ts';

export function inProcessEngineTransport(): EngineTransport {
  return inProcessTransport(createEngineHandler(engine));
}
