/** Words of one event-feed item in the learner's language (pure: locale passed in). */
import { translate, type Locale } from '../../i18n/translate.ts';
import type { FeedItem } from './eventFeed.ts';
import { formatList, formatMarginPoints, formatMoney, formatNumber, formatPercent, formatShare } from '../../app/format.ts';
import { IMITATION_EDGE_LOSS, PRICE_TOLERANCE } from '../../engine/params.ts';
import { translateCount } from '../../i18n/plural.ts';
import { scenarioText } from './scenarioText.ts';
import { localizedName } from '../../app/localized.ts';
import { describeAction } from '../../app/actionText.ts';
import { refusalKey } from '../../app/refusalKey.ts';

/** what names a refused action's target and a stopped programme: the shop's places (engine/towns.ts townNames), the programmes of the run's log */
export interface FeedTextContext {
  towns?: readonly string[];
  programmeName?: (id: string) => string | undefined;
  /** the shop's unit: « cette semaine », « nouveaux clients du mois » (decisions.tickWords), never « période » (QA qa32optician m1) */
  tickUnit?: 'week' | 'month';
}

function programmeName(tr: (key: string) => string, item: { type: string; instrument: string }): string {
  return `${tr(`vocabulary.actionType.${item.type}`)} — ${tr(`vocabulary.instrument.${item.instrument}`)}`;
}

/** What a shop event is and does, from its kind, intensity and duration (engine: context.ts). */
function shopEffect(locale: Locale, item: Extract<FeedItem, { kind: 'shopEvent' }>): string {
  const duration = translateCount(locale, `dashboardResults.feed.duration.${item.unit}`, item.durationTicks, { count: formatNumber(locale, item.durationTicks) });
  const signed = (x: number) => `${x > 0 ? '+' : '−'}${formatPercent(locale, Math.abs(x), 0)}`;
  return translate(locale, `dashboardResults.feed.shopEffect.${item.event}`, {
    change: signed(item.intensity - 1),
    factor: formatNumber(locale, item.intensity, 1),
    percent: formatPercent(locale, item.intensity, 0),
    duration,
  });
}

