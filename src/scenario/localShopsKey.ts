/**
 * Where the editor keeps the teacher's scenarios (localStorage key), and the home page's first look:
 * does this browser hold a shop made in the editor that can be played? A plain text test, so that the
 * learner's page carries neither the list's code nor its strings when there is none (nearly always
 * on a student's browser); src/scenario/localScenarios.ts reads the entries for real.
 */
import { readItem } from '../app/pageStorage.ts';

export const STORAGE_KEY = 'fidelis.editor.scenarios.v1';

/** True when the stored list may hold a playable shop (an entry saved with its checked scenario). */
export function mayHavePlayableShops(storage: Storage | null): boolean {
  return readItem(storage, STORAGE_KEY)?.includes('"scenario":') ?? false;
}
