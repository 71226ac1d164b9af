import { describe, expect, it } from 'vitest';
import { familyOf, type TimelineSummary } from '../../../src/app/whatif/branchStore.ts';

function run(id: string, parentRunId: string | null, createdAt: string): TimelineSummary {
  return { id, name: id, parentRunId, branchTick: parentRunId ? 2 : null, tick: 5, mode: 'sandbox', createdAt };
}

describe('familyOf', () => {
  const runs = [
    run('other', null, '2026-01-01'),
    run('main', null, '2026-01-02'),
    run('b2', 'main', '2026-01-04'),
    run('b1', 'main', '2026-01-03'),
    run('b1a', 'b1', '2026-01-05'),
  ];

  it('climbs to the original run and lists it and its branches depth first, older first', () => {
    const family = familyOf(runs, 'b1a');
    expect(family.map((r) => [r.id, r.depth])).toEqual([
      ['main', 0],
      ['b1', 1],
      ['b1a', 2],
      ['b2', 1],
    ]);
    expect(familyOf(runs, 'other').map((r) => r.id)).toEqual(['other']);
  });

  it('copes with a deleted parent, an unknown run and a cycle', () => {
    expect(familyOf([run('orphan', 'gone', 'x')], 'orphan').map((r) => r.id)).toEqual(['orphan']);
    expect(familyOf(runs, 'nope')).toEqual([]);
    const cycle = [run('x', 'y', '1'), run('y', 'x', '2')];
    expect(familyOf(cycle, 'x').length).toBeGreaterThan(0);
  });
});
