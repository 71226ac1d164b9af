/**
 * A name the app gave a run when it started (i18n home.runName: « Boulangerie du Marché (1907) », « … — Mission 2 (1907) »,
 * « … — Mission 2, essai 2 (1907) », followed by a number when taken: runName.ts distinctRunName), read back in either
 * language so that it is shown in the reader's: a game started in English read « Market Square Bakery — Mission 2 (1907) »
 * over a French page (QA qa28en m1). A name the learner typed is left as it is. The stored name does not change (a result
 * file, distinctRunName and results/runNameKind.ts read it as stored). Both languages' templates are copied here: a reader
 * has only their own language loaded (test/unit/app/defaultRunName.test.ts checks the copies). Pure; out of the first
 * visit's bundle (the saved runs' list, the what-if screen and the hand-in import it; session.start only once runs are saved).
 */
import type { LocalizedText } from '../scenario/schema.ts';
import type { Locale, MessageKey, Params } from '../i18n/translate.ts';
import { frenchSpacing } from '../i18n/frenchSpacing.ts';
import { localized } from './localized.ts';
import { runDisplayName, type NamedRun } from './runName.ts';
import { missionShopName } from '../missions/missionName.ts';

type Translate = (key: MessageKey, params?: Params) => string;

/** fr/home.ts and en/home.ts runName, copied */
export const RUN_NAME_TEMPLATES = {
  fr: { free: '{{shop}} ({{seed}})', mission: '{{shop}} — Mission {{n}} ({{seed}})', attempt: '{{shop}} — Mission {{n}}, essai {{attempt}} ({{seed}})' },
  en: { free: '{{shop}} ({{seed}})', mission: '{{shop}} — Mission {{n}} ({{seed}})', attempt: '{{shop}} — Mission {{n}}, attempt {{attempt}} ({{seed}})' },
} as const;

/** What a name the app gave says besides its shop and seed: the mission and its attempt, the number that told it apart. */
export interface DefaultRunName {
  kind: 'free' | 'mission' | 'attempt';
  /** the mission's number (kind mission, attempt) */
  n?: number;
  /** the attempt's number (kind attempt) */
  attempt?: number;
  /** the number distinctRunName added (« … (1907) 2 »), absent if none */
  copy?: number;
}

/** The shop and seed a run was started with. */
export interface RunOrigin {
  shop: LocalizedText;
  seed: number;
}

/**
 * The shop and seed a run of scenario `scenarioId` named `scenarioName` was started with: a mission's run, the shop whose
 * path it is (missions/missionName.ts: « Boulangerie du Marché », as its run's name « … — Mission 3 (1907) » holds it),
 * not its scenario's « … — mission 3 : Réclamations et enquêtes », which left that name in the language it was started in
 * (QA qa31phoneEn n6).
 */
export function runOrigin(scenarioId: string, scenarioName: LocalizedText, seed: number): RunOrigin {
  return { shop: missionShopName(scenarioId, scenarioName) ?? scenarioName, seed };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** a text as a regex source whose spaces match any space (French ones included) */
const spaced = (text: string) => escape(text).replace(/\s+/g, '\\s+');

const KINDS = ['free', 'mission', 'attempt'] as const;

/** The parts of `name` if it is a name the app gave a run of `origin`'s shop and seed, in either language; null if not. */
export function readDefaultRunName(name: string, origin: RunOrigin): DefaultRunName | null {
  const shops = [origin.shop.fr, frenchSpacing(origin.shop.fr), ...(origin.shop.en?.trim() ? [origin.shop.en.trim()] : [])].map(spaced).join('|');
  const holes: Record<string, string> = { shop: `(?:${shops})`, seed: escape(String(origin.seed)), n: '(?<n>\\d+)', attempt: '(?<attempt>\\d+)' };
  const trimmed = name.trim();
  for (const lang of ['fr', 'en'] as const) {
    for (const kind of KINDS) {
      const source = spaced(RUN_NAME_TEMPLATES[lang][kind]).replace(/\\\{\\\{(\w+)\\\}\\\}/g, (_, hole: string) => holes[hole] ?? '.+');
      const match = new RegExp(`^${source}(?:\\s+(?<copy>\\d+))?$`, 'u').exec(trimmed);
      if (!match?.groups) continue;
      const number = (group: string) => (match.groups?.[group] !== undefined ? { [group]: Number(match.groups[group]) } : {});
      return { kind, ...number('n'), ...number('attempt'), ...number('copy') };
    }
  }
  return null;
}

/** The name the app gives a run of `shop` (already in the reader's language) with `parts`, in the language of `t`. */
export function composeDefaultRunName(t: Translate, shop: string, seed: number, parts: DefaultRunName): string {
  const name = t(`home.runName.${parts.kind}`, { shop, seed, ...(parts.n !== undefined ? { n: parts.n } : {}), ...(parts.attempt !== undefined ? { attempt: parts.attempt } : {}) });
  return parts.copy === undefined ? name : `${name} ${parts.copy}`;
}

/**
 * The run's name as shown in `lc` (the language of `t`): runDisplayName's, with the name the app gave (or a branch's
 * base, its original run's name) in `lc` rather than the language it was started in. `origin` null: not known, as stored.
 */
export function shownRunName(t: Translate, lc: Locale, unit: 'week' | 'month', run: NamedRun, origin: RunOrigin | null): string {
  if (!origin) return runDisplayName(t, unit, run);
  const again = (name: string) => {
    const parts = readDefaultRunName(name, origin);
    return parts ? composeDefaultRunName(t, localized(origin.shop, lc), origin.seed, parts) : name;
  };
  return runDisplayName(t, unit, run.branchName ? { ...run, branchName: { ...run.branchName, base: again(run.branchName.base) } } : { ...run, name: again(run.name) });
}

/**
 * `name` as another name of a run of `origin` is compared with it: a name the app gave in its French form, so that
 * « Market Square Bakery (1907) » is taken by a saved « Boulangerie du Marché (1907) » (both shown alike in one language).
 */
export function comparableRunName(name: string, origin: RunOrigin): string {
  const parts = readDefaultRunName(name, origin);
  if (!parts) return name;
  const holes: Params = { shop: origin.shop.fr, seed: origin.seed, n: parts.n ?? '', attempt: parts.attempt ?? '' };
  const fr = RUN_NAME_TEMPLATES.fr[parts.kind].replace(/\{\{(\w+)\}\}/g, (_, hole: string) => String(holes[hole]));
  return parts.copy === undefined ? fr : `${fr} ${parts.copy}`;
}
