/**
 * selectTarget: resolves a Target filter (decisions.ts) to customer indexes, ascending.
 * Every given criterion must hold (AND); a list matches any of its values (OR); `limit` keeps
 * the first ones in index order up to that many customers not lost: a lost customer never counts in the limit, since
 * no programme or collection reaches him (actions.ts; « 300 au plus » enrolled 197, model audit F16), but stays in the
 * selection as without a limit, shown apart by the preview (app/enrolment.ts). One pass over typed arrays, no allocation per customer, so
 * the interface can call it live on 100,000 customers to show the count.
 */
import type { Target } from './decisions.ts';
import { customerTown } from './identity.ts';
import { NO_TICK, type SimState } from './state.ts';
import { CHANNELS, COURSE_SEGMENTS, LADDER, MOTIVES, RF_SEGMENTS, STAGES } from './vocabulary.ts';

/** A 256-entry membership table for a list of vocabulary ids (null = criterion absent). */
function codeSet(list: readonly string[] | undefined, vocabulary: readonly string[]): Uint8Array | null {
  if (!list) return null;
  const set = new Uint8Array(256);
  for (const id of list) {
    const code = vocabulary.indexOf(id);
    if (code >= 0) set[code] = 1;
  }
  return set;
}

export function selectTarget(state: SimState, target: Target): Int32Array {
  const c = state.customers;
  const n = state.n;
  const segments = codeSet(target.segments, COURSE_SEGMENTS);
  const rfSegments = codeSet(target.rfSegments, RF_SEGMENTS);
  const stages = codeSet(target.stages, STAGES);
  const ladder = codeSet(target.ladder, LADDER);
  const motives = codeSet(target.motives, MOTIVES);
  const channels = codeSet(target.channels, CHANNELS);
  const towns = target.towns ? new Set(target.towns) : null;
  const [rMin, rMax] = target.r ?? [0, 255];
  const [fMin, fMax] = target.f ?? [0, 255];
  const [mMin, mMax] = target.m ?? [0, 255];
  const card = target.loyaltyCard === undefined ? -1 : target.loyaltyCard ? 1 : 0;
  const club = target.clubMember === undefined ? -1 : target.clubMember ? 1 : 0;
  const minData = target.minDataKnown ?? -1;
  const limit = target.limit ?? Infinity;
  const lost = c.lostTick;

  let ids: Int32Array | null = null;
  if (target.customerIds) {
    ids = Int32Array.from(new Set(target.customerIds)).sort();
  }
  const count = ids ? ids.length : n;
  const out = new Int32Array(count);
  let k = 0;
  let kept = 0;
  for (let j = 0; j < count && kept < limit; j++) {
    const i = ids ? ids[j] : j;
    if (i >= n) break;
    if (segments && !segments[c.segment[i]]) continue;
    if (rfSegments && !rfSegments[c.rfSegment[i]]) continue;
    if (stages && !stages[c.stage[i]]) continue;
    if (ladder && !ladder[c.ladder[i]]) continue;
    if (motives && !motives[c.motive[i]]) continue;
    if (channels && !channels[c.channel[i]]) continue;
    if (c.r[i] < rMin || c.r[i] > rMax) continue;
    if (c.f[i] < fMin || c.f[i] > fMax) continue;
    if (c.m[i] < mMin || c.m[i] > mMax) continue;
    if (card >= 0 && c.loyaltyCard[i] !== card) continue;
    if (club >= 0 && c.clubMember[i] !== club) continue;
    if (c.dataKnown[i] < minData) continue;
    if (towns && !towns.has(customerTown(state.seed, i))) continue;
    out[k++] = i;
    if (lost[i] === NO_TICK) kept++;
  }
  return out.slice(0, k);
}
