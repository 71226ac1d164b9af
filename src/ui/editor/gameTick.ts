/**
 * An event's period as the game numbers it. A file's `tick` counts from 0 (« la période 0 est la
 * première simulée », scenarios/README.md) while the game shows « Semaine 1 / 26 » (app/tickLabel.ts:
 * completed + 1) and an objective's « Échéance » counts from 1 (checked after that many periods): an
 * event at tick 2 happens in « Semaine 3 ». The editor shows and takes « semaine 1 … N » (the field
 * stores the value − 1: files keep their `tick`), and says the schema's messages about an event's
 * period in the same numbering (QA qa27 M3).
 */
import { locale, t } from '../../i18n/locale.svelte.ts';
import { messagesOf } from '../../i18n/translate.ts';
import type { ScenarioError } from '../../scenario/load.ts';
import type { JsonPath } from '../../scenario/jsonText.ts';
import { eventItemOf, getAt, numberText } from './draftPath.ts';
import { periodNumber, type TickUnit } from '../dashboard/period.ts';

/** What the event field shows over what the file stores: week 1 is tick 0 (the game's periodNumber). */
export const GAME_TICK_OFFSET = periodNumber(0);

/** The scenario's time unit; a week while the field holds no valid one (the editor's default). */
export function tickUnitOf(draft: unknown): TickUnit {
  return getAt(draft, ['tickUnit']) === 'month' ? 'month' : 'week';
}

/** « semaine 3 » for tick 2 (the file's numbering) or for a value that is not a number. */
export function gameTickText(tick: unknown, unit: TickUnit, missing: string): string {
  const n = typeof tick === 'number' && Number.isFinite(tick) ? numberText(periodNumber(tick), locale.current) : tick === undefined || tick === null || tick === '' ? missing : String(tick);
  return t(`editor.meaning.tick.${unit}.line`, { n });
}

const isEventTick = (path: JsonPath): boolean => path[path.length - 1] === 'tick' && eventItemOf(path)?.length === path.length - 1;

/**
 * The file checker's messages about an event's period, said in the game's numbering: « la dernière
 * semaine est la semaine 26 (reçu : 27) » rather than « l’événement tombe après la fin (26 périodes) »
 * for what the teacher typed as 27. A message about anything else, or about a period that is not a
 * number (it quotes what was typed), is kept; two messages on one period become one.
 */
export function inGameTicks(errors: readonly ScenarioError[], draft: unknown): ScenarioError[] {
  const unit = tickUnitOf(draft);
  const duration = getAt(draft, ['durationTicks']);
  const seen = new Set<string>();
  const out: ScenarioError[] = [];
  for (const error of errors) {
    if (!isEventTick(error.path)) {
      out.push(error);
      continue;
    }
    const tick = getAt(draft, error.path);
    let message = error.message;
    if (typeof tick === 'number' && Number.isFinite(tick)) {
      const received = numberText(periodNumber(tick), locale.current);
      if (!Number.isInteger(tick)) message = t('editor.meaning.tick.integer', { received });
      else if (tick < 0) message = t(`editor.meaning.tick.${unit}.before`, { received });
      else if (typeof duration === 'number' && Number.isInteger(duration) && tick >= duration)
        message = t(`editor.meaning.tick.${unit}.after`, { received, last: numberText(duration, locale.current) });
    }
    const fieldName = t('scenario.fields.tick');
    const field = error.field.endsWith(fieldName) ? error.field.slice(0, -fieldName.length) + t(`editor.meaning.tick.${unit}.label`) : error.field;
    const key = `${error.where}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...error, field, message, text: t('editor.errorLine', { field, message }) });
  }
  return out;
}

/**
 * The field names of the messages (the file checker's and the editor's remarks) in the shop's unit, as the form
 * labels its fields (editor.unitFields, fieldLabel.ts): « objectif n° 1 › chaque semaine », « durée (en mois) »,
 * not the checker's « à chaque période », « durée (en périodes) » a file read without its shop says.
 */
export function inShopUnit(errors: readonly ScenarioError[], draft: unknown): ScenarioError[] {
  const messages = messagesOf(locale.current);
  const names = messages.editor?.unitFields[tickUnitOf(draft)] as Record<string, string> | undefined;
  const checker = messages.scenario?.fields as Record<string, string> | undefined;
  if (!names || !checker) return [...errors];
  return errors.map((error) => {
    const keys = error.path.filter((k): k is string => typeof k === 'string');
    const leaf = keys[keys.length - 1] ?? '';
    const pair = `${keys[keys.length - 2]}_${leaf}`;
    const key = Object.hasOwn(names, pair) ? pair : Object.hasOwn(names, leaf) ? leaf : null;
    if (key === null) return error;
    const said = (Object.hasOwn(checker, key) ? checker[key] : undefined) ?? checker[leaf];
    if (!said || !error.field.endsWith(said)) return error;
    const field = error.field.slice(0, -said.length) + names[key];
    return { ...error, field, text: error.text.replace(error.field, field) };
  });
}
