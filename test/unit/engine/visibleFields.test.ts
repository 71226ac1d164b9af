/**
 * VISIBLE_FIELDS is the contract the app's autosave relies on to send only changed records: a
 * customer's record changes iff one of these arrays changes (the identity depends on seed and id).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, customerRecord, visibleColumns, VISIBLE_FIELDS } from '../../../src/engine/index.ts';
import { CUSTOMER_FIELD_NAMES } from '../../../src/engine/state.ts';
import { testScenario } from './fixtures.ts';

describe('VISIBLE_FIELDS', () => {
  const state = createSimulation(
    testScenario((s) => {
      s.customers.initial = 50;
    }),
    { seed: 3 },
  );

  it.each(CUSTOMER_FIELD_NAMES)('customerRecord depends on %s iff it is listed', (field) => {
    const column = state.customers[field];
    const i = 7;
    const before = customerRecord(state, i);
    const old = column[i];
    const isFloat = column instanceof Float32Array || column instanceof Float64Array;
    column[i] = isFloat ? (old === old ? old + 0.25 : 0.5) : old === 0 ? 1 : 0;
    try {
      const changed = JSON.stringify(customerRecord(state, i)) !== JSON.stringify(before);
      expect(changed).toBe((VISIBLE_FIELDS as readonly string[]).includes(field));
    } finally {
      column[i] = old;
    }
  });

  it('visibleColumns gives the live arrays of the listed fields and the customer count', () => {
    const view = visibleColumns(state);
    expect(view.n).toBe(state.n);
    expect(view.columns).toEqual(VISIBLE_FIELDS.map((k) => state.customers[k]));
    expect(view.columns[0]).toBe(state.customers[VISIBLE_FIELDS[0]]);
  });
});
