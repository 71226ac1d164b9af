/**
 * The lifecycle stages and loyalty rungs a customer record can be at, for the customer table's stage filter and the
 * target builder (QA today 6). STAGES_IN_DATABASE and LADDER keep « prospect » for the funnel and the ladder charts,
 * which add the pool of people the shop can still recruit (engine kpis.ts: prospectsRemaining); but no record is ever
 * a prospect (a recruit arrives at « nouveau », on the rung « acheteur »: engine customers.ts initCustomer), so a
 * filter on it always gave « 0 client » and a target on it was refused as empty. Where prospects are is said in words
 * beside those controls (customers.noProspects, decisions.target.noProspects).
 */
import { LADDER, STAGES_IN_DATABASE, type LadderRung, type Stage } from '../../engine/vocabulary.ts';

export const RECORD_STAGES: readonly Stage[] = STAGES_IN_DATABASE.filter((s) => s !== 'prospect');
export const RECORD_RUNGS: readonly LadderRung[] = LADDER.filter((r) => r !== 'prospect');
