/**
 * The editor's warnings about a valid scenario that is probably not winnable, or not ready for
 * English-speaking students: a teacher may want a hard shop, so these never block saving or
 * playing (warnings, not errors). A teacher who lowers « Nombre de clients au départ » of a
 * template from 3 000 to 1 500 keeps its objectives (2 330 active customers, 152 000 € of net margin),
 * made for twice the base: the student scored 0 out of 5 without a word from the checker.
 *
 * The estimates come from the scenario's own figures, on purpose rough and generous (an objective
 * is flagged only when even these miss it):
 * - the base that stays: the initial customers times the BG/NBD mean survival over the run,
 *   (1 - a / (a + b)) ^ (r / alpha × duration), every survivor counted active;
 * - plausible recruits who stay: the walk-ins of the run (the engine's nominalWalkIns) plus, of what
 *   half of the marketing budget (initial + per period × duration; the other half goes to keeping
 *   customers) buys through the shop's channels (unitCosts.ts recruitUnitCost: the contact plus a welcome
 *   offer in the shop's baskets, the budget spent evenly on them),
 *   only the recruits who stay: a paid campaign's recruits mostly leave after their next purchase
 *   (CAMPAIGN_ONE_OFF_SHARE, engine README « Acquisition »), a referral campaign's stay, but its share of
 *   the budget brings no more than the starting customers' referrals (every one of them counted
 *   satisfied: x REFERRAL_CAMPAIGN_PARTICIPATION x REFERRAL_CONVERSION per REFERRAL_CAMPAIGN_WINDOW_WEEKS),
 *   each paying the invitations it takes and both rewards (referralUnitCost); within the prospect pool.
 *   (Before, every recruit was counted as staying: 85 % of them do not.)
 * - what the base produces: the mean number of customers over the run (survivors, and walk-ins
 *   arriving along it) times the purchase rate r / alpha, the mean basket with the product mix and
 *   the margin rate (turnover: without the margin rate).
 * An objective of active customers above base + recruits, of cumulative (or per period) margin or
 * turnover above what the base produces plus what good play adds (noActionCheck.ts withActionRoom), and fixed costs per period above the
 * starting base's gross margin per period are said, with the estimate, in the reader's language.
 */
import { nominalWalkIns } from '../../engine/acquisition.ts';
import { CAMPAIGN_ONE_OFF_SHARE, PERSONALISATION_SETUP_COST_PER_MEMBER, REFERRAL_CAMPAIGN_PARTICIPATION, REFERRAL_CAMPAIGN_WINDOW_WEEKS, REFERRAL_CONVERSION } from '../../engine/params.ts';
import { recruitUnitCost, referralUnitCost, scenarioBasket } from '../../engine/unitCosts.ts';
import { ACQUISITION_CHANNELS, type AcquisitionChannel, type Strategy } from '../../engine/vocabulary.ts';
import { CUSTOMISATION_INSTRUMENTS, DISCOUNT_RATE, FINANCIER_INSTRUMENTS, LIEN_SOCIAL_INSTRUMENTS, PERSONNALISATION_INSTRUMENTS } from '../../engine/actionCheck.ts';
import { periodCost } from '../../engine/costForecast.ts';
import { weeksPerTick } from '../../app/costEstimate.ts';
import { formatMoney, formatNumber, formatPercent } from '../../app/format.ts';
import { locale, t, tickWords } from '../../i18n/locale.svelte.ts';
import type { ScenarioError } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { everyTickOnCumulative } from '../../scenario/cumulativeMetrics.ts';
import type { JsonPath } from '../../scenario/jsonText.ts';
import { meanBasketWithMix, meanDropout, meanPurchaseRate } from './editorFigures.ts';
import { noActionWarnings, warning, withActionRoom } from './noActionCheck.ts';
import type { TickKpis } from '../../engine/types.ts';


export interface ReachEstimate {
  /** initial customers still there at the end (mean survival) */
  survivors: number;
  /** walk-ins and the customers bought with half the marketing budget who stay (not a paid campaign's one-off buyers), within the prospect pool */
  recruits: number;
  /** mean customers over the run, without campaigns (survivors and walk-ins along the way) */
  meanBase: number;
  /** turnover and gross margin per period of that mean base */
  turnoverPerTick: number;
  marginPerTick: number;
  /** gross margin per period of the starting base */
  startMarginPerTick: number;
}


