import { describe, expect, it } from 'vitest';
import { checkAction } from '../../../src/engine/actionCheck.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import { ACQUISITION_CHANNELS, CHANNELS, COURSE_SEGMENTS, RF_SEGMENTS } from '../../../src/engine/vocabulary.ts';

/** A small deterministic generator (no Math.random: the same inputs on every run). */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  /** the first value (a valid one) half of the time: enough inputs get through */
  const mostlyFirst = <T>(values: readonly T[]): T => (next() < 0.5 ? values[0] : pick(values));
  return { next, pick, mostlyFirst };
}

const NOT_A_NUMBER = [Number.NaN, Infinity, -Infinity, '3', null, true, [], {}];
const numbers = (lo: number, hi: number) => [lo, hi, (lo + hi) / 2, lo - 0.001, hi + 0.001, Math.floor(lo) - 1, 2 ** 53, 1.5, 0, -1, ...NOT_A_NUMBER];
const ints = (lo: number, hi: number) => [lo, hi, Math.min(hi, lo + 3), lo - 1, hi + 1, lo + 0.5, 2 ** 53, -0, ...NOT_A_NUMBER];
const strings = (valid: readonly string[]) => [...valid, 'autre', '', 3, null, ['coupon'], undefined];

function target(g: ReturnType<typeof generator>): unknown {
  const shape = g.next();
  if (shape < 0.1) return g.pick([null, 'all', [], 3, undefined]);
  const out: Record<string, unknown> = {};
  const lists = (valid: readonly string[]) => [[...valid.slice(0, 2)], [], [valid[0], 'autre'], valid[0], [undefined], null];
  const fields: Record<string, unknown[]> = {
    segments: lists(COURSE_SEGMENTS),
    rfSegments: lists(RF_SEGMENTS),
    stages: lists(['nouveau', 'actif', 'suspect']),
    ladder: lists(['client', 'ambassadeur']),
    motives: lists(['argent', 'confort']),
    r: [[1, 5], [2, 2], [0, 5], [1, 6], [1], [1, 2, 3], [1.5, 2], '1-5', null],
    f: [
      [1, 5],
      [3, 4],
      [5, 1],
    ],
    m: [
      [1, 1],
      [6, 6],
    ],
    towns: [[0, 2], [], [-1], [1.5], 'all'],
    channels: lists(CHANNELS),
    loyaltyCard: [true, false, 'oui', 1, null],
    clubMember: [true, false, 0],
    minDataKnown: numbers(0, 1),
    customerIds: [[0, 4, 9], [], [-2], [1.2], [3, 'x']],
    limit: ints(1, 10_000),
    autre: [1, 'x'],
  };
  for (const [key, values] of Object.entries(fields)) if (g.next() < 0.25) out[key] = g.next() < 0.05 ? undefined : g.mostlyFirst(values);
  return out;
}

function action(g: ReturnType<typeof generator>): unknown {
  if (g.next() < 0.03) return g.pick([null, undefined, 'financier', 3, [], [{ type: 'financier' }]]);
  const type = g.pick([
    'financier',
    'lienSocial',
    'personnalisation',
    'customisation',
    'collecteDonnees',
    'enquete',
    'politiqueReclamations',
    'acquisition',
    'arreterProgramme',
    'inconnu',
    undefined,
    7,
  ]);
  const fields: Record<string, unknown[]> = {
    instrument: strings([
      'coupon',
      'points',
      'remiseVolume',
      'club',
      'evenementPrive',
      'relancePersonnalisee',
      'personalShopper',
      'offreSurMesure',
      'contrat',
      'carteFidelite',
      'jeuConcours',
      'personnel',
      'questionnaire',
      'clientMystere',
    ]),
    discountRate: numbers(0.01, 0.5),
    durationTicks: ints(1, 52),
    sampleSize: ints(5, 5000),
    level: strings(['ignorer', 'standard', 'rapide', 'excellente']),
    channel: strings(ACQUISITION_CHANNELS),
    budget: numbers(0, 1_000_000),
    programmeId: ['0:0', '12:3', '', 4, null],
    extra: ['ignored', 1],
  };
  const out: Record<string, unknown> = { type };
  for (const [key, values] of Object.entries(fields)) if (g.next() < 0.55) out[key] = g.mostlyFirst(values);
  if (g.next() < 0.7) out.target = target(g);
  return out;
}

describe('checkAction (the decisions screen, without zod)', () => {
  it('gives actionSchema’s answer on thousands of inputs: accepted or not, and the same action', () => {
    const g = generator(20261202);
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const input = action(g);
      const ours = checkAction(input);
      const zods = actionSchema.safeParse(input);
      expect(ours.success, JSON.stringify(input)?.slice(0, 300)).toBe(zods.success);
      if (ours.success && zods.success) {
        expect(ours.data).toStrictEqual(zods.data);
        accepted++;
      }
    }
    // both kinds well represented
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(4750);
  });

  it('bounds a target’s customer list as actionSchema does', () => {
    for (const length of [200_000, 200_001]) {
      const input = { type: 'collecteDonnees', instrument: 'personnel', target: { customerIds: Array.from({ length }, (_, i) => i) } };
      expect(checkAction(input).success).toBe(actionSchema.safeParse(input).success);
    }
    expect(
      checkAction({ type: 'collecteDonnees', instrument: 'personnel', target: { customerIds: Array.from({ length: 200_001 }, (_, i) => i) } }).success,
    ).toBe(false);
  });

  it('gives the whole base as target when none is given, drops unknown keys and says « Invalid input » when refused', () => {
    expect(checkAction({ type: 'lienSocial', instrument: 'club', extra: 1 })).toStrictEqual({
      success: true,
      data: { type: 'lienSocial', instrument: 'club', target: {} },
    });
    expect(checkAction({ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { limit: 100, autre: 2 } })).toStrictEqual({
      success: true,
      data: { type: 'financier', instrument: 'coupon', target: { limit: 100 }, discountRate: 0.1 },
    });
    const refused = checkAction({ type: 'financier', instrument: 'coupon', discountRate: 0.9 });
    expect(refused.success).toBe(false);
    if (!refused.success)
      expect(refused.error.issues[0].message).toBe(
        actionSchema.safeParse({ type: 'financier', instrument: 'coupon', discountRate: 0.9 }).error?.issues[0].message,
      );
  });
});
