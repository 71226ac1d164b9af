/**
 * The dashboard's event feed: what happened each tick, aggregated so a week reads in a few lines
 * ("Semaine 14 : 12 clients perdus (7 concurrence, 3 insatisfaction…)"). Built from the KPI series
 * (departures by cause, complaints, acquisitions, acquisition campaigns and what they spent, surveys,
 * programmes launched, ended or suspended for lack of budget, an e-mail or SMS programme's launch with
 * the customers it could not contact for want of consent), the scenario's timeline
 * (competitor moves, shop events) and, when available, the tick reports' customer events (how many
 * customers a competitor's offer reached, complaints left unhandled for lack of budget, refused actions). Pure; the component words the items.
 * The engine's own records say what the learner's actions did: a competitor copying a financial
 * advantage (ProgrammeKpi.imitated, at the tick it happens), where the members' reference price
 * stands when an advantage ends (ProgrammeKpi.priceReturn), what a data collection gave
 * (TickKpis.dataCollections). A shop event says what it is and does (season, price rise…).
 */
import type { DataCollectionKpi, PriceReturn, RefusalReason, TickKpis, TickReport } from '../../engine/types.ts';
import { ACQUISITION_CHANNELS, DEPARTURE_CAUSES, EVENT_TYPES, type AcquisitionChannel, type DepartureCause } from '../../engine/vocabulary.ts';
import type { LocalizedText, Scenario } from '../../scenario/schema.ts';
import type { Action, DecisionsLog } from '../../engine/decisions.ts';
import { competitorOpenAt } from '../../engine/competitorOpen.ts';
import { actionsAt } from '../../app/actionsAt.ts';
import { complaintSpend, unpaidPolicy } from '../../app/complaintMoney.ts';
import { costPerComplaint } from '../../app/complaintPolicy.ts';

/** a competitor's name as the scenario writes it ({ fr, en }, or one plain name); '' = unknown. The text (feedText.ts) picks the language. */
export type CompetitorName = string | LocalizedText;

export type FeedItem =
  | { kind: 'departures'; tick: number; count: number; causes: { cause: DepartureCause; count: number }[] }
  /** move 'imitationNone': a scripted imitation with no running financial advantage left to copy (the engine does nothing) */
  | { kind: 'competitor'; tick: number; competitor: CompetitorName; move: 'promotion' | 'ouverture' | 'imitation' | 'imitationNone' | 'fermeture'; reached: number | null }
  | { kind: 'competitorOffers'; tick: number; reached: number }
  | { kind: 'complaintWave'; tick: number; complaints: number; resolved: number; usual: number }
  /** complaints the budget could not pay (reclamationSansBudget events): handled as if ignored; `paid`: what the complaints got that period, `unit`: the policy's cost per complaint (app/complaintMoney.ts) */
  | { kind: 'complaintsUnpaid'; tick: number; count: number; paid: number; unit: number }
  /** `referralCampaign`: the referral campaign's recruits among the referred (undefined in a run saved before the engine counted them) */
  | { kind: 'acquisitions'; tick: number; count: number; referrals: number; referralCampaign?: number }
  | { kind: 'survey'; tick: number; mean: number; marginOfError: number; sampleSize: number; method: 'questionnaire' | 'clientMystere' }
  | {
      kind: 'shopEvent';
      tick: number;
      event: 'vagueIncidents' | 'saisonHaute' | 'saisonBasse' | 'hausseDesPrix' | 'travaux';
      label: Scenario['events'][number]['label'];
      /** what it does, for the words: the scenario's intensity and duration (in ticks of `unit`) */
      intensity: number;
      durationTicks: number;
      unit: Scenario['tickUnit'];
    }
  | { kind: 'programmeEnded'; tick: number; programmeId: string; type: string; instrument: string }
  /** the programmes launched this tick, with their members (one line listing them; those left short of consent have their own line, programmeWithoutConsent) */
  | { kind: 'programmesLaunched'; tick: number; programmes: { programmeId: string; type: string; instrument: string; members: number }[] }
  /**
   * the acquisition campaigns of this tick, by channel, with what they spent (TickKpis.acquisitionSpendByChannel)
   * and the recruits each brought (TickKpis.campaignRecruits; undefined in runs played before it was reported)
   */
  | { kind: 'campaigns'; tick: number; channels: { channel: AcquisitionChannel; spend: number; recruits?: number }[] }
  /** an e-mail or SMS programme launched this tick: members contacted, customers of its target left out for want of consent (RGPD) */
  | { kind: 'programmeWithoutConsent'; tick: number; programmeId: string; type: string; instrument: string; contacted: number; withoutConsent: number }
  /** a competitor copies a running financial advantage (engine: imitationDelayTicks or an 'imitation' event); competitor '' = unknown */
  | { kind: 'imitated'; tick: number; programmeId: string; instrument: string; competitor: CompetitorName }
  /** a financial advantage ended this tick: where its members' reference price stands (the backlash to come) */
  | ({ kind: 'priceReturn'; tick: number; programmeId: string; instrument: string } & PriceReturn)
  /** a data collection of this tick: asked, accepted, cost */
  | ({ kind: 'dataCollection'; tick: number } & DataCollectionKpi)
  /** stopped by the engine because the budget could not pay it; members = customers told (programmeSuspendu events) */
  | { kind: 'programmeSuspended'; tick: number; programmeId: string; type: string; instrument: string; members: number }
  | { kind: 'rejected'; tick: number; count: number; reasons: RefusalReason[] }
  /** one refused action named (type and target, app/actionText.ts describeAction), when the decisions log has it */
  | { kind: 'rejectedAction'; tick: number; action: Action; reason: RefusalReason };