export function reachEstimate(scenario: Scenario): ReachEstimate {
  const { customers, economics, budget, durationTicks: ticks } = scenario;
  const rate = meanPurchaseRate(customers.purchaseRate) ?? 0;
  const dropout = meanDropout(customers.dropout) ?? 0;
  const basket = meanBasketWithMix(customers.spend, economics.productTypes) ?? 0;
  const survival = (1 - dropout) ** (rate * ticks);
  const survivors = customers.initial * survival;
  const weeks = weeksPerTick(scenario.tickUnit);
  const walkIns = Math.min(customers.prospectPool, nominalWalkIns(scenario, weeks, customers.initial) * ticks);
  const channels: readonly AcquisitionChannel[] = scenario.acquisitionChannels.length ? scenario.acquisitionChannels : ACQUISITION_CHANNELS;
  // the budget spent evenly on the channels; the engine's cost per recruit, on the basket the engine builds it on (to the cent)
  const recruitBasket = scenarioBasket(scenario);
  const perChannel = (budget.initial + budget.perTick * ticks) / 2 / channels.length;
  // recruits who stay: few of a paid campaign's, all of a referral campaign's, which the sponsors cap
  const referralCap = customers.initial * REFERRAL_CAMPAIGN_PARTICIPATION * REFERRAL_CONVERSION * Math.max(1, (ticks * weeks) / REFERRAL_CAMPAIGN_WINDOW_WEEKS);
  const kept = channels.reduce(
    (sum, c) =>
      sum +
      (c === 'parrainage' ? Math.min(referralCap, perChannel / referralUnitCost(recruitBasket)) : (perChannel / recruitUnitCost(c, recruitBasket)) * (1 - CAMPAIGN_ONE_OFF_SHARE)),
    0,
  );
  const recruits = Math.min(customers.prospectPool, walkIns + kept);
  // survivors decline from initial to survivors (about linearly over a run); walk-ins arrive along it
  const meanBase = (customers.initial + survivors) / 2 + walkIns / 2;
  const turnoverPerTick = meanBase * rate * basket;
  return {
    survivors,
    recruits,
    meanBase,
    turnoverPerTick,
    marginPerTick: turnoverPerTick * economics.marginRate,
    startMarginPerTick: customers.initial * rate * basket * economics.marginRate,
  };
}

/** « semaine », « par mois »…: the shop's unit words for a remark (decisions.tickWords) */
const unitWords = (scenario: Pick<Scenario, 'tickUnit'>) => tickWords(scenario.tickUnit === 'month' ? 'month' : 'week');

const round = (value: number, step: number): string => formatNumber(locale.current, Math.round(value / step) * step);

/**
 * The warnings of a valid scenario whose objectives or fixed costs its own figures cannot support: read on
 * its game played with no action (`noAction`, its KPIs: noActionCheck.ts) when there is one, else on the
 * rough estimate above.
 */
export function reachWarnings(scenario: Scenario, noAction: readonly TickKpis[] | null = null): ScenarioError[] {
  if (noAction && noAction.length >= scenario.durationTicks) return noActionWarnings(scenario, noAction);
  const e = reachEstimate(scenario);
  const words = unitWords(scenario);
  const out: ScenarioError[] = [];
  for (const [i, o] of scenario.objectives.entries()) {
    if (o.comparator !== '>=') continue;
    const ticks = o.byTick ?? scenario.durationTicks;
    const share = ticks / scenario.durationTicks;
    const path: JsonPath = ['objectives', i, 'target'];
    const field = `${t('scenario.items.objectives', { n: i + 1 })} › ${t('scenario.fields.objectives_target')}`;
    const target = formatNumber(locale.current, o.target);
    if (o.metric === 'activeCustomers') {
      const most = e.survivors + e.recruits * share;
      if (o.target > most) out.push(warning(path, field, t('editor.reach.activeCustomers', { target, estimate: round(most, 10), initial: formatNumber(locale.current, scenario.customers.initial) })));
    } else if (o.metric === 'cumulativeMargin' || o.metric === 'cumulativeTurnover') {
      const produced = (o.metric === 'cumulativeMargin' ? e.marginPerTick : e.turnoverPerTick) * ticks;
      if (o.target > withActionRoom(produced)) out.push(warning(path, field, t(`editor.reach.${o.metric}`, { target, estimate: round(produced, 1000) })));
    } else if (o.metric === 'cumulativeNetMargin') {
      // what the starting base makes once the fixed costs are paid, before any action's cost
      const produced = (e.marginPerTick - scenario.economics.fixedCostsPerTick) * ticks;
      if (o.target > withActionRoom(produced)) out.push(warning(path, field, t('editor.reach.cumulativeNetMargin', { target, estimate: round(produced, 1000) })));
    } else if (o.metric === 'grossMargin' || o.metric === 'turnover') {
      const produced = o.metric === 'grossMargin' ? e.marginPerTick : e.turnoverPerTick;
      if (o.target > withActionRoom(produced)) out.push(warning(path, field, t(`editor.reach.${o.metric}`, { ...words, target, estimate: round(produced, 100) })));
    }
  }
  const fixed = scenario.economics.fixedCostsPerTick;
  if (fixed > e.startMarginPerTick)
    out.push(
      warning(['economics', 'fixedCostsPerTick'], t('scenario.fields.fixedCostsPerTick'), t('editor.reach.fixedCosts', { ...words, fixed: formatNumber(locale.current, fixed), estimate: round(e.startMarginPerTick, 100) })),
    );
  return out;
}

