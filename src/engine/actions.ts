/**
 * Applying a tick's decisions, in their order: each action is checked (strategy or channel
 * allowed by the scenario, a non-empty target, a budget that can pay it on top of what the running
 * programmes and this tick's surveys already reserve: programmes.ts, the rule of budgetGate.ts) and either applied or
 * rejected with a reason id, an i18n key (the reasons and what each means: types.ts RefusalReason). Lasting actions
 * become programmes (programmes.ts);
 * one-off actions (data collection, surveys) act now; acquisition campaigns are paid now and
 * recruit after the customer loop (acquisition.ts), in the tick order of the model.
 */
import type { Campaign } from './acquisition.ts';
import type { TickContext } from './context.ts';
import { collectData, countAlive } from './dataCollection.ts';
import type { Action } from './decisions.ts';
import * as P from './params.ts';
import { needsConsent, withConsent } from './consent.ts';
import { splitControlGroup } from './controlGroup.ts';
import { budgetGate } from './budgetGate.ts';
import { committedBudget, estimateFirstTickCost, isRunning, runningTickCost, startProgramme, stopProgramme } from './programmes.ts';
import { COMPLAINT_POLICIES, NO_TICK, type SimState } from './state.ts';
import { mysteryShopping, questionnaire } from './survey.ts';
import { selectTarget } from './target.ts';
import type { ActionType } from './decisions.ts';
import type { DataCollectionKpi, RefusalReason, TickReport } from './types.ts';
import { STRATEGIES, type Strategy } from './vocabulary.ts';

export interface AppliedDecisions {
  rejected: TickReport['rejected'];
  campaigns: Campaign[];
  /** one-off costs paid this tick, by action type */
  costsByType: Partial<Record<ActionType, number>>;
  acquisitionSpend: Partial<Record<Campaign['channel'], number>>;
  /** surveys run at the end of the tick (after the customer loop) */
  surveys: {
    method: 'questionnaire' | 'clientMystere';
    sampleSize: number;
    actionIndex: number;
  }[];
  /** data collections applied this tick, with their result (for the KPIs) */
  dataCollections: DataCollectionKpi[];
}

function addCost(out: AppliedDecisions, type: ActionType, amount: number): void {
  out.costsByType[type] = (out.costsByType[type] ?? 0) + amount;
}

function alive(members: Int32Array, lostTick: Int32Array): Int32Array {
  let k = 0;
  const out = new Int32Array(members.length);
  for (let j = 0; j < members.length; j++) if (lostTick[members[j]] === NO_TICK) out[k++] = members[j];
  return out.slice(0, k);
}

