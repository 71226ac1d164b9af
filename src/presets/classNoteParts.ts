/**
 * The parts of what a teacher's class link set for a run (runClass.ts RunClassNote), in order: the
 * shop chosen, the fixed seed, the mode, the locked tools. One source for the home card and the
 * Missions screen (ClassNote.svelte, a part a line) and the notice of a reopened run
 * (classSettings.svelte.ts tellRunSettings, the parts in a list), so both say the same.
 */
import type { MessageKey, Params } from '../i18n/translate.ts';
import type { RunClassNote } from './runClass.ts';

export interface ClassNotePart {
  part: 'chosen' | 'seed' | 'mode' | 'locked';
  text: string;
}

/** The note's parts in the language of `tr` (locale.svelte.ts `t`, or a notice's renderer). */
export function classNoteParts(note: RunClassNote, tr: (key: MessageKey, params?: Params) => string): ClassNotePart[] {
  const parts: ClassNotePart[] = [];
  if (note.chosen) parts.push({ part: 'chosen', text: tr('presets.classChosen') });
  if (note.seed !== null) parts.push({ part: 'seed', text: tr('presets.classSeed', { seed: note.seed }) });
  if (note.mode !== null) parts.push({ part: 'mode', text: tr(`presets.classMode.${note.mode}`) });
  if (note.locked.length > 0)
    parts.push({ part: 'locked', text: tr('presets.classLocked', { tools: note.locked.map((tool) => tr(`vocabulary.actionType.${tool}` as MessageKey)).join(', ') }) });
  return parts;
}
