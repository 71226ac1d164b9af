/**
 * Verifying a result file: read it (hostile or broken files are `invalid`), replay its scenario
 * with its seed and decisions for the ticks it claims, and compare the recomputed final state hash
 * and summary KPIs with what it records. Any difference (a changed KPI, decision, seed, scenario or
 * hash) makes it `refuted`, with the list of what differs; otherwise it is `confirmed`. A file that
 * names another model than the replaying engine's (modelFingerprint), or none (made before files
 * named it, 30/11/2026: predatesModelFingerprint), and does not replay is `otherModel`: made with another version of the
 * simulator, which says nothing of an alteration (README: never « réfuté »).
 *
 * Objectives adjusted to the seed (src/engine/seedTargets.ts): a file that records `seedTargets` is
 * graded against the adjustment the verifier computes itself from the two no-action games (never the
 * file's); a recorded adjustment that differs is a difference (`seedTargets`). A file without them on
 * another seed than its scenario's default (made before the adjustment) is graded against the
 * scenario's own targets, as it was made (no replay more: a class of older files verifies as fast);
 * the class view marks it as not adjusted (unadjustedOlderFile). Every newer file says it was made with
 * the adjustment (`seedAdjustment: true`), and every model since the adjustment names itself in the file
 * (modelFingerprint): one on such a seed without `seedTargets` had them removed, the marker too in the
 * second case, a difference (adjustmentRemoved), graded on the adjustment the verifier computes for its game.
 */
import type { FileLocale } from '../scenario/validate.ts';
import type { Objective } from '../scenario/schema.ts';
import { formatMoney, formatNumber, formatPercent } from '../app/format.ts';
import { figurePair } from './figureChecks.ts';
import { fill, readableLearner, readResultFile, RESULT_TEXTS } from './readResultFile.ts';
import type { ReplayOutcome, Replayer } from './replay.ts';
import type { GradedObjective, ResultFile, ResultSummary } from './resultFileSchema.ts';
import { replayFigures, type ReplayFigures } from './replayFigures.ts';
import { SUMMARY_KPIS, summarizeRun, type SummaryKpi } from './runSummary.ts';
import { sameAdjustment, withSeedTargets, type SeedAdjustment } from '../engine/seedTargets.ts';
import { objectiveMet } from '../engine/objectives.ts';
import { objectiveTargetText, objectiveValueText } from '../ui/dashboard/objectiveFormat.ts';
import { fingerprint } from './fingerprint.ts';
import { englishText } from '../scenario/englishText.ts';
import { adjustmentRemoved, replayedSeedAdjustment } from './seedAdjustment.ts';

export type VerificationStatus = 'confirmed' | 'otherModel' | 'refuted' | 'invalid';

export interface Difference {
  what: 'stateHash' | 'ticks' | SummaryKpi | 'objective' | 'seedTargets';
  /** objective id when `what` is 'objective' */
  id?: string;
  /** what it is in the verification's language, when the key alone does not say it: an objective's label (its id when the scenario has none), a rate per week or per month; absent in verifications made before it existed */
  label?: string;
  recorded: string | number | null;
  recomputed: string | number | null;
  /**
   * an objective whose value the replay confirms but whose declared state it does not: the claim against
   * the target (« atteint, alors que 2 290 < 2 330 »), said instead of two identical values (QA qa19 F7)
   */
  claim?: string;
  /** one line in the requested language */
  text: string;
}

/**
 * `replayed`: figures of the replay itself (replayFigures.ts), not claimed by the file; absent in a
 * verification made before they existed (then the view has none to show).
 */
export type Verification =
  | { status: 'confirmed'; file: ResultFile; warnings: string[]; replayed?: ReplayFigures }
  | { status: 'refuted'; file: ResultFile; differences: Difference[]; warnings: string[]; replayed?: ReplayFigures }
  /** warnings start with the explanation (the two model fingerprints) */
  | { status: 'otherModel'; file: ResultFile; differences: Difference[]; warnings: string[]; replayed?: ReplayFigures }
  /** learner: the name the file holds, when it can be read (readableLearner), for the class view's row */
  | { status: 'invalid'; errors: string[]; learner?: string };