export type FeedKind = FeedItem['kind'];

/** A tick's complaints form a wave when they reach this multiple of the usual level (and MIN_WAVE). */
export const WAVE_FACTOR = 2;
export const MIN_WAVE = 10;
/** Ticks shown in the feed, newest first. */
export const FEED_TICKS = 8;

const OFFER = EVENT_TYPES.indexOf('offreConcurrente');
const UNPAID_COMPLAINT = EVENT_TYPES.indexOf('reclamationSansBudget');

function countType(report: TickReport | undefined, type: number): number | null {
  if (!report) return null;
  let n = 0;
  const types = report.events.type;
  for (let k = 0; k < report.events.length; k++) if (types[k] === type) n++;
  return n;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function departureItem(k: TickKpis): FeedItem | null {
  if (k.lost <= 0) return null;
  const causes = DEPARTURE_CAUSES.map((cause) => ({ cause, count: k.departuresByCause[cause] ?? 0 }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || DEPARTURE_CAUSES.indexOf(a.cause) - DEPARTURE_CAUSES.indexOf(b.cause));
  return { kind: 'departures', tick: k.tick, count: k.lost, causes };
}

/** Items of one tick, most important first. `earlier` = the KPIs of the ticks before it. */
export function tickItems(scenario: Scenario, k: TickKpis, earlier: readonly TickKpis[], report?: TickReport, actions: readonly Action[] = []): FeedItem[] {
  const items: FeedItem[] = [];
  const reached = countType(report, OFFER);
  const imitations = k.programmes.filter((p) => p.imitated?.tick === k.tick);
  const imitators = new Set(imitations.map((p) => p.imitated!.competitor));
  // a scripted imitation that copied our advantage is said once, by the line naming the advantage; a closed
  // competitor's events do nothing (engine competitors.ts), its closure is said when it closes an open shop
  const said = (events: Scenario['competitors'][number]['events'], e: (typeof events)[number]) =>
    e.kind === 'fermeture' ? !competitorOpenAt(events, e.tick) && competitorOpenAt(events, e.tick - 1) : competitorOpenAt(events, e.tick);
  const moves = scenario.competitors.flatMap((c) =>
    c.events.filter((e) => e.tick === k.tick && said(c.events, e) && !(e.kind === 'imitation' && imitators.has(c.id))).map((e) => ({ c, e })),
  );
  for (const { c, e } of moves)
    items.push({ kind: 'competitor', tick: k.tick, competitor: c.name, move: e.kind === 'imitation' ? 'imitationNone' : e.kind, reached });
  for (const p of imitations) {
    const competitor = scenario.competitors.find((c) => c.id === p.imitated!.competitor)?.name ?? '';
    items.push({ kind: 'imitated', tick: k.tick, programmeId: p.id, instrument: p.instrument, competitor });
  }
  if (moves.length === 0 && reached !== null && reached > 0) items.push({ kind: 'competitorOffers', tick: k.tick, reached });

  const departures = departureItem(k);
  if (departures) items.push(departures);

  const usual = median(earlier.map((e) => e.complaints));
  if (k.complaints >= MIN_WAVE && k.complaints >= WAVE_FACTOR * Math.max(usual, 1))
    items.push({ kind: 'complaintWave', tick: k.tick, complaints: k.complaints, resolved: k.complaintsResolved, usual });
  const unpaid = countType(report, UNPAID_COMPLAINT);
  if (unpaid !== null && unpaid > 0) {
    const policy = unpaidPolicy(report);
    items.push({ kind: 'complaintsUnpaid', tick: k.tick, count: unpaid, paid: complaintSpend(k), unit: policy ? costPerComplaint(policy, scenario) : 0 });
  }

  for (const e of scenario.events.filter((ev) => ev.tick === k.tick))
    items.push({ kind: 'shopEvent', tick: k.tick, event: e.kind, label: e.label, intensity: e.intensity, durationTicks: e.durationTicks, unit: scenario.tickUnit });

  for (const d of k.dataCollections ?? []) items.push({ kind: 'dataCollection', tick: k.tick, ...d });

  // the campaigns first: their recruits are among the new customers the next line counts
  const channels = ACQUISITION_CHANNELS.map((channel) => ({
    channel,
    spend: k.acquisitionSpendByChannel?.[channel] ?? 0,
    recruits: k.campaignRecruits ? (k.campaignRecruits[channel]?.recruited ?? 0) : undefined,
  })).filter((c) => c.spend > 0);
  if (channels.length > 0) items.push({ kind: 'campaigns', tick: k.tick, channels });
  if (k.acquired > 0)
    items.push({
      kind: 'acquisitions',
      tick: k.tick,
      count: k.acquired,
      referrals: k.acquiredByReferral,
      ...(k.campaignRecruits ? { referralCampaign: k.campaignRecruits.parrainage?.recruited ?? 0 } : {}),
    });

  const m = k.satisfactionMeasured;
  if (m && m.tick === k.tick) items.push({ kind: 'survey', tick: k.tick, mean: m.mean, marginOfError: m.marginOfError, sampleSize: m.sampleSize, method: m.method });

  // every programme launched this tick is said (QA play F3: four launched, one said): in one line, but for those left short of consent, said just below
  const launched = k.programmes.filter((p) => p.startTick === k.tick && !p.withoutConsent);
  if (launched.length > 0)
    items.push({
      kind: 'programmesLaunched',
      tick: k.tick,
      programmes: launched.map((p) => ({ programmeId: p.id, type: p.type, instrument: p.instrument, members: p.targeted })),
    });
  for (const p of k.programmes)
    if (p.startTick === k.tick && p.withoutConsent)
      items.push({ kind: 'programmeWithoutConsent', tick: k.tick, programmeId: p.id, type: p.type, instrument: p.instrument, contacted: p.targeted, withoutConsent: p.withoutConsent });

  for (const p of k.programmes) {
    if (p.endTick !== k.tick) continue;
    const ended = { tick: k.tick, programmeId: p.id, type: p.type, instrument: p.instrument };
    // one line per programme: the engine's per-member programmeSuspendu events are counted in its KPI
    if (p.suspendedMembers !== undefined) items.push({ kind: 'programmeSuspended', ...ended, members: p.suspendedMembers });
    else items.push({ kind: 'programmeEnded', ...ended });
    if (p.priceReturn) items.push({ kind: 'priceReturn', tick: k.tick, programmeId: p.id, instrument: p.instrument, ...p.priceReturn });
  }

  // the reasons said here: the refusal notice of the decisions screen does not outlive a reload (QA shops 2)
  // each one named from the period's decisions, as the refusal notice and the « Et si… ? » report do: « 1 action refusée » did
  // not say which (QA hqa F9); without the decisions (an older caller), the count and the reasons
  if (report && report.rejected.length > 0) {
    const named = report.rejected.map((r) => ({ action: actions[r.actionIndex], reason: r.reason }));
    if (named.every((x) => x.action !== undefined)) for (const x of named) items.push({ kind: 'rejectedAction', tick: k.tick, action: x.action, reason: x.reason });
    else items.push({ kind: 'rejected', tick: k.tick, count: report.rejected.length, reasons: [...new Set(report.rejected.map((r) => r.reason))] });
  }
  return items;
}

export interface FeedTick {
  tick: number;
  items: FeedItem[];
}

/** The last `ticks` ticks, newest first, each with its items (ticks with nothing to say are kept, empty). */
export function buildFeed(scenario: Scenario, kpis: readonly TickKpis[], reports: readonly TickReport[], ticks = FEED_TICKS, decisions: DecisionsLog = []): FeedTick[] {
  const reportByTick = new Map(reports.map((r) => [r.tick, r]));
  const out: FeedTick[] = [];
  for (let i = kpis.length - 1; i >= 0 && out.length < ticks; i--) {
    const k = kpis[i];
    out.push({ tick: k.tick, items: tickItems(scenario, k, kpis.slice(Math.max(0, i - 8), i), reportByTick.get(k.tick), actionsAt(decisions, k.tick)) });
  }
  return out;
}
