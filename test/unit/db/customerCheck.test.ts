import { describe, expect, it } from 'vitest';
import { customerRecordOf } from '../../../src/db/customerCheck.ts';
import { customerRecordSchema } from '../../../src/db/recordSchemas.ts';
import type { CustomerRecord } from '../../../src/engine/types.ts';

const valid: CustomerRecord = {
  id: 12,
  firstName: 'Léa',
  lastName: 'Martin',
  age: 34,
  town: 2,
  motive: 'confort',
  channel: 'magasin',
  firstPurchaseTick: 0,
  lastPurchaseTick: 5,
  purchasesTotal: 7,
  spendTotal: 84.5,
  loyaltyCard: true,
  clubMember: false,
  stage: 'actif',
  ladder: 'client',
  r: 4,
  f: 3,
  m: 2,
  segment: 'bon',
  rfSegment: null,
  measuredSatisfaction: 0.7,
  dataKnown: 0.4,
  consent: true,
  referred: false,
  departureCause: null,
};

/** Values tried in every field: valid ones of some fields, and what a damaged record may hold. */
const ODD = [
  null,
  undefined,
  -1,
  0,
  1,
  5,
  6,
  130,
  131,
  0.5,
  1.5,
  Number.NaN,
  Infinity,
  2 ** 53,
  '',
  'x'.repeat(101),
  'Léa',
  'actif',
  'perdu',
  'bon',
  'prix',
  true,
  [],
  {},
];

describe('customerRecordOf (the customers screen, without zod)', () => {
  it('gives customerRecordSchema’s answer for every field given every odd value, one and two at a time', () => {
    const keys = Object.keys(valid) as (keyof CustomerRecord)[];
    const inputs: unknown[] = [valid, { ...valid, extra: 1 }, null, [], 'client', { ...valid, firstName: undefined }];
    for (const key of keys) for (const value of ODD) inputs.push({ ...valid, [key]: value });
    for (let i = 0; i < keys.length; i++)
      for (const value of ODD) inputs.push({ ...valid, [keys[i]]: value, [keys[(i * 7 + 3) % keys.length]]: ODD[(i * 5) % ODD.length] });
    let accepted = 0;
    for (const input of inputs) {
      const zods = customerRecordSchema.safeParse(input);
      const ours = customerRecordOf(input);
      expect(ours !== null, JSON.stringify(input)).toBe(zods.success);
      if (ours && zods.success) {
        expect(ours).toStrictEqual(zods.data);
        accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(50);
  });

  it('keeps a record’s own fields only', () => {
    expect(customerRecordOf({ ...valid, note: '<b>x</b>' })).toStrictEqual(valid);
    expect(customerRecordOf({ ...valid, r: 6 })).toBeNull();
  });
});
