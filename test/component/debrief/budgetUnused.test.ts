/** QA class 5: the Bilan's « Ce que dit le cours » says the budget never spent, in euros and as a share, in French typography. */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefCourse from '../../../src/ui/debrief/sections/DebriefCourse.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const decisions: DecisionsLog = [{ tick: 0, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.2, target: {} }] }];
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the Bilan on a budget left unspent at the end', () => {
  afterEach(() => setLocale('fr'));

  it('says the amount and the programmes the budget stopped that were not started again', () => {
    // 8 periods, 400 € spent each, 5 800 € left; the coupons stopped for lack of budget at week 5
    const kpis = makeKpiSeries(8, (k) => ({ ...k, programmes: k.programmes.map((p) => ({ ...p, endTick: 4, suspendedMembers: 120 })) }));
    render(DebriefCourse, { findings: courseFindings(kpis, decisions, [], { durationTicks: 8 }), format: debriefFormat('fr', 'week') });
    const item = screen.getAllByRole('listitem').map((li) => plain(li.textContent)).find((text) => text.includes('jamais servi'));
    expect(item).toContain('5 800 € du budget n’ont jamais servi (64,4 % de ce qu’il a reçu) : 1 programme arrêté faute de budget n’a pas été relancé.');
  });
});