export function applyDecisions(ctx: TickContext, actions: readonly Action[]): AppliedDecisions {
  const state = ctx.state;
  const scenario = ctx.scenario;
  const out: AppliedDecisions = {
    rejected: [],
    campaigns: [],
    costsByType: {},
    acquisitionSpend: {},
    surveys: [],
    dataCollections: [],
  };
  const reject = (actionIndex: number, reason: RefusalReason) => out.rejected.push({ actionIndex, reason });
  // what the running programmes and the surveys decided this tick will cost: not available to new actions
  // the rule the page's estimate steps too (budgetGate.ts gateDecisions)
  const gate = budgetGate(() => state.budget, actions.length > 0 ? committedBudget(ctx) : 0);
  actions.forEach((action, a) => {
    if ((STRATEGIES as readonly string[]).includes(action.type) && !scenario.strategies.includes(action.type as Strategy))
      return reject(a, 'strategieIndisponible');
    switch (action.type) {
      case 'financier':
      case 'lienSocial':
      case 'personnalisation':
      case 'customisation': {
        const notLost = alive(selectTarget(state, action.target), state.customers.lostTick);
        if (notLost.length === 0) return reject(a, 'cibleVide');
        // an e-mail or SMS contact reaches only the customers who consented (RGPD, consent.ts)
        const targeted = needsConsent(action.instrument) ? withConsent(notLost, state.customers.consent) : notLost;
        if (targeted.length === 0) return reject(a, 'sansConsentement');
        const { members, control } = splitControlGroup(state.seed, state.tick, a, targeted);
        const cost = estimateFirstTickCost(ctx, action, members);
        if (!gate.fits(cost)) return reject(a, 'budgetInsuffisant');
        gate.launch(cost);
        state.programmes.push(startProgramme(state, scenario, action, a, members, control, notLost.length - targeted.length));
        return;
      }
      case 'collecteDonnees': {
        const members = selectTarget(state, action.target);
        const contacts = countAlive(ctx, members);
        if (contacts === 0) return reject(a, 'cibleVide');
        const cost = contacts * P.DATA_COST_PER_CONTACT[action.instrument];
        if (!gate.fits(cost)) return reject(a, 'budgetInsuffisant');
        const result = collectData(ctx, action.instrument, members, a);
        out.dataCollections.push({ instrument: action.instrument, contacted: result.contacted, accepted: result.accepted, cost });
        state.budget -= cost;
        addCost(out, 'collecteDonnees', cost);
        return;
      }
      case 'enquete': {
        const unit = action.instrument === 'questionnaire' ? P.SURVEY_COST_PER_RESPONDENT : P.MYSTERY_COST_PER_VISIT;
        if (!gate.fits(action.sampleSize * unit)) return reject(a, 'budgetInsuffisant');
        gate.survey(action.sampleSize * unit);
        out.surveys.push({
          method: action.instrument,
          sampleSize: action.sampleSize,
          actionIndex: a,
        });
        return;
      }
      case 'politiqueReclamations':
        state.complaintPolicy = COMPLAINT_POLICIES.indexOf(action.level);
        ctx.complaintPolicy = state.complaintPolicy;
        return;
      case 'acquisition': {
        if (!scenario.acquisitionChannels.includes(action.channel)) return reject(a, 'canalIndisponible');
        if (!gate.fits(action.budget)) return reject(a, 'budgetInsuffisant');
        state.budget -= action.budget;
        addCost(out, 'acquisition', action.budget);
        out.acquisitionSpend[action.channel] = (out.acquisitionSpend[action.channel] ?? 0) + action.budget;
        out.campaigns.push({
          channel: action.channel,
          budget: action.budget,
          actionIndex: a,
          spent: action.budget,
        });
        return;
      }
      case 'arreterProgramme': {
        const prog = state.programmes.find((p) => p.id === action.programmeId);
        if (!prog || !isRunning(prog)) return reject(a, 'programmeInconnu');
        gate.stop(runningTickCost(ctx, prog));
        stopProgramme(state, prog);
        return;
      }
    }
  });
  return out;
}

/**
 * After the recruits (acquisition.ts recruit): what a campaign did not spend of its budget goes back to
 * the budget and out of the tick's costs (a referral campaign pays only the invitations it sent and the
 * rewards of the referrals that came).
 */
export function settleCampaigns(state: SimState, applied: AppliedDecisions): void {
  for (const campaign of applied.campaigns) {
    const unspent = campaign.budget - campaign.spent;
    if (unspent <= 0) continue;
    state.budget += unspent;
    applied.costsByType.acquisition = (applied.costsByType.acquisition ?? 0) - unspent;
    applied.acquisitionSpend[campaign.channel] = (applied.acquisitionSpend[campaign.channel] ?? 0) - unspent;
  }
}

/** What the surveys decided this tick reserve (their full sample paid at the end of the tick). */
export function reservedSurveyCost(applied: AppliedDecisions): number {
  let total = 0;
  for (const s of applied.surveys) total += s.sampleSize * (s.method === 'questionnaire' ? P.SURVEY_COST_PER_RESPONDENT : P.MYSTERY_COST_PER_VISIT);
  return total;
}

/** Runs the surveys decided this tick (after the customer loop, so they measure this tick). */
export function runSurveys(ctx: TickContext, applied: AppliedDecisions): void {
  for (const s of applied.surveys) {
    const m =
      s.method === 'questionnaire' ? questionnaire(ctx, s.sampleSize, s.actionIndex) : mysteryShopping(ctx, s.sampleSize, s.actionIndex);
    const unit = s.method === 'questionnaire' ? P.SURVEY_COST_PER_RESPONDENT : P.MYSTERY_COST_PER_VISIT;
    const cost = m.sampleSize * unit;
    ctx.state.budget -= cost;
    addCost(applied, 'enquete', cost);
    if (m.sampleSize > 0) ctx.state.lastMeasurement = m;
  }
}