/** The instruments of each lasting strategy (engine/actionCheck.ts), each priced per member reached (costForecast.ts periodCost). */
const PROGRAMME_INSTRUMENTS: Record<Strategy, readonly string[]> = {
  financier: FINANCIER_INSTRUMENTS,
  lienSocial: LIEN_SOCIAL_INSTRUMENTS,
  personnalisation: PERSONNALISATION_INSTRUMENTS,
  customisation: CUSTOMISATION_INSTRUMENTS,
};

/**
 * The starting customers a programme can reach: those not lost yet when the game starts. The initial base counts
 * the shop's former customers too (its pre-history, src/engine/simulation.ts, loses some of them before tick 0:
 * 1 275 of the Cave's 1 500 are still there). Read on the game played with no action when there is one (its first
 * period's customers not lost, without that period's newcomers, with its losses), else estimated: each customer
 * arrived along the history (historyTicks) and is still there with the BG/NBD chance (1 + p × age / alpha) ^ -r, on
 * the mean dropout p (an estimate a little above the game's, so the remark below stays cautious).
 */
export function reachableCustomers(scenario: Scenario, noAction: readonly TickKpis[] | null = null): { count: number; estimated: boolean } {
  const first = noAction?.[0];
  if (first) return { count: Math.max(0, first.stages.nouveau + first.stages.actif + first.stages.dormant - first.acquired + first.lost), estimated: false };
  const { initial, historyTicks, purchaseRate } = scenario.customers;
  const dropout = meanDropout(scenario.customers.dropout) ?? 0;
  const history = Math.max(1, historyTicks);
  let kept = 0;
  for (let age = 1; age <= history; age++) kept += (1 + (dropout * age) / purchaseRate.alpha) ** -purchaseRate.r;
  return { count: Math.min(initial, initial * (kept / history)), estimated: true };
}

/**
 * The cheapest lasting action (a programme of the strategies the shop allows) for one period on `members`
 * customers (the starting customers still there, reachableCustomers, by default), as the engine charges it: its
 * fee per member for the period (costForecast.ts periodCost, the engine's rule), a personalisation's set-up per
 * member on top, and for a financial advantage the smallest discount allowed (DISCOUNT_RATE.min) on what they buy
 * in a period without the discount's lift.
 */
export function cheapestProgramme(scenario: Scenario, members = reachableCustomers(scenario).count): { instrument: string; cost: number } {
  const weeks = weeksPerTick(scenario.tickUnit);
  const spend = members * (meanPurchaseRate(scenario.customers.purchaseRate) ?? 0) * scenarioBasket(scenario);
  let best = { instrument: '', cost: Infinity };
  for (const strategy of scenario.strategies)
    for (const instrument of PROGRAMME_INSTRUMENTS[strategy]) {
      const setUp = strategy === 'personnalisation' ? members * PERSONALISATION_SETUP_COST_PER_MEMBER[instrument as keyof typeof PERSONALISATION_SETUP_COST_PER_MEMBER] : 0;
      const cost = periodCost(strategy, instrument, DISCOUNT_RATE.min, members, strategy === 'financier' ? spend : 0, weeks) + setUp;
      if (cost < best.cost) best = { instrument, cost };
    }
  return best;
}

