/**
 * Which segment a customer's scores fall in: the course's five segments (precedence in rfm.ts's
 * header) and the R x F map of MODEL.md, and in the simulation the lifecycle facts that win over the
 * scores (courseSegmentInLife, rfSegmentInLife). Apart from the scoring so that the interface's RFM
 * grid reads the map without the scoring code (rfm.ts, ~2 KB compressed on the learner's page).
 */
import { COURSE_SEGMENTS, RF_SEGMENTS, type RfSegment } from './vocabulary.ts';

const SCORES = 5;

const SEG_NOUVEAU = COURSE_SEGMENTS.indexOf('nouveau');
const SEG_TRES_BON = COURSE_SEGMENTS.indexOf('tresBon');
const SEG_BON = COURSE_SEGMENTS.indexOf('bon');
const SEG_FUTUR_NON_CLIENT = COURSE_SEGMENTS.indexOf('futurNonClient');
const SEG_INACTIF = COURSE_SEGMENTS.indexOf('inactif');

/** Index into COURSE_SEGMENTS (precedence in the file header), -1 if not scored. */
export function courseSegment(r: number, f: number, m: number, isNew: boolean): number {
  if (r < 1 || f < 1 || m < 1) return -1;
  if (isNew) return SEG_NOUVEAU;
  if (r === 1) return SEG_INACTIF;
  if (r === 2 || (r === 3 && f <= 2)) return SEG_FUTUR_NON_CLIENT;
  if (r >= 4 && f >= 4 && m >= 4) return SEG_TRES_BON;
  return SEG_BON;
}

/**
 * What the simulation knows of a customer's lifecycle beyond the scores (lifecycle.ts): nothing
 * special, dormant, or lost (stage perdu). An imported file knows no stage: its customers are LIFE_ANY.
 */
export const LIFE_ANY = 0;
export const LIFE_DORMANT = 1;
export const LIFE_LOST = 2;
export const LIFE_KINDS = 3;

/**
 * The course segment when the lifecycle is known: the visible stage wins over the scores. A lost
 * customer (stage perdu) has left: he is inactif (to be won back like a prospect, CONCEPTS.md) however
 * good his purchases of the last 12 months were. A dormant customer has stopped buying for a while:
 * scores that would make him a bon or très bon client make him a futur non-client (at risk of leaving).
 */
export function courseSegmentInLife(r: number, f: number, m: number, isNew: boolean, life: number): number {
  const seg = courseSegment(r, f, m, isNew);
  if (seg < 0) return seg;
  if (life === LIFE_LOST) return SEG_INACTIF;
  if (life === LIFE_DORMANT && (seg === SEG_BON || seg === SEG_TRES_BON)) return SEG_FUTUR_NON_CLIENT;
  return seg;
}

const rf = (id: RfSegment): number => RF_SEGMENTS.indexOf(id);
/** RF_GRID[(r - 1) * 5 + (f - 1)]: the R x F map of MODEL.md. */
const RF_GRID: readonly number[] = [
  // r = 1: f = 1..5
  rf('hibernating'), rf('hibernating'), rf('atRisk'), rf('atRisk'), rf('cantLoseThem'),
  // r = 2
  rf('hibernating'), rf('hibernating'), rf('atRisk'), rf('atRisk'), rf('cantLoseThem'),
  // r = 3
  rf('aboutToSleep'), rf('aboutToSleep'), rf('needAttention'), rf('loyal'), rf('loyal'),
  // r = 4
  rf('promising'), rf('potentialLoyalists'), rf('potentialLoyalists'), rf('loyal'), rf('loyal'),
  // r = 5
  rf('new'), rf('potentialLoyalists'), rf('potentialLoyalists'), rf('champions'), rf('champions'),
];

/** Index into RF_SEGMENTS, -1 if not scored. */
export function rfSegment(r: number, f: number): number {
  if (r < 1 || r > SCORES || f < 1 || f > SCORES) return -1;
  return RF_GRID[(r - 1) * SCORES + (f - 1)];
}

/**
 * The R x F segment when the lifecycle is known: a lost customer is off the map (-1), which sorts the
 * customers who still buy from the shop; the others are placed by their scores.
 */
export function rfSegmentInLife(r: number, f: number, life: number): number {
  return life === LIFE_LOST ? -1 : rfSegment(r, f);
}
