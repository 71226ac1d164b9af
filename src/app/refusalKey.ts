/**
 * The message (decisions.reason.*) of the engine's reason for refusing an action: the decisions screen's notice, the
 * event feed, the debrief's timeline and « Et si… ? » say a refusal with it. Typed from the engine's reasons
 * (engine/types.ts RefusalReason), so a reason without its message in the French texts does not compile.
 */
import type { RefusalReason } from '../engine/types.ts';
import type { MessageKey } from '../i18n/translate.ts';

export function refusalKey(reason: RefusalReason): MessageKey {
  const key: `decisions.reason.${RefusalReason}` = `decisions.reason.${reason}`;
  return key;
}
