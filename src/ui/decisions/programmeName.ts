/**
 * A running programme's readable name, « Lien social — Club clients (lancé la semaine 2) », for the
 * « Programmes en cours » list and the decision that stops it (instead of its internal id « 1:0 »).
 */
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { ProgrammeKpi } from '../../engine/types.ts';
import type { MessageKey, Params } from '../../i18n/translate.ts';
import { periodInSentence, type TickUnit } from '../dashboard/period.ts';

type Translate = (key: MessageKey, params?: Params) => string;

/** `pending`: queued this period, not launched yet (« à lancer la semaine 1 », QA shops 13). */
export function programmeName(p: Pick<ProgrammeKpi, 'type' | 'instrument' | 'startTick'>, unit: TickUnit, t: Translate, pending = false): string {
  const period = periodInSentence(unit, p.startTick);
  return t(pending ? 'decisions.programmes.namePending' : 'decisions.programmes.name', {
    type: t(`vocabulary.actionType.${p.type}`),
    instrument: p.instrument ? t(`vocabulary.instrument.${p.instrument}` as MessageKey) : '',
    period: t(period.key, period.params),
  });
}

/** Looks up the name of a programme by id among `programmes` (undefined when it is not there). */
export function programmeNames(programmes: readonly ProgrammeKpi[], unit: TickUnit, t: Translate): (id: string) => string | undefined {
  return (id) => {
    const p = programmes.find((x) => x.id === id);
    return p ? programmeName(p, unit, t) : undefined;
  };
}

/**
 * Looks up the name of a programme by id in the decisions log that started it (its id is
 * « tick:index » of the action that started it): for screens that show past decisions without the
 * KPIs (what-if history, the teacher's team view). Undefined when the log does not have it.
 */
export function programmeNamesFromLog(decisions: DecisionsLog, unit: TickUnit, t: Translate): (id: string) => string | undefined {
  return (id) => {
    const [tick, index] = id.split(':').map(Number);
    const action = decisions.find((d) => d.tick === tick)?.actions[index];
    if (!action || !('instrument' in action) || action.type === 'collecteDonnees' || action.type === 'enquete') return undefined;
    return programmeName({ type: action.type, instrument: action.instrument, startTick: tick }, unit, t);
  };
}
