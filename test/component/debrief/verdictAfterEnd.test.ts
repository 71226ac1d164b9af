/**
 * A programme launched in the game's last periods is measured too briefly for a verdict, and its verdict period would come
 * after the last one: no « verdict après la semaine N » of a period never played (programmeEffectText.ts verdictKey), in
 * the Bilan's overall ROI, the charts' comparison and every screen that passes the game's last period.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DebriefCosts from '../../../src/ui/debrief/sections/DebriefCosts.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { moneySummary } from '../../../src/ui/debrief/moneySummary.ts';
import { effectStatusText, verdictKey } from '../../../src/ui/dashboard/programmeEffectText.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpi, makeKpiSeries } from '../../fixtures/kpis.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** a coupon launched in the third period of four, a loss beyond its interval, read after 2 periods (tooEarly) */
const late: ProgrammeKpi = { ...makeKpi(0).programmes[0], id: '2:0', startTick: 2, controlGroup: 150, costToDate: 1000, incrementalMarginToDate: 300, incrementalMarginError: 200, roi: -0.7 };

describe('a verdict that would come after the game’s last period', () => {
  it('is not promised: the verdict period after the last one says it cannot be judged, up to it the verdict week stays', () => {
    // judged after its 4th period measured: tick 5, the 6th period
    expect(verdictKey(late, 3, 3)).toBe('tooEarlyAfterEnd');
    expect(verdictKey(late, 5, 3)).toBe('tooEarly');
    expect(verdictKey(late, undefined, 3)).toBe('tooEarly');
    expect(norm(effectStatusText('fr', late, 'week', 4, 3))).toBe(
      'trop tôt pour conclure : cet écart peut venir du hasard ; lancé trop près de la fin de la partie (elle s’arrête avant la semaine 6), il ne peut pas être jugé',
    );
    // a monthly shop: « jusqu’à le mois 6 » was not French (QA qa32optician m1 family)
    expect(norm(effectStatusText('fr', late, 'month', 4, 3))).toContain('(elle s’arrête avant le mois 6), il ne peut pas être jugé');
    expect(norm(effectStatusText('en', late, 'month', 4, 3))).toMatch(/launched too close to the end of the game to be measured through month 6, it cannot be judged$/);
    expect(norm(effectStatusText('fr', late, 'week', 5, 3))).toMatch(/verdict après la semaine 6$/);
  });

  it('in the Bilan’s overall ROI, given the game’s last period', () => {
    const money = moneySummary(makeKpiSeries(4, (k) => ({ ...k, programmes: k.tick >= 2 ? [late] : [] })));
    render(DebriefCosts, { money, format: debriefFormat('fr', 'week'), lastTick: 3 });
    const text = norm(screen.getByTestId('overall-roi').textContent);
    // the shop's unit, not « la période 6 »
    expect(text).toContain('lancé trop près de la fin de la partie (elle s’arrête avant la semaine 6), il ne peut pas être jugé');
    expect(text).not.toContain('il faudrait');
    expect(text).not.toContain('verdict après');
  });
});