/**
 * A budget too small for any lasting action over the whole game (QA qa30editor Minor 5: 50 € and nothing per
 * period got no word): the whole game's budget below the cheapest programme for a single period on the shop's
 * starting customers still there (cheapestProgramme, reachableCustomers: its former customers, lost before the
 * start, are no one a programme reaches; review21 m4). Before, it was compared to one mystery visit (a survey takes
 * five at least) or one campaign recruit: a 1 500-customer shop with 60 € was said to have enough. A survey or a
 * small campaign may still fit in such a budget: the remark says what cannot.
 */
export function budgetWarnings(scenario: Scenario, noAction: readonly TickKpis[] | null = null): ScenarioError[] {
  const total = scenario.budget.initial + scenario.budget.perTick * scenario.durationTicks;
  const reachable = reachableCustomers(scenario, noAction);
  const cheapest = cheapestProgramme(scenario, reachable.count);
  if (!(total < cheapest.cost)) return [];
  const count = formatNumber(locale.current, reachable.estimated ? Math.round(reachable.count / 10) * 10 : Math.round(reachable.count));
  const message = t(`editor.reach.budgetTooSmall.${scenario.tickUnit === 'week' ? 'week' : 'month'}`, {
    total: formatMoney(locale.current, total),
    customers: reachable.estimated ? t('editor.reach.about', { count }) : count,
    action: t(`vocabulary.instrument.${cheapest.instrument}` as 'vocabulary.instrument.club'),
    cost: formatMoney(locale.current, Math.ceil(cheapest.cost)),
  });
  return [warning(['budget', 'initial'], t('scenario.fields.budget_initial'), message)];
}

/**
 * The English name left as a shipped shop's (« Market Square Bakery ») while the French one was
 * changed: English-speaking students would see the template's name.
 */
export function englishNameWarnings(scenario: Scenario, shipped: readonly Scenario[]): ScenarioError[] {
  const en = scenario.name.en?.trim();
  if (!en) return [];
  const template = shipped.find((s) => s.name.en?.trim() === en && s.name.fr.trim() !== scenario.name.fr.trim());
  if (!template) return [];
  const field = `${t('scenario.fields.name')} › ${t('scenario.fields.en')}`;
  return [warning(['name', 'en'], field, t('editor.reach.englishName', { en, fr: template.name.fr }))];
}

/**
 * The English texts left as a shipped shop's while their French was changed (QA qa31lesson M3): the name, the
 * description, an objective's label. Students playing in English would read the bakery's description and
 * objectives (« Have at least 2,330 active customers… ») for the teacher's cheese shop. An English text left
 * out is shown in French (app/localized.ts), so clearing them loses nothing: « Effacer les textes anglais
 * restés du modèle » (ScenarioEditorScreen) clears these paths.
 */
export function staleEnglishPaths(scenario: Scenario, shipped: readonly Scenario[]): JsonPath[] {
  const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.trim() === b.trim();
  const out: JsonPath[] = [];
  if (englishNameWarnings(scenario, shipped).length) out.push(['name', 'en']);
  if (shipped.some((s) => same(s.description.en, scenario.description.en) && !same(s.description.fr, scenario.description.fr))) out.push(['description', 'en']);
  for (const [i, o] of scenario.objectives.entries())
    if (shipped.some((s) => s.objectives.some((shippedObjective) => same(shippedObjective.label.en, o.label.en) && !same(shippedObjective.label.fr, o.label.fr)))) out.push(['objectives', i, 'label', 'en']);
  return out;
}

/** The remarks on the description and objective labels of staleEnglishPaths (the name's: englishNameWarnings). */
export function englishTextWarnings(scenario: Scenario, shipped: readonly Scenario[]): ScenarioError[] {
  return staleEnglishPaths(scenario, shipped).flatMap((path): ScenarioError[] => {
    if (path[0] === 'description') return [warning(path, `${t('scenario.fields.description')} › ${t('scenario.fields.en')}`, t('editor.reach.englishDescription'))];
    if (path[0] !== 'objectives') return [];
    const field = `${t('scenario.items.objectives', { n: Number(path[1]) + 1 })} › ${t('scenario.fields.label')} › ${t('scenario.fields.en')}`;
    return [warning(path, field, t('editor.reach.englishLabel'))];
  });
}

/**
 * An objective keeping a shipped shop's French label while its metric, comparator or target is no longer that
 * objective's (QA qa31lesson m3): switched to « Taux d’attrition », it still said « Au moins 2 100 clients
 * actifs… ». Students read the label, the game grades the metric.
 */