export function feedText(locale: Locale, item: FeedItem, context: FeedTextContext = {}): string {
  const tr = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const n = (x: number) => formatNumber(locale, x);
  const w = (word: string) => tr(`decisions.tickWords.${context.tickUnit ?? 'week'}.${word}`);
  switch (item.kind) {
    case 'departures': {
      const head = translateCount(locale, 'dashboardResults.feed.departures', item.count, { count: n(item.count) });
      if (item.causes.length === 0) return `${head}.`;
      const parts = item.causes.map((c) => translateCount(locale, `dashboardResults.feed.cause.${c.cause}`, c.count, { count: n(c.count) }));
      return `${head} (${parts.join(', ')}).`;
    }
    case 'competitor': {
      const move = tr(`dashboardResults.feed.competitor.${item.move}`, { competitor: localizedName(item.competitor, locale) });
      return item.reached ? `${move} ${translateCount(locale, 'dashboardResults.feed.reached', item.reached, { count: n(item.reached) })}` : move;
    }
    case 'competitorOffers':
      return translateCount(locale, 'dashboardResults.feed.competitorOffers', item.reached, { count: n(item.reached) });
    case 'complaintWave':
      return tr('dashboardResults.feed.complaintWave', { complaints: n(item.complaints), usual: n(item.usual), resolved: n(item.resolved), thisTick: w('thisTick') });
    case 'complaintsUnpaid':
      // why, while the budget card may show money left (app/complaintMoney.ts): what the programmes' reserve left them
      return `${translateCount(locale, 'dashboardResults.feed.complaintsUnpaid', item.count, { count: n(item.count) })} ${tr(
        item.paid > 0 ? 'dashboardResults.complaintMoney.feedWhy' : 'dashboardResults.complaintMoney.feedWhyNone',
        { paid: formatMoney(locale, item.paid), unit: formatMoney(locale, item.unit), ofTick: w('ofTick'), tick: w('tick') },
      )}`;
    case 'acquisitions': {
      // the referred ones split, as the « Nouveaux clients » glass box: « dont 27 par parrainage » beside a referral campaign
      // of 16 recruits read as a contradiction (QA shops 9); 11 were recommended by a customer on their own
      if (item.referralCampaign !== undefined && item.referrals > 0) {
        const spontaneous = item.referrals - item.referralCampaign;
        const parts = [
          item.referralCampaign > 0 ? translateCount(locale, 'dashboardResults.feed.referralCampaignRecruits', item.referralCampaign, { count: n(item.referralCampaign) }) : '',
          spontaneous > 0 ? translateCount(locale, 'dashboardResults.feed.spontaneousReferrals', spontaneous, { count: n(spontaneous) }) : '',
        ].filter(Boolean);
        return translateCount(locale, 'dashboardResults.feed.acquisitionsSplit', item.count, { count: n(item.count), parts: parts.join(tr('dashboardResults.feed.acquisitionsSplitJoin')) });
      }
      // « dont 0 par parrainage » says nothing: the clause is dropped when no one came by referral
      return translateCount(locale, item.referrals > 0 ? 'dashboardResults.feed.acquisitions' : 'dashboardResults.feed.acquisitionsNoReferral', item.count, { count: n(item.count), referrals: n(item.referrals) });
    }
    case 'survey':
      // always one decimal, as the satisfaction card and the chart's table write the same survey (« 68,0 % », not « 68 % »)
      // a mystery shopper scores the service on visits, not the customers' satisfaction on answers (QA teacher F2)
      if (item.method === 'clientMystere')
        return translateCount(locale, 'dashboardResults.feed.surveyMystery', item.sampleSize, {
          mean: formatShare(locale, item.mean, 1),
          margin: formatMarginPoints(locale, item.marginOfError),
          n: n(item.sampleSize),
        });
      return tr('dashboardResults.feed.survey', {
        method: tr(`vocabulary.instrument.${item.method}`),
        mean: formatShare(locale, item.mean, 1),
        margin: formatMarginPoints(locale, item.marginOfError),
        n: n(item.sampleSize),
      });
    case 'shopEvent':
      // a scenario's name alone (« Saint-Valentin ») says nothing: what it is and what it does follow
      return item.label
        ? tr('dashboardResults.feed.shopEventLabelled', { label: scenarioText(item.label, locale), effect: shopEffect(locale, item) })
        : tr(`dashboardResults.feed.shopEvent.${item.event}`);
    case 'imitated':
      return tr(item.competitor ? 'dashboardResults.feed.imitated' : 'dashboardResults.feed.imitatedUnknown', {
        competitor: localizedName(item.competitor, locale),
        instrument: tr(`vocabulary.instrument.${item.instrument}`),
        loss: formatPercent(locale, IMITATION_EDGE_LOSS, 0),
      });
    case 'priceReturn': {
      const tolerance = formatPercent(locale, PRICE_TOLERANCE, 0);
      const head = translateCount(locale, 'dashboardResults.feed.priceReturn', item.members, {
        instrument: tr(`vocabulary.instrument.${item.instrument}`),
        count: n(item.members),
        gap: formatPercent(locale, Math.max(0, item.aboveReference), 1),
      });
      const tail =
        item.beyondTolerance > 0
          ? translateCount(locale, 'dashboardResults.feed.priceReturnBeyond', item.beyondTolerance, { count: n(item.beyondTolerance), tolerance })
          : tr('dashboardResults.feed.priceReturnNone', { tolerance });
      return `${head} ${tail}`;
    }
    case 'dataCollection':
      return translateCount(locale, 'dashboardResults.feed.dataCollection', item.contacted, {
        instrument: tr(`vocabulary.instrument.${item.instrument}`),
        count: n(item.contacted),
        accepted: n(item.accepted),
        refused: n(item.contacted - item.accepted),
        cost: formatMoney(locale, item.cost),
      });
    case 'programmeEnded':
      return tr('dashboardResults.feed.programmeEnded', { programme: programmeName(tr, item) });
    case 'programmesLaunched': {
      const programmes = item.programmes.map((p) => tr('dashboardResults.feed.launchedProgramme', { programme: programmeName(tr, p), members: translateCount(locale, 'dashboardResults.feed.members', p.members, { count: n(p.members) }) }));
      return translateCount(locale, 'dashboardResults.feed.programmesLaunched', programmes.length, { programmes: programmes.join(tr('app.listSeparator')) });
    }
    case 'campaigns': {
      const counted = item.channels.every((c) => c.recruits !== undefined);
      const channels = item.channels.map((c) => {
        const parts = { channel: tr(`vocabulary.acquisitionChannel.${c.channel}`), spend: formatMoney(locale, c.spend) };
        if (c.recruits === undefined) return tr('dashboardResults.feed.campaignChannel', parts);
        return tr('dashboardResults.feed.campaignChannelRecruits', { ...parts, recruits: translateCount(locale, 'dashboard.feed.recruits', c.recruits, { count: n(c.recruits) }) });
      });
      return translateCount(locale, counted ? 'dashboardResults.feed.campaignsCounted' : 'dashboardResults.feed.campaigns', channels.length, { channels: channels.join(tr('app.listSeparator')), ofTick: w('ofTick'), tick: w('tick') });
    }
    case 'programmeWithoutConsent':
      return `${translateCount(locale, 'dashboardResults.feed.programmeLaunched', item.contacted, { programme: programmeName(tr, item), count: n(item.contacted) })} ${translateCount(locale, 'dashboardResults.feed.programmeNoConsent', item.withoutConsent, { count: n(item.withoutConsent) })}`;
    case 'programmeSuspended':
      return translateCount(locale, 'dashboardResults.feed.programmeSuspended', item.members, { programme: programmeName(tr, item), count: n(item.members) });
    case 'rejected':
      return translateCount(locale, 'dashboardResults.feed.rejected', item.count, {
        count: n(item.count),
        reasons: formatList(locale, item.reasons.map((r) => tr(refusalKey(r)))),
      });
    case 'rejectedAction':
      return tr('dashboardResults.feed.rejectedAction', {
        action: describeAction(item.action, tr, locale, context.tickUnit ?? 'week', context.programmeName, context.towns),
        reason: tr(refusalKey(item.reason)),
      });
  }
}
