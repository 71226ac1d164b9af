/**
 * The scenario file format: one shop, its customer base, economics, competitors,
 * events and objectives. Every type the rest of the code uses for scenarios comes
 * from this schema (z.infer), never written twice. Units: money in euros, time in
 * ticks of `tickUnit`, rates per tick unless the field name says otherwise.
 */
import { z } from 'zod/mini';
import { ACQUISITION_CHANNELS, COURSE_SEGMENTS, MOTIVES, STAGES, STRATEGIES } from '../engine/vocabulary.ts';

export const localizedText = z.object({
  fr: z.string().check(z.minLength(1, 'frenchTextRequired')),
  en: z.optional(z.string().check(z.minLength(1))),
});
export type LocalizedText = z.infer<typeof localizedText>;

const probability = z.number().check(z.gte(0), z.lte(1));
const positive = z.number().check(z.gt(0));
/** A positive model parameter with a ceiling far above any shop's, so that a typing slip (1e308) is caught, not played. */
const positiveUpTo = (max: number) => z.number().check(z.gt(0), z.lte(max));
/** Euros: 100 million is beyond any shop's budget or costs, and keeps every amount readable on screen. */
const MAX_MONEY = 100_000_000;
const money = z.number().check(z.gte(0), z.lte(MAX_MONEY));

export const motiveMix = z
  .object(Object.fromEntries(MOTIVES.map((m) => [m, z.number().check(z.gte(0))])) as Record<(typeof MOTIVES)[number], z.ZodMiniNumber<number>>)
  .check(z.refine((mix) => Object.values(mix).some((w) => w > 0), 'motiveMixEmpty'));

export const productType = z.object({
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/, 'productIdFormat')),
  label: localizedText,
  /** share of purchases of this type (normalised over all types) */
  share: z.number().check(z.gte(0)),
  /** basket multiplier for this type (1 = the base basket) */
  basketFactor: z._default(positive, 1),
});

export const competitorEvent = z.object({
  tick: z.int().check(z.gte(0)),
  kind: z.enum(['promotion', 'ouverture', 'imitation', 'fermeture']),
  /** 0..1: how attractive the competitor's move is to our customers */
  intensity: probability,
  durationTicks: z._default(z.int().check(z.gte(1)), 4),
  /** motives most sensitive to this move; empty = all */
  motives: z._default(z.array(z.enum(MOTIVES)), []),
  label: z.optional(localizedText),
});

export const competitor = z.object({
  id: z.string().check(z.minLength(1)),
  /** shown in the event feed and the Bilan: { fr, en } like the other texts, or one plain name in every language (older files) */
  name: z.union([z.string().check(z.minLength(1)), localizedText]),
  /** baseline pull on our customers (0 = none, 1 = very strong) */
  attractiveness: probability,
  /** ticks the competitor takes to imitate a financial advantage we launch */
  imitationDelayTicks: z._default(z.int().check(z.gte(0)), 8),
  events: z._default(z.array(competitorEvent), []),
});

export const shopEvent = z.object({
  tick: z.int().check(z.gte(0)),
  kind: z.enum(['vagueIncidents', 'saisonHaute', 'saisonBasse', 'hausseDesPrix', 'travaux']),
  /** multiplier or size of the effect; meaning depends on kind (see src/engine/README.md) */
  intensity: z.number().check(z.gte(0)),
  durationTicks: z._default(z.int().check(z.gte(1)), 1),
  label: z.optional(localizedText),
});

export const objectiveMetric = z.enum([
  'retentionRate',
  'churnRate',
  'activeCustomers',
  'turnover',
  'cumulativeTurnover',
  'grossMargin',
  'cumulativeMargin',
  /** the cumulative net margin: gross margin minus the actions' costs and the fixed costs (a programme that costs more than it brings lowers it) */
  'cumulativeNetMargin',
  'budgetLeft',
  'measuredSatisfaction',
  'segmentShare',
  'segmentRetention',
  'acquisitions',
]);

export const objective = z.object({
  id: z.string().check(z.minLength(1)),
  label: localizedText,
  metric: objectiveMetric,
  /** for segment metrics */
  segment: z.optional(z.enum(COURSE_SEGMENTS)),
  comparator: z.enum(['>=', '<=']),
  target: z.number(),
  /** checked at this tick (default: end of the run) */
  byTick: z.optional(z.int().check(z.gte(1))),
  /**
   * the target must hold after every period up to the checkpoint, not only at it: the worst value counts
   * (a mission's « sans que le budget passe sous 1 000 € », src/missions/schema.ts objectiveCheck.everyTick)
   */
  everyTick: z.optional(z.boolean()),
  /** graded objectives: points when met */
  points: z._default(z.int().check(z.gte(0)), 1),
});

