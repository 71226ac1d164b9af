/**
 * What a result file's run name says, for the class view: the name the app gave the run when it
 * started (« Boulangerie du Marché (2026) », « … (2026) 2 » when started again, a mission's « … — Mission 2 (2026) »
 * or « … — Mission 2, essai 2 (2026) »: nothing a teacher
 * needs to read), a what-if branch (« … — et si… (à partir de la semaine 20) », older files « (la semaine 20) »: an exploration, not a hand-in,
 * i18n home.branchRunName in either language) or a name of the learner's own. The file records no
 * other mark of a branch, so the names are read with the app's own templates. Pure.
 */
import type { ResultFile } from './resultFileSchema.ts';
import { home as frHome } from '../i18n/fr/home.ts';
import { readDefaultRunName } from '../app/defaultRunName.ts';

export type RunNameKind = 'none' | 'default' | 'branch' | 'own';

/**
 * English's home.branchRunName, copied rather than imported: importing i18n/en/home.ts here (a teacher
 * module) split it out of enLearner into a chunk of its own, +0.7 KB gz on an English learner's path
 * (test/bench/app.bench.ts, issue 4). test/unit/results/classHandIns.test.ts checks the copy.
 */
export const EN_BRANCH_RUN_NAME = '{{name}} — what if… ({{period}})';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** a template as a regex source: its spaces match any space (French ones included), {{x}} anything */
const pattern = (template: string, holes: Record<string, string>) =>
  escape(template)
    .replace(/\s+/g, '\\s+')
    .replace(/\\\{\\\{(\w+)\\\}\\\}/g, (_, hole: string) => holes[hole] ?? '.+');

const BRANCH = new RegExp(
  `${[frHome.branchRunName, EN_BRANCH_RUN_NAME].map((tpl) => `(?:${pattern(tpl, { name: '.+', period: '[^()]+' })})`).join('|')}$`,
  'u',
);
/** How the class view reads `file`'s run name (see the module's comment). */
export function runNameKind(file: Pick<ResultFile, 'runName' | 'scenario' | 'seed'>): RunNameKind {
  const name = file.runName?.trim() ?? '';
  if (name === '') return 'none';
  if (BRANCH.test(name)) return 'branch';
  // the app's own name (home.runName), also when started again with its seed: « … (1907) 2 » (app/runName.ts distinctRunName)
  return readDefaultRunName(name, { shop: file.scenario.name, seed: file.seed }) ? 'default' : 'own';
}
