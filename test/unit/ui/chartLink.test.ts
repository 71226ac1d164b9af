/** The charts screen's address for one programme's members-vs-control-group card (chartLink.ts), and back. */
import { describe, expect, it } from 'vitest';
import { comparisonIn, comparisonParam } from '../../../src/ui/charts/chartLink.ts';
import { hrefOf, parseHash } from '../../../src/app/routes.ts';

describe('the comparison card’s link', () => {
  it('names the latest programme with a control group, none without one', () => {
    expect(comparisonParam([{ id: '0:0', controlGroup: 30 }, { id: '1:0', controlGroup: 45 }, { id: '2:0', controlGroup: 0 }])).toBe('comparison:1:0');
    expect(comparisonParam([{ id: '0:0', controlGroup: 0 }])).toBeNull();
  });

  it('survives the address (a programme id holds colons) and is read back by the charts screen', () => {
    const param = comparisonParam([{ id: '3:1', controlGroup: 30 }])!;
    expect(comparisonIn(parseHash(hrefOf('charts', param)).param)).toEqual({ programme: '3:1' });
    expect(comparisonIn('comparison')).toEqual({ programme: null });
    expect(comparisonIn(undefined)).toBeNull();
    expect(comparisonIn('chart-turnover')).toBeNull();
  });
});
