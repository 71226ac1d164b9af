/**
 * QA learner 2: the « Coût estimé de la période » card said « Total estimé 894 € », « Budget disponible 1 027 € », then
 * that the budget « ne peut pas payer » a programme: the engine first sets aside each running programme's expected cost
 * x BUDGET_PRUDENCE_MARGIN (1 073 €), which the card never showed, nor the glass box's rule. And with no decision at
 * all, only running programmes over the budget, it said « Retirez ou réduisez des décisions ».
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import PeriodBudget from '../../../src/ui/decisions/PeriodBudget.svelte';
import type { PeriodCost } from '../../../src/app/periodCost.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { glassBox } from '../../../src/ui/glassBox/glassBoxFigures.ts';
import { glassSentence } from '../../../src/ui/glassBox/glassText.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { testScenario } from '../../unit/engine/fixtures.ts';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');
const cost = (over: Partial<PeriodCost>): PeriodCost => ({
  programmes: 894,
  decisions: [],
  shown: { programmes: Math.round(over.programmes ?? 894), decisions: (over.decisions ?? []).reduce((sum, c) => sum + Math.round(c), 0) },
  total: 894,
  available: 1027,
  over: false,
  reserved: 1073,
  runway: null,
  gate: [],
  refused: [],
  plan: null,
  ...over,
});

describe('the period card shows the reserve the engine sets aside, with its margin', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, label: 'Réserve des programmes en cours, avec la marge de prudence ×1,3', value: '1 073 €' },
    { lang: 'en' as const, label: 'Running programmes’ reserve, with the safety margin ×1.3', value: '€1,073' },
  ])('beside the total and the budget available ($lang)', async ({ lang, label, value }) => {
    await setLocale(lang);
    render(PeriodBudget, { cost: cost({}), budgetLeft: 677, income: 350, unit: 'week' });
    const dd = screen.getByTestId('budget-reserved');
    expect(plain(dd.textContent)).toBe(value);
    expect(plain(dd.previousElementSibling?.textContent)).toBe(label);
  });

  it('no reserve row without a running programme', () => {
    render(PeriodBudget, { cost: cost({ programmes: 0, total: 0, reserved: 0 }), budgetLeft: 677, income: 350, unit: 'week' });
    expect(screen.queryByTestId('budget-reserved')).toBeNull();
  });

  it.each([
    { lang: 'fr' as const, stop: 'arrêtez un programme avant d’avancer', remove: 'Retirez ou réduisez des décisions' },
    { lang: 'en' as const, stop: 'stop a programme before advancing', remove: 'Remove or reduce decisions' },
  ])('only running programmes over the budget: stop a programme, not « remove decisions » ($lang)', async ({ lang, stop, remove }) => {
    await setLocale(lang);
    const { unmount } = render(PeriodBudget, { cost: cost({ programmes: 760, total: 760, available: 564, over: true, reserved: 988 }), budgetLeft: 214, income: 350, unit: 'week' });
    const over = plain(screen.getByTestId('budget-over').textContent);
    expect(over).toContain(stop);
    expect(over).not.toContain(remove);
    unmount();
    // a decision that costs something: removing it is still the way
    render(PeriodBudget, { cost: cost({ programmes: 760, decisions: [200], total: 960, available: 564, over: true, reserved: 988 }), budgetLeft: 214, income: 350, unit: 'week' });
    expect(plain(screen.getByTestId('budget-over').textContent)).toContain(remove);
  });

  it('the glass box of the budget says the reserve carries the margin', () => {
    const kpis = [{ tick: 0, budgetLeft: 677, costs: 1000, programmes: [] } as unknown as TickKpis];
    const rule = glassBox('budgetLeft', kpis, testScenario()).rules.find((l) => l.key === 'budget')!;
    expect(plain(glassSentence('fr', 'rule', rule, 'week'))).toContain('multiplié par une marge de prudence de ×1,3');
    expect(glassSentence('en', 'rule', rule, 'week')).toContain('times a safety margin of ×1.3');
  });
});