/** The summary as a file holds it once written as JSON (NaN becomes null). */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const MONEY: ReadonlySet<Difference['what']> = new Set(['cumulativeTurnover', 'cumulativeGrossMargin', 'cumulativeNetMargin', 'budgetLeft']);
const RATES: ReadonlySet<Difference['what']> = new Set(['retentionRate', 'churnRate']);

/**
 * A recorded or recomputed value as the teacher reads it: money with cents (so a small alteration
 * still shows), rates in percent, counts and objective values as numbers, all in the locale.
 */
function shown(value: string | number | null | undefined, none: string, locale: FileLocale, what?: Difference['what']): string {
  if (value === null || value === undefined) return none;
  if (typeof value === 'string') return value;
  if (what !== undefined && MONEY.has(what)) return formatMoney(locale, value, 2);
  if (what !== undefined && RATES.has(what)) return formatPercent(locale, value, 2);
  return formatNumber(locale, value, 2);
}

/** An objective as the Bilan names it: its label in `locale` (French when untranslated), its id when the file's scenario has no such objective. */
function objectiveLabel(file: ResultFile, id: string, locale: FileLocale): string {
  const label = file.scenario.objectives.find((o) => o.id === id)?.label;
  if (!label) return id;
  return locale === 'en' ? (englishText(label) ?? label.fr) : label.fr;
}

/** A last-period rate as the lines name it: per week or per month, after the file's scenario. */
function rateLabel(file: ResultFile, kpi: 'retentionRate' | 'churnRate', locale: FileLocale): string {
  return RESULT_TEXTS[locale].difference[kpi === 'retentionRate' ? 'retentionRatePer' : 'churnRatePer'][file.scenario.tickUnit];
}

/**
 * The `label` compareWithReplay gives a difference (an objective's label, a rate per week or per
 * month), found again from the file: for a difference kept before the label was (the class view
 * then showed the objective's id). Undefined where a difference has none.
 */
export function differenceLabel(file: ResultFile, difference: Pick<Difference, 'what' | 'id'>, locale: FileLocale): string | undefined {
  if (difference.what === 'objective') return difference.id === undefined ? undefined : objectiveLabel(file, difference.id, locale);
  if (difference.what === 'retentionRate' || difference.what === 'churnRate') return rateLabel(file, difference.what, locale);
  return undefined;
}

/** A graded objective as the teacher reads it: its state in words and its value (« non atteint (2 219) », « atteint (non mesuré) »). */
function graded(objective: GradedObjective, locale: FileLocale): string {
  const texts = RESULT_TEXTS[locale].difference;
  const value = objective.value === null ? texts.notMeasured : formatNumber(locale, objective.value, 2);
  return fill(texts.objectiveValue, { state: texts.objectiveState[objective.state], value });
}

/**
 * A state the file declares against the value the replay confirms, with the objective's comparison:
 * « atteint, alors que 2 290 < 2 330 » (not « déclaré atteint (2 290), rejeu non atteint (2 290) »).
 * « atteint, alors qu'il est encore en cours » before its checkpoint. Undefined when the values
 * differ or the comparison does not say it.
 */
function claimAgainstTarget(
  mine: GradedObjective,
  replayed: GradedObjective,
  objective: Pick<Objective, 'metric' | 'comparator' | 'target'> | undefined,
  locale: FileLocale,
): string | undefined {
  const value = replayed.value;
  if (!objective || value === null || !Object.is(mine.value, value) || mine.state === replayed.state) return undefined;
  const texts = RESULT_TEXTS[locale].difference;
  // its checkpoint is still to come: neither met nor missed yet
  if (replayed.state === 'enCours') return fill(texts.claimInProgress, { state: texts.objectiveState[mine.state] });
  const met = objectiveMet(value, objective);
  if (met !== (replayed.state === 'atteint')) return undefined;
  const relation = objective.comparator === '>=' ? (met ? '≥' : '<') : met ? '≤' : '>';
  return fill(texts.claimAgainst, {
    state: texts.objectiveState[mine.state],
    value: objectiveValueText(locale, objective, value),
    relation,
    target: objectiveTargetText(locale, objective),
  });
}

