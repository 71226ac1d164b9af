/**
 * `npm run sim -- --scenario scenarios/X.json --seed N --ticks T [--decisions d.json] [--customers C] [--json]`
 * Runs the engine under Node on a scenario and an optional decisions log. With --json, prints ONE JSON
 * document { scenarioId, seed, ticks, customers, kpis, refused, stateHash } on stdout (same inputs = same
 * document, bit for bit), and the actions the engine refused also as French lines on stderr; without
 * it, a short French table, the objectives and the refused actions. Bad input: French message on
 * stderr, exit code 1. Messages are French only: this is a teacher's tool.
 * On another seed than the scenario's default, the objectives are graded against their targets
 * adjusted to the seed, as the app does (src/engine/seedTargets.ts: two more no-action games); the
 * table says each move, the JSON document carries them in `seedTargets`.
 */
import { runSimulation, hashState } from '../engine/index.ts';
import { evaluateObjectives, objectivesScore } from '../engine/objectives.ts';
import { withSeedTargets, type SeedAdjustment } from '../engine/seedTargets.ts';
import { seedAdjustment } from '../engine/seedAdjustmentRun.ts';
import type { DecisionsLog } from '../engine/decisions.ts';
import type { TickKpis } from '../engine/types.ts';
import type { Objective, Scenario } from '../scenario/schema.ts';
import { objectiveFormat, objectiveValueText } from '../ui/dashboard/objectiveFormat.ts';
import { formatMoney, formatNumber, formatPercent } from '../app/format.ts';
import { describeProblems, loadDecisionsFile, loadScenarioFile } from './files.ts';
import { parseSimArgs, SIM_USAGE, type SimArgs } from './simArgs.ts';
import { decisions as decisionTexts } from '../i18n/fr/decisions.ts';
import { frenchText } from '../i18n/frenchSpacing.ts';

export interface SimOutput {
  scenarioId: string;
  seed: number;
  ticks: number;
  customers: number;
  kpis: TickKpis[];
  /** actions the engine refused, in tick order: tick, index of the action in that tick's decision (0-based), reason code and its French text */
  refused: RefusedAction[];
  stateHash: string;
  /** the objectives' targets adjusted to the seed (absent on the scenario's default seed) */
  seedTargets?: SeedAdjustment;
}

export interface RefusedAction {
  tick: number;
  actionIndex: number;
  /** the engine's reason code (decisions.reason in src/i18n) */
  reason: string;
  /** the reason in French, as the table writes it */
  message: string;
}

export interface SimRun {
  output: SimOutput;
  scenario: Scenario;
  /** decisions refused by the engine (budget, unavailable strategy...): the same list as output.refused */
  rejected: RefusedAction[];
}

/** Run a validated scenario with the resolved options. */
export function simulate(scenario: Scenario, args: Pick<SimArgs, 'seed' | 'ticks' | 'customers'>, decisions: DecisionsLog): SimRun {
  const seed = args.seed ?? scenario.defaultSeed;
  const ticks = args.ticks ?? scenario.durationTicks;
  const customers = args.customers ?? scenario.customers.initial;
  const { state, reports } = runSimulation(scenario, { seed, customers, ticks, decisions });
  const seedTargets = seedAdjustment(scenario, seed, customers);
  const refused = reports.flatMap((r) => r.rejected.map((x) => ({ tick: r.tick, actionIndex: x.actionIndex, reason: x.reason, message: reasonText(x.reason) })));
  return {
    output: { scenarioId: scenario.id, seed, ticks, customers, kpis: reports.map((r) => r.kpis), refused, stateHash: hashState(state), ...(seedTargets ? { seedTargets } : {}) },
    scenario,
    rejected: refused,
  };
}

const euros = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

type TickUnit = Scenario['tickUnit'];
/** The period as the app numbers it, from 1 (« semaine 13 »), for a tick of the engine, from 0 (the JSON's `tick`). */
const periodName = (unit: TickUnit, tick: number) => `${unit === 'week' ? 'semaine' : 'mois'} ${tick + 1}`;

