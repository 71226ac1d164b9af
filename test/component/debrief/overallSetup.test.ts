/**
 * The Bilan's overall ROI follows the per-programme set-up rule (c4df0ea, 4744f9a): a sum holding a programme still in its
 * set-up gave « perte démontrée » while that programme's own line said « en mise en place ». Now the overall verdict is not
 * given while one is in set-up, and a loss to date due to the running programmes' one-off set-up is told as such.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DebriefCosts from '../../../src/ui/debrief/sections/DebriefCosts.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { moneySummary } from '../../../src/ui/debrief/moneySummary.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpi, makeKpiSeries } from '../../fixtures/kpis.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const base = makeKpi(0).programmes[0];
/** a coupon from week 1, a small proven loss alone: 1 000 € spent, 300 € ± 200 € of margin */
const coupon: ProgrammeKpi = { ...base, id: '0:0', startTick: 0, controlGroup: 150, costToDate: 1000, incrementalMarginToDate: 300, incrementalMarginError: 200, roi: -0.7 };
/** the tester's relance, launched week 1, still in set-up until week 7: 1 270 € spent of which 1 104 € set-up */
const relance: ProgrammeKpi = {
  ...base,
  id: '0:1',
  type: 'personnalisation',
  strategy: 'personnalisation',
  instrument: 'relancePersonnalisee',
  startTick: 0,
  targeted: 368,
  controlGroup: 141,
  costToDate: 1270,
  incrementalMarginToDate: 51,
  incrementalMarginError: 420,
  roi: -0.96,
  setupUntilTick: 6,
  setupCost: 1104,
};
const money = (programmes: ProgrammeKpi[]) => moneySummary(makeKpiSeries(4, (k) => ({ ...k, programmes })));
const overall = () => norm(screen.getByTestId('overall-roi').textContent);

describe('Bilan: the overall ROI and the programmes in set-up', () => {
  afterEach(() => setLocale('fr'));

  it('is not « perte démontrée » while one of its programmes is in set-up: it says how many and gives no overall verdict', () => {
    render(DebriefCosts, { money: money([coupon, relance]), format: debriefFormat('fr', 'week') });
    const text = overall();
    expect(text).toContain('ROI global des 2 programmes de fidélisation');
    expect(text).toContain('verdict d’ensemble non donné : 1 de ces programmes est encore en mise en place');
    expect(text).not.toContain('perte démontrée');
  });

  it('alone in the sum, the programme in set-up is named as such, not « de ces programmes »', () => {
    render(DebriefCosts, { money: money([relance]), format: debriefFormat('fr', 'week') });
    const text = overall();
    expect(text).toContain('ROI du seul programme de fidélisation');
    expect(text).toContain('verdict non donné : ce programme est encore en mise en place');
    expect(text).not.toContain('perte démontrée');
  });

  it('past the set-up, a loss the margin would cover without the running programmes’ set-up is « perte à ce jour, due à sa mise en place »', () => {
    // the same two programmes at week 8: 2 600 € spent, margin 1 000 € ± 600 € (top 1 600 € ≥ 2 600 − 1 104 €)
    const past = { ...relance, setupUntilTick: undefined, costToDate: 1600, incrementalMarginToDate: 700, incrementalMarginError: 560 };
    render(DebriefCosts, { money: money([coupon, past]), format: debriefFormat('fr', 'week') });
    const text = overall();
    expect(text).toContain('perte à ce jour, due à sa mise en place : sans les 1 104 € de mise en place');
    expect(text).not.toContain('perte démontrée');
  });

  it('a stopped programme’s set-up is part of its cost: the sum is then a proven loss, as its own line says', () => {
    const stopped = { ...relance, setupUntilTick: undefined, endTick: 10, costToDate: 1600, incrementalMarginToDate: 700, incrementalMarginError: 560 };
    render(DebriefCosts, { money: money([coupon, stopped]), format: debriefFormat('fr', 'week') });
    expect(overall()).toContain('perte démontrée');
  });

  it('in English too, with real plural forms', async () => {
    await setLocale('en');
    const relance2 = { ...relance, id: '0:2' };
    const { unmount } = render(DebriefCosts, { money: money([coupon, relance, relance2]), format: debriefFormat('en', 'week') });
    expect(overall()).toContain('no overall verdict: 2 of these programmes are still being set up');
    expect(overall()).not.toContain('loss proven');
    unmount();
    render(DebriefCosts, { money: money([coupon, relance]), format: debriefFormat('en', 'week') });
    expect(overall()).toContain('no overall verdict: 1 of these programmes is still being set up');
  });
});