/** bounds of a scenario's length in periods */
const MIN_DURATION_TICKS = 4;
const MAX_DURATION_TICKS = 260;

/** 2027-02-30 has the pattern but is no day (the week labels would roll it to 2 March): false; a text without the pattern is the pattern's to refuse. */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return true;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const scenarioShape = z.object({
  formatVersion: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'slugFormat')),
  name: localizedText,
  description: localizedText,
  sector: z.string().check(z.minLength(1)),
  /**
   * where the shop sells: 'store' (a till, staff, a town) or 'online' (a website; contact by e-mail, SMS and the
   * site). The customers' contact channels and the tools' wording follow it (src/engine/shopChannel.ts); omitted
   * (older files): online when the sector says « en ligne », else store
   */
  channel: z.optional(z.enum(['store', 'online'])),
  difficulty: z.int().check(z.gte(1), z.lte(3)),
  tickUnit: z.enum(['week', 'month']),
  durationTicks: z.int().check(z.gte(MIN_DURATION_TICKS), z.lte(MAX_DURATION_TICKS)),
  /** calendar date of tick 0, for labels only (YYYY-MM-DD) */
  startDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'dateFormat'), z.refine(isCalendarDate, 'dateNotInCalendar')),
  defaultSeed: z.int().check(z.gte(0), z.lte(2 ** 31 - 1)),
  budget: z.object({
    initial: money,
    /** marketing budget added each tick */
    perTick: money,
  }),
  economics: z.object({
    /** gross margin rate on sales (0..1) */
    marginRate: probability,
    /** the shop's fixed costs per tick, for information in the margin KPI */
    fixedCostsPerTick: z._default(money, 0),
    productTypes: z.array(productType).check(z.minLength(1)),
  }),
  customers: z.object({
    /** customers who already bought before tick 0 */
    initial: z.int().check(z.gte(1), z.lte(200_000)),
    /** people in the catchment area who could become customers (suspects + prospects) */
    prospectPool: z.int().check(z.gte(0), z.lte(1_000_000)),
    motiveMix,
    /** purchase rate per tick ~ Gamma(shape r, rate alpha) (BG/NBD) */
    purchaseRate: z.object({ r: positiveUpTo(1000), alpha: positiveUpTo(10_000) }),
    /** dropout probability after each purchase ~ Beta(a, b) (BG/NBD) */
    dropout: z.object({ a: positiveUpTo(10_000), b: positiveUpTo(10_000) }),
    /** spend per transaction ~ Gamma-Gamma(p, q, v) (Fader-Hardie); the mean basket p·v/(q − 1) is finite only for q > 1 */
    spend: z.object({ p: positiveUpTo(1000), q: z.number().check(z.gt(1, 'spendShapeAboveOne'), z.lte(1000)), v: positiveUpTo(100_000) }),
    /** starting satisfaction, 0..1 */
    initialSatisfaction: z.object({ mean: probability, sd: z.number().check(z.gte(0), z.lte(0.5)) }),
    /** ticks of history simulated before tick 0 so that RFM has data from the start */
    historyTicks: z.int().check(z.gte(0), z.lte(156)),
    /** share of customers who already hold a loyalty card at tick 0 */
    loyaltyCardShare: z._default(probability, 0),
    /**
     * people of the catchment area who walk in and buy for the first time each tick without any
     * campaign (passing trade, search engines, word of mouth), at the scenario's satisfaction level;
     * omitted = ORGANIC_ACQUISITION_SHARE_PER_WEEK of `initial` per week (src/engine/params.ts)
     */
    organicAcquisitionPerTick: z.optional(z.number().check(z.gte(0), z.lte(100_000))),
  }),
  service: z.object({
    /** probability that a visit goes wrong (service incident) */
    incidentRate: probability,
    /** probability that a dissatisfied customer complains (most do not) */
    complaintPropensity: probability,
    /** perceived performance of the shop, 0..1 (quality of offer, welcome, staff) */
    performance: probability,
  }),
  competitors: z._default(z.array(competitor), []),
  events: z._default(z.array(shopEvent), []),
  /** graded objectives: a scenario file has at least one (scenarioFileSchema); a question mission's scenario has none (src/missions) */
  objectives: z.array(objective),
  /** strategies the learner may use (teacher can restrict) */
  strategies: z._default(z.array(z.enum(STRATEGIES)).check(z.minLength(1)), [...STRATEGIES]),
  acquisitionChannels: z._default(z.array(z.enum(ACQUISITION_CHANNELS)), [...ACQUISITION_CHANNELS]),
  /** stage names are fixed; listed here only so authors can hide stages from the funnel */
  hiddenStages: z._default(z.array(z.enum(STAGES)), []),
});