/** The table's columns; the first, the period, is titled with the scenario's unit, numbered as the app does (QA qa28whatif m5: « période 12 » for its « Semaine 13 »). */
const COLUMNS: { title: string; cell: (k: TickKpis) => string }[] = [
  { title: '', cell: (k) => String(k.tick + 1) },
  { title: 'CA (€)', cell: (k) => euros.format(k.turnover) },
  { title: 'achats', cell: (k) => euros.format(k.purchases) },
  { title: 'panier (€)', cell: (k) => cents.format(k.averageBasket) },
  { title: 'actifs', cell: (k) => euros.format(k.activeCustomers) },
  { title: 'recrutés', cell: (k) => euros.format(k.acquired) },
  { title: 'perdus', cell: (k) => euros.format(k.lost) },
  { title: 'rétention', cell: (k) => percent.format(k.retentionRate) },
  { title: 'satisf. réelle', cell: (k) => cents.format(k.satisfactionTrue) },
  { title: 'marge brute (€)', cell: (k) => euros.format(k.grossMargin) },
  { title: 'coûts (€)', cell: (k) => euros.format(k.costs) },
  { title: 'budget (€)', cell: (k) => euros.format(k.budgetLeft) },
];

function reasonText(reason: string): string {
  return (decisionTexts.reason as Record<string, string>)[reason] ?? reason;
}

/**
 * The refused actions as French lines: a title, then one line each (the table's tail, stderr with --json), the period
 * numbered as the app does (« semaine 13 », where it shows the refusal), with the `tick` of the JSON and the decisions file.
 */
function refusedLines(unit: TickUnit, refused: readonly RefusedAction[]): string[] {
  if (!refused.length) return [];
  return [
    frenchText`${refused.length} ${refused.length === 1 ? 'action refusée' : 'actions refusées'} par le moteur :`,
    ...refused.map((r) => frenchText`  ${periodName(unit, r.tick)} (tick ${r.tick}), action n° ${r.actionIndex + 1} : ${r.message}`),
  ];
}

/** A target in its metric's unit, with only the decimals it has: « 68 % », « 67,5 % », « 1 485 000 € », « 150 ». */
export function targetText(objective: Pick<Objective, 'metric' | 'target'>): string {
  const format = objectiveFormat(objective.metric);
  const write = (digits: number) =>
    format === 'money' ? formatMoney('fr', objective.target, digits) : format === 'percent' ? formatPercent('fr', objective.target, digits) : formatNumber('fr', objective.target, digits);
  const scale = format === 'percent' ? 100 : 1;
  let digits = 0;
  while (digits < 4 && Math.abs(Math.round(objective.target * scale * 10 ** digits) - objective.target * scale * 10 ** digits) > 1e-9) digits++;
  return write(digits);
}

