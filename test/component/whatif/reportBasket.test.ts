/**
 * A period's report gives the average basket to the cent, as the dashboard's « Panier moyen » lever does. QA hqa F5
 * (bakery, week 6 report): « Panier moyen 7 € » where the dashboard said 6,58 € in week 1 and the week's own figure was
 * 6,74 € (12 679 € ÷ 1 880 achats): for a bakery's basket a euro is a 15 % difference.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PastTicks from '../../../src/ui/whatif/PastTicks.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const kpis = makeKpiSeries(1, (k) => ({ ...k, turnover: 12679, purchases: 1880, averageBasket: 12679 / 1880 }));

describe('the period report’s average basket', () => {
  it('is given to the cent', async () => {
    const user = userEvent.setup();
    render(PastTicks, { unit: 'week', kpis, decisions: [], rejections: [], canBranch: () => false, busy: false, onbranch: () => {} });
    await user.click(screen.getByRole('button', { name: 'Rapport de la semaine 1' }));
    const report = screen.getByRole('region', { name: /^Rapport/ });
    const term = within(report).getByText('Panier moyen');
    expect(norm(term.nextElementSibling?.textContent ?? null)).toBe('6,74 €');
  });
});