function checkScenario(s: z.output<typeof scenarioShape>, ctx: z.core.$RefinementCtx<z.output<typeof scenarioShape>>): void {
  // a wrong duration is reported on its own field: checking every date against it would only repeat it
  const durationValid = Number.isInteger(s.durationTicks) && s.durationTicks >= MIN_DURATION_TICKS && s.durationTicks <= MAX_DURATION_TICKS;
  if (durationValid) checkDates(s, ctx);
  for (const [i, o] of s.objectives.entries())
    if ((o.metric === 'segmentShare' || o.metric === 'segmentRetention') && !o.segment)
      ctx.addIssue({ code: 'custom', path: ['objectives', i, 'segment'], message: 'segmentMissing' });
  duplicates(s.economics.productTypes, ['economics', 'productTypes'], 'duplicateProductType', ctx);
  // shares are normalised over the types: all at zero leaves nothing to normalise (the engine would fall back silently)
  if (s.economics.productTypes.length > 0 && s.economics.productTypes.every((p) => p.share === 0))
    ctx.addIssue({ code: 'custom', path: ['economics', 'productTypes', 0, 'share'], message: 'productSharesZero' });
  // objectives and competitors are named by their id (the screens list them by it, an imitation names its competitor): one id, one item
  duplicates(s.objectives, ['objectives'], 'duplicateObjective', ctx);
  duplicates(s.competitors, ['competitors'], 'duplicateCompetitor', ctx);
}

/** Every item whose id another one has: the one just typed in the editor as well as the one it copies (QA qa27editor minor 9). */
function duplicates(items: readonly { id: string }[], path: string[], message: string, ctx: z.core.$RefinementCtx<z.output<typeof scenarioShape>>): void {
  const counts = new Map<string, number>();
  for (const { id } of items) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [i, item] of items.entries()) if ((counts.get(item.id) ?? 0) > 1) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message, params: { id: item.id } });
}

/** Events and objective deadlines within the scenario's duration. */
function checkDates(s: z.output<typeof scenarioShape>, ctx: z.core.$RefinementCtx<z.output<typeof scenarioShape>>): void {
  for (const [i, ev] of s.events.entries())
    if (ev.tick >= s.durationTicks)
      ctx.addIssue({ code: 'custom', path: ['events', i, 'tick'], message: 'eventAfterEnd', params: { duration: s.durationTicks } });
  for (const [i, c] of s.competitors.entries())
    for (const [j, ev] of c.events.entries())
      if (ev.tick >= s.durationTicks)
        ctx.addIssue({ code: 'custom', path: ['competitors', i, 'events', j, 'tick'], message: 'eventAfterEnd', params: { duration: s.durationTicks } });
  for (const [i, o] of s.objectives.entries())
    if (o.byTick !== undefined && o.byTick > s.durationTicks)
      ctx.addIssue({ code: 'custom', path: ['objectives', i, 'byTick'], message: 'deadlineAfterEnd', params: { duration: s.durationTicks } });
}

/** A scenario the app runs (stored runs, result files, a mission's scenario). */
export const scenarioSchema = scenarioShape.check(z.superRefine(checkScenario));

/** A scenario file a teacher writes or imports: at least one graded objective. */
export const scenarioFileSchema = z.extend(scenarioShape, { objectives: z.array(objective).check(z.minLength(1)) }).check(z.superRefine(checkScenario));

/** A scenario as written in a file (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario, defaults applied: what the engine receives. */
export type Scenario = z.output<typeof scenarioSchema>;
export type Objective = z.output<typeof objective>;
export type CompetitorEvent = z.output<typeof competitorEvent>;
export type ShopEvent = z.output<typeof shopEvent>;