export function staleLabelWarnings(scenario: Scenario, shipped: readonly Scenario[]): ScenarioError[] {
  const out: ScenarioError[] = [];
  for (const [i, o] of scenario.objectives.entries()) {
    const fr = o.label.fr.trim();
    const templates = shipped.flatMap((s) => s.objectives.filter((template) => template.label.fr.trim() === fr));
    if (!templates.length || templates.some((template) => template.metric === o.metric && template.comparator === o.comparator && template.target === o.target && template.segment === o.segment)) continue;
    const was = templates[0];
    const said = (x: { metric: string; comparator: string; target: number }) =>
      t('editor.reach.objectiveSaid', {
        metric: t(`editor.option.metric.${x.metric}` as 'editor.option.metric.activeCustomers'),
        comparator: t(`editor.option.comparator.${x.comparator}` as 'editor.option.comparator.>='),
        target: formatNumber(locale.current, x.target, 6),
      });
    const field = `${t('scenario.items.objectives', { n: i + 1 })} › ${t('scenario.fields.label')}`;
    out.push(warning(['objectives', i, 'label', 'fr'], field, t('editor.reach.staleLabel', { label: fr, was: said(was), now: said(o) })));
  }
  return out;
}

/**
 * « À chaque période » on a metric that only grows (src/scenario/cumulativeMetrics.ts): its worst value is
 * the first period's for « au moins », so the objective is met or missed at the first period; for « au
 * plus » it is the deadline's, as without the box. Said on the box, never blocking (QA qa19 F9).
 */
export function everyTickWarnings(scenario: Scenario): ScenarioError[] {
  return everyTickOnCumulative(scenario.objectives).map(({ index, comparator }) => {
    const field = `${t('scenario.items.objectives', { n: index + 1 })} › ${t('scenario.fields.everyTick')}`;
    const metric = t(`editor.option.metric.${scenario.objectives[index].metric}`);
    return warning(['objectives', index, 'everyTick'], field, t(comparator === '>=' ? 'editor.reach.everyTickFirst' : 'editor.reach.everyTickLast', { ...unitWords(scenario), metric }));
  });
}

/** Above these, an intensity is surely a percentage typed as a number (« 40 » for +40 %, « 7 » for +7 %): said, never blocking. */
export const SEASON_MAX = 3;
export const PRICE_RISE_MAX = 0.5;

/**
 * A shop event's intensity that contradicts its kind (src/engine/context.ts shopConditions, step.ts
 * price level): a « basse saison » of 1,3 sells more, a « haute saison » of 0,4 sells less (the teacher
 * meant +40 %) and one of 40 sells forty times as much, a « hausse des prix » of 7 multiplies the prices
 * by 8, works beyond 1 are beyond the most severe, an incident wave below 1 lowers the incidents.
 * The schema only asks for ≥ 0 and a teacher may want an odd shop: remarks, tied to the field (QA qa27 M1).
 */
export function intensityWarnings(scenario: Pick<Scenario, 'events'>): ScenarioError[] {
  const out: ScenarioError[] = [];
  const pct = (x: number) => formatPercent(locale.current, x, 1);
  for (const [i, ev] of scenario.events.entries()) {
    const value = formatNumber(locale.current, ev.intensity, 6);
    let key: string | null = null;
    let params: Record<string, string> = { value };
    if (ev.kind === 'saisonHaute' && ev.intensity < 1) [key, params] = ['saisonHauteLow', { value, percent: pct(1 - ev.intensity) }];
    else if (ev.kind === 'saisonHaute' && ev.intensity > SEASON_MAX) key = 'saisonHauteHigh';
    else if (ev.kind === 'saisonBasse' && ev.intensity >= 1) key = 'saisonBasseHigh';
    else if (ev.kind === 'vagueIncidents' && ev.intensity < 1) key = 'vagueIncidentsLow';
    else if (ev.kind === 'hausseDesPrix' && ev.intensity > PRICE_RISE_MAX)
      [key, params] = ['hausseDesPrixHigh', { value, factor: formatNumber(locale.current, 1 + ev.intensity, 6), percent: pct(ev.intensity) }];
    else if (ev.kind === 'travaux' && ev.intensity > 1) key = 'travauxHigh';
    if (key === null) continue;
    const field = `${t('scenario.items.events', { n: i + 1 })} › ${t('scenario.fields.intensity')}`;
    out.push(warning(['events', i, 'intensity'], field, t(`editor.meaning.intensityRemark.${key}` as 'editor.meaning.intensityRemark.travauxHigh', params)));
  }
  return out;
}