/** The French table: every tick when there are few, else about 20 evenly spaced ticks and the last. */
export function formatTable(run: SimRun): string {
  const { output, scenario } = run;
  const kpis = output.kpis;
  const step = Math.max(1, Math.ceil(kpis.length / 20));
  const rows = kpis.filter((_, i) => i % step === 0 || i === kpis.length - 1);
  const titles = [scenario.tickUnit === 'week' ? 'semaine' : 'mois', ...COLUMNS.slice(1).map((c) => c.title)];
  const cells = [titles, ...rows.map((k) => COLUMNS.map((c) => c.cell(k)))];
  const widths = COLUMNS.map((_, j) => Math.max(...cells.map((row) => row[j].length)));
  const lines = cells.map((row) => row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));

  const unit = scenario.tickUnit === 'week' ? 'semaines' : 'mois';
  const turnover = kpis.reduce((sum, k) => sum + k.turnover, 0);
  const margin = kpis.reduce((sum, k) => sum + k.grossMargin, 0);
  const adjustment = output.seedTargets;
  const statuses = evaluateObjectives(withSeedTargets(scenario, adjustment), kpis);
  const score = objectivesScore(statuses);
  const moved = new Map((adjustment?.objectives ?? []).map((o) => [o.id, o]));
  const head = [
    frenchText`${scenario.name.fr} (${scenario.id}) : graine ${output.seed}, ${output.ticks} ${unit}, ${euros.format(output.customers)} clients au départ`,
    '',
  ];
  const tail = [
    '',
    frenchText`CA cumulé : ${euros.format(turnover)} €   marge brute cumulée : ${euros.format(margin)} €`,
    frenchText`Objectifs : ${score.earned} / ${score.possible} points`,
    ...statuses.map((s) => {
      const mark = s.state === 'atteint' ? 'atteint' : s.state === 'manque' ? 'manqué ' : 'en cours';
      const value = s.value === null ? 'non mesuré' : objectiveValueText('fr', s.objective, s.value);
      const line = frenchText`  [${mark}] ${s.objective.label.fr} (valeur : ${value} ; cible ${s.comparator === '>=' ? '≥' : '≤'} ${targetText(s.objective)})`;
      const shift = moved.get(s.id);
      if (!adjustment || !shift) return line;
      const base = targetText({ metric: s.objective.metric, target: shift.base });
      const noAction = (v: number) => objectiveValueText('fr', { metric: s.objective.metric, comparator: '>=', target: 0 }, v);
      return `${line}\n${frenchText`      cible ajustée à la graine ${adjustment.seed} (réglée pour la graine ${adjustment.defaultSeed} : ${base}) ; sans action : ${noAction(shift.noAction)} à cette graine, ${noAction(shift.noActionDefault)} à la graine ${adjustment.defaultSeed}`}`;
    }),
    ...(run.rejected.length ? ['', ...refusedLines(scenario.tickUnit, run.rejected)] : []),
    frenchText`Empreinte de l'état final : ${output.stateHash}`,
  ];
  return [...head, ...lines, ...tail].join('\n');
}

/** The whole command; returns the exit code. Output goes through the given writers (tests). */
export function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const parsed = parseSimArgs(argv);
  if (!parsed.ok) {
    err(frenchText`Erreur : ${parsed.error}`);
    return 1;
  }
  const args = parsed.args;
  if (args.help) {
    out(SIM_USAGE);
    return 0;
  }
  const loaded = loadScenarioFile(args.scenario);
  if (!loaded.ok) {
    err(`Scénario refusé. ${describeProblems(args.scenario, loaded.errors)}`);
    return 1;
  }
  for (const w of loaded.warnings) err(w.text);
  let decisions: DecisionsLog = [];
  if (args.decisions) {
    const log = loadDecisionsFile(args.decisions);
    if (!log.ok) {
      err(`Décisions refusées. ${describeProblems(args.decisions, log.errors)}`);
      return 1;
    }
    for (const w of log.warnings) err(w.text);
    decisions = log.decisions;
    const ticks = args.ticks ?? loaded.scenario.durationTicks;
    const late = decisions.filter((d) => d.tick >= ticks).map((d) => d.tick);
    const unit = loaded.scenario.tickUnit;
    const units = unit === 'week' ? 'semaines' : 'mois';
    const lateText = late.length === 1 ? `décision de tick ${late[0]} ignorée` : `décisions de tick ${late.join(', ')} ignorées`;
    // the file's ticks count from 0, the app's periods from 1: both said
    if (late.length)
      err(frenchText`attention : ${lateText} (la simulation s'arrête après ${ticks} ${units}, ticks 0 à ${ticks - 1} : ${periodName(unit, 0)} à ${periodName(unit, ticks - 1)})`);
  }
  let run: SimRun;
  try {
    run = simulate(loaded.scenario, args, decisions);
  } catch (error) {
    err(frenchText`Erreur interne du moteur (à signaler, avec le scénario et la graine) : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
  // the table lists them; a JSON reader gets them in `refused`, and the person at the terminal on stderr
  if (args.json && run.rejected.length) {
    const [title, ...lines] = refusedLines(run.scenario.tickUnit, run.rejected);
    err([frenchText`attention : ${title}`, ...lines].join('\n'));
  }
  out(args.json ? JSON.stringify(run.output) : formatTable(run));
  return 0;
}

const isMain = process.argv[1] !== undefined && /[\\/]sim\.ts$/.test(process.argv[1]);
if (isMain) {
  const code = main(
    process.argv.slice(2),
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  );
  process.exitCode = code;
}
