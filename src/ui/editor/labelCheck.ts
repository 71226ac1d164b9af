/**
 * An objective label the teacher wrote herself that no longer says what the game grades (QA qa31lesson m3):
 * « Au moins 300 clients actifs » kept while the metric became the churn rate, « au moins 2 100 » while the
 * target is 1 800, « … à la semaine 52 » in a shop shortened to 26 weeks. A template's label is
 * reachCheck.ts staleLabelWarnings' (it knows the template's objective); this one reads the label itself,
 * and stays quiet whenever it is not sure: a label naming no metric, no figure after « au moins / au plus »,
 * or a figure it can read as the target (« 0,8 % » for 0,008, « 152 k€ » for 152 000) is not flagged.
 */
import { formatNumber } from '../../app/format.ts';
import { locale, t } from '../../i18n/locale.svelte.ts';
import type { ScenarioError } from '../../scenario/load.ts';
import type { Objective, Scenario } from '../../scenario/schema.ts';
import { warning } from './noActionCheck.ts';

type Metric = Objective['metric'];

/** Words that name a metric in a label (French and English, accents kept as typed); a label naming none says nothing here. */
const METRIC_WORDS = {
  active: /clients?\s+actifs?|active\s+customers?/i,
  churn: /attrition|churn/i,
  retention: /rétention|retention/i,
  turnover: /chiffre\s+d.affaires|turnover|revenue/i,
  margin: /marge|margin/i,
  budget: /budget/i,
  satisfaction: /satisfaction/i,
  recruits: /recrut|nouveaux\s+clients|new\s+customers|recruit|acquisition/i,
} as const;
type Words = keyof typeof METRIC_WORDS;

/** The words that fit each metric; segment metrics are named in too many ways (a segment's name, « part des… »): never read. */
const FITTING: Partial<Record<Metric, readonly Words[]>> = {
  activeCustomers: ['active'],
  churnRate: ['churn', 'retention'],
  retentionRate: ['churn', 'retention'],
  turnover: ['turnover'],
  cumulativeTurnover: ['turnover'],
  grossMargin: ['margin'],
  cumulativeMargin: ['margin'],
  cumulativeNetMargin: ['margin'],
  budgetLeft: ['budget'],
  measuredSatisfaction: ['satisfaction'],
  acquisitions: ['recruits'],
};

/**
 * A rate is a share of the active customers: « Perdre au plus 5 % des clients actifs », « Garder au moins 80 % des clients
 * actifs » name the churn and retention rates with the active customers' words and a percentage (review22 m5).
 */
const RATES: ReadonlySet<Metric> = new Set(['churnRate', 'retentionRate']);
const SHARE = /%|pour\s*cent|per\s*cent/i;