/** The adjusted targets as the teacher reads them: « Ne pas brader ≥ 160 500 € ; … », or « aucun ajustement ». */
function seedTargetsText(file: ResultFile, adjustment: SeedAdjustment | null | undefined, locale: FileLocale): string {
  const texts = RESULT_TEXTS[locale];
  if (!adjustment || adjustment.objectives.length === 0) return texts.difference.notAdjusted;
  return adjustment.objectives
    .map((o) => {
      const objective = file.scenario.objectives.find((x) => x.id === o.id);
      const target = objective ? objectiveValueText(locale, { ...objective, target: o.target }, o.target) : formatNumber(locale, o.target, 2);
      return fill(texts.difference.seedTarget, { label: objectiveLabel(file, o.id, locale), comparator: objective?.comparator === '<=' ? '≤' : '≥', target });
    })
    .join(texts.listSeparator);
}

/**
 * Every field of `recorded` that the replay does not reproduce exactly. `seedTargets`: the adjustment
 * the verifier computed for the file's scenario and seed (replayedSeedAdjustment), only for a file that
 * records one: it is graded against it and the recorded one compared with it; undefined: the file
 * records none, graded against its scenario's own targets.
 */
export function compareWithReplay(file: ResultFile, replay: ReplayOutcome, locale: FileLocale = 'fr', seedTargets?: SeedAdjustment | null): Difference[] {
  const texts = RESULT_TEXTS[locale].difference;
  const differences: Difference[] = [];
  const add = (what: Difference['what'], label: string, recorded: Difference['recorded'], recomputed: Difference['recomputed'], id?: string, itsLabel?: string) =>
    differences.push({
      what,
      ...(id !== undefined ? { id } : {}),
      ...(itsLabel !== undefined ? { label: itsLabel } : {}),
      recorded,
      recomputed,
      text: fill(texts.line, { what: label, recorded: shown(recorded, texts.none, locale, what), recomputed: shown(recomputed, texts.none, locale, what) }),
    });

  if (replay.kpis.length !== file.ticks) add('ticks', texts.ticksPer[file.scenario.tickUnit], file.ticks, replay.kpis.length);
  if (replay.stateHash !== file.stateHash) add('stateHash', texts.stateHash, file.stateHash, replay.stateHash);

  if (adjustmentRemoved(file))
    differences.push({
      what: 'seedTargets',
      recorded: texts.notAdjusted,
      recomputed: seedTargets === undefined ? null : seedTargetsText(file, seedTargets, locale),
      // the marker gone too: the model the file names is the proof
      text: file.seedAdjustment === true ? texts.seedTargetsRemoved : fill(texts.seedTargetsRemovedModel, { model: file.modelFingerprint ?? '' }),
    });
  else if (seedTargets !== undefined && !sameAdjustment(file.seedTargets, seedTargets))
    add('seedTargets', texts.seedTargets, seedTargetsText(file, file.seedTargets, locale), seedTargetsText(file, seedTargets, locale));
  // the scenario as graded (targets adjusted to the seed, when they are): the replay plays the file's own
  // scenario (targets do not change the simulation), so this is worked out here once, for the grades and the claims' targets
  const gradedScenario = withSeedTargets(file.scenario, seedTargets);
  const recomputed: ResultSummary = asJson(summarizeRun(gradedScenario, replay.kpis, file.customers));
  for (const kpi of SUMMARY_KPIS) {
    const [mine, replayed] = [file.summary[kpi], recomputed[kpi]];
    if (Object.is(mine, replayed)) continue;
    if (RATES.has(kpi) && typeof mine === 'number' && typeof replayed === 'number') {
      // a rate with as many decimals as it takes to see the difference (99,3215 % against 99,3208 %)
      const pair = figurePair(kpi, mine, replayed, locale);
      const label = rateLabel(file, kpi === 'retentionRate' ? 'retentionRate' : 'churnRate', locale);
      differences.push({ what: kpi, label, recorded: mine, recomputed: replayed, text: fill(texts.line, { what: label, ...pair }) });
    } else add(kpi, texts[kpi], mine, replayed);
  }

  const claimed = new Map(file.summary.objectives.map((o) => [o.id, o]));
  const targets = gradedScenario.objectives;
  for (const objective of recomputed.objectives) {
    const mine = claimed.get(objective.id);
    claimed.delete(objective.id);
    const same =
      mine !== undefined &&
      mine.state === objective.state &&
      mine.pointsEarned === objective.pointsEarned &&
      mine.pointsPossible === objective.pointsPossible &&
      Object.is(mine.value, objective.value);
    if (!same) {
      const label = objectiveLabel(file, objective.id, locale);
      const claim = mine && claimAgainstTarget(mine, objective, targets.find((o) => o.id === objective.id), locale);
      if (claim) {
        const what = fill(texts.objective, { label });
        differences.push({ what: 'objective', id: objective.id, label, recorded: graded(mine, locale), recomputed: graded(objective, locale), claim, text: fill(texts.claimLine, { what, claim }) });
        continue;
      }
      add('objective', fill(texts.objective, { label }), mine ? graded(mine, locale) : null, graded(objective, locale), objective.id, label);
    }
  }
  for (const extra of claimed.values()) {
    const label = objectiveLabel(file, extra.id, locale);
    add('objective', fill(texts.objective, { label }), graded(extra, locale), null, extra.id, label);
  }
  return differences;
}

