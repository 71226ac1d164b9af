/**
 * The analytics Web Worker: reads and imports the file, computes RFM and fits the scoring models off
 * the page's thread (a 1,000,000-row file never freezes the screen), posting progress as it goes.
 */
import type { AnalyticsReply, AnalyticsRequest } from './analyticsProtocol.ts';
import { AnalyticsSession } from './analyticsSession.ts';

const session = new AnalyticsSession();
const post = (reply: AnalyticsReply): void => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<{ id: number; request: AnalyticsRequest }>) => {
  const { id, request } = event.data;
  session
    .handle(request, (fraction, lines) => post({ id, kind: 'progress', fraction, lines }))
    .then((result) => post({ id, kind: 'done', result }))
    .catch((error: unknown) => post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) }));
});