/** « au moins 2 330 », « at least €2,330 », « ≥ 0,8 » : the comparator's words, then the figure. */
const BOUND = /(au\s+moins|au\s+plus|at\s+least|at\s+most|≥|≤|>=|<=)\s*(?:de\s+|d['’]\s*)?[€$]?\s*(\d[\d\s\u00a0\u202f.,]*\d|\d)\s*(k|m)?/gi;

/** The values a typed figure may mean: « 2,330 » is 2 330 in English, 2,33 in French; spaces group thousands. */
function readings(figure: string, scale: string | undefined): number[] {
  const digits = figure.replace(/[\s\u00a0\u202f]/g, '');
  const out: number[] = [];
  for (const [decimal, group] of [
    [',', '.'],
    ['.', ','],
  ]) {
    const n = Number(digits.split(group).join('').replace(decimal, '.'));
    if (Number.isFinite(n)) out.push(n);
  }
  const factor = scale?.toLowerCase() === 'k' ? 1e3 : scale?.toLowerCase() === 'm' ? 1e6 : 1;
  return out.flatMap((n) => [n, n * factor]);
}

/** a figure read as the target: itself, or as a percentage of a share (« 68 % » for 0,68), within rounding */
const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);
const isTarget = (n: number, target: number) => near(n, target) || near(n / 100, target);

/** « semaine 52 », « week 52 », « mois 30 », « month 30 » in the shop's unit. */
const TICK_NAMED = { week: /(?:semaine|week)\s+(\d+)/gi, month: /(?:mois|month)\s+(\d+)/gi } as const;

/** Why the label does not fit the objective, or null when it may. */
function mismatch(text: string, o: Objective, scenario: Scenario, template: boolean): string | null {
  if (template) return late(text, scenario);
  const fitting = FITTING[o.metric];
  if (fitting) {
    const named = (Object.keys(METRIC_WORDS) as Words[]).filter((w) => METRIC_WORDS[w].test(text));
    const fits = (w: Words) => fitting.includes(w) || (w === 'active' && RATES.has(o.metric) && SHARE.test(text));
    if (named.length && !named.some(fits)) return t('editor.reach.ownLabel.words', { metric: t(`editor.option.metric.${o.metric}` as 'editor.option.metric.activeCustomers') });
  }
  const bounds = [...text.matchAll(BOUND)];
  const says = (words: RegExp) => bounds.some((b) => words.test(b[1]));
  const atLeast = says(/moins|least|≥|>=/i);
  const atMost = says(/plus|most|≤|<=/i);
  if (atLeast !== atMost && (atLeast ? '>=' : '<=') !== o.comparator)
    return t('editor.reach.ownLabel.comparator', { comparator: t(`editor.option.comparator.${o.comparator}` as 'editor.option.comparator.>=') });
  if (bounds.length && !bounds.some((b) => readings(b[2], b[3]).some((n) => isTarget(n, o.target))))
    return t('editor.reach.ownLabel.target', { said: bounds[0][2].trim(), target: formatNumber(locale.current, o.target, 6) });
  return late(text, scenario);
}

/** A period named past the end (« la semaine 52 » in a shop shortened to 26 weeks), or null. */
function late(text: string, scenario: Scenario): string | null {
  const unit = scenario.tickUnit === 'month' ? 'month' : 'week';
  const last = scenario.durationTicks;
  const named = [...text.matchAll(TICK_NAMED[unit])].find((m) => Number(m[1]) > last);
  return named ? t(`editor.reach.ownLabel.late.${unit}`, { said: named[0], last: formatNumber(locale.current, last) }) : null;
}

/**
 * The remarks on objective labels (French, and English when written) that no longer fit their objective. A
 * template's label kept as is is only read for a period past the end: its metric, comparator and target are
 * staleLabelWarnings' (it names the template's objective).
 */
export function ownLabelWarnings(scenario: Scenario, shipped: readonly Scenario[]): ScenarioError[] {
  const shippedLabels = new Set(shipped.flatMap((s) => s.objectives.flatMap((o) => [o.label.fr.trim(), o.label.en?.trim()])));
  const out: ScenarioError[] = [];
  for (const [i, o] of scenario.objectives.entries())
    for (const language of ['fr', 'en'] as const) {
      const text = o.label[language]?.trim();
      if (!text) continue;
      const why = mismatch(text, o, scenario, shippedLabels.has(text));
      if (why === null) continue;
      const field = `${t('scenario.items.objectives', { n: i + 1 })} › ${t('scenario.fields.label')}${language === 'en' ? ` › ${t('scenario.fields.en')}` : ''}`;
      const now = t('editor.reach.objectiveSaid', {
        metric: t(`editor.option.metric.${o.metric}` as 'editor.option.metric.activeCustomers'),
        comparator: t(`editor.option.comparator.${o.comparator}` as 'editor.option.comparator.>='),
        target: formatNumber(locale.current, o.target, 6),
      });
      out.push(warning(['objectives', i, 'label', language], field, t('editor.reach.ownLabel.message', { label: text, now, why })));
    }
  return out;
}