/** Read, replay and compare one result file (JSON text or parsed value). Never throws. */
export async function verifyResult(input: unknown, replay: Replayer, locale: FileLocale = 'fr'): Promise<Verification> {
  const read = readResultFile(input, locale);
  if (!read.ok) {
    const learner = readableLearner(input);
    return { status: 'invalid', errors: read.errors, ...(learner ? { learner } : {}) };
  }
  const { file, warnings } = read;
  let outcome: ReplayOutcome;
  try {
    outcome = await replay({
      scenario: file.scenario,
      seed: file.seed,
      ...(file.customers !== undefined ? { customers: file.customers } : {}),
      ticks: file.ticks,
      decisions: file.decisions,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'invalid', errors: [fill(RESULT_TEXTS[locale].invalid.replayFailed, { detail })], ...(file.learner ? { learner: file.learner } : {}) };
  }
  // only a file that records an adjustment plays the two no-action games (once per game): an older one is graded as it was made
  let seedTargets: SeedAdjustment | null | undefined;
  try {
    if (file.seedTargets !== undefined || adjustmentRemoved(file)) seedTargets = await sharedSeedAdjustment(replay, file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'invalid', errors: [fill(RESULT_TEXTS[locale].invalid.replayFailed, { detail })], ...(file.learner ? { learner: file.learner } : {}) };
  }
  const differences = compareWithReplay(file, outcome, locale, seedTargets);
  const replayed = replayFigures(file.scenario, outcome.kpis, outcome.rejected);
  if (differences.length === 0) return { status: 'confirmed', file, warnings, replayed };
  const texts = RESULT_TEXTS[locale].model;
  // made before files named their model: the replay's difference may be the model's, never called altered (to be exported again)
  if (predatesModelFingerprint(file)) return { status: 'otherModel', file, differences, warnings: [texts.unknown, ...warnings], replayed };
  if (file.modelFingerprint !== undefined && file.modelFingerprint !== outcome.modelFingerprint)
    return { status: 'otherModel', file, differences, warnings: [fill(texts.other, { file: file.modelFingerprint, current: outcome.modelFingerprint }), ...warnings], replayed };
  return { status: 'refuted', file, differences, warnings, replayed };
}

/**
 * Whether a file can be one made before files named their model (30/11/2026): it names none, nor
 * records what only later apps write (seedTargets, the seedAdjustment marker: 2/12/2026, every file
 * since). One that does had its model's name removed: not another model's, its differences refute it.
 */
export function predatesModelFingerprint(file: Pick<ResultFile, 'modelFingerprint' | 'seedTargets' | 'seedAdjustment'>): boolean {
  return file.modelFingerprint === undefined && file.seedTargets === undefined && file.seedAdjustment === undefined;
}

/**
 * The adjustment of a file's game, computed once per scenario, seed and customer count for a replayer
 * (a class of 30 on one seed plays the two no-action games once, not 30 times).
 */
const adjustments = new WeakMap<Replayer, Map<string, Promise<SeedAdjustment | null>>>();

function sharedSeedAdjustment(replay: Replayer, file: ResultFile): Promise<SeedAdjustment | null> {
  let known = adjustments.get(replay);
  if (!known) adjustments.set(replay, (known = new Map()));
  const key = `${fingerprint(file.scenario)}|${file.seed}|${file.customers ?? ''}`;
  let adjustment = known.get(key);
  if (!adjustment) {
    adjustment = replayedSeedAdjustment(replay, file.scenario, file.seed, file.customers);
    known.set(key, adjustment);
    // a failed replay is not kept: the next file tries again
    adjustment.catch(() => known.delete(key));
  }
  return adjustment;
}
