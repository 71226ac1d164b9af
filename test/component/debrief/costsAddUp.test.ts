/**
 * The Bilan's « Dépenses par type d’action » adds up to « Dépenses marketing cumulées » (QA qa18 F1): each line was
 * rounded on its own, and in 3 of 4 mission Bilans the lines came to 1 € less than the total a student checks them against.
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DebriefCosts from '../../../src/ui/debrief/sections/DebriefCosts.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { moneySummary } from '../../../src/ui/debrief/moneySummary.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import DebriefScreen from '../../../src/ui/debrief/DebriefScreen.svelte';
import type { TickReport } from '../../../src/engine/types.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const euros = (text: string | null) => Number((text ?? '').replace(/[^\d-]/g, ''));
/** mission 6's shape: customisation, a referral campaign and the complaint policy, cents that round down on each line */
const money = moneySummary(
  makeKpiSeries(2, (k) =>
    k.tick === 0
      ? { ...k, costs: 3990.55, costsByType: { customisation: 3267.3, acquisition: 500.0, politiqueReclamations: 223.25 }, acquisitionSpendByChannel: { parrainage: 300.3, emailing: 199.7 } }
      : { ...k, costs: 0.4, costsByType: { acquisition: 0.2, politiqueReclamations: 0.2 }, acquisitionSpendByChannel: { parrainage: 0.2 } },
  ),
);
const amounts = (caption: string) =>
  within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => euros(within(row).getByRole('cell').textContent));

describe('Bilan: the spending lines add up to the total', () => {
  it('the lines by action type sum to « Dépenses marketing cumulées », each within a euro of its value', () => {
    expect(Math.round(3267.3) + Math.round(500.2) + Math.round(223.45)).toBe(3990);
    // DebriefSummary writes « Dépenses marketing cumulées » as format.money(money.costs)
    const total = euros(debriefFormat('fr', 'week').money(money.costs));
    expect(total).toBe(3991);
    render(DebriefCosts, { money, format: debriefFormat('fr', 'week') });
    const lines = amounts('Dépenses par type d’action');
    expect(lines.reduce((s, x) => s + x, 0)).toBe(total);
    expect(lines).toEqual([3267, 500, 224]);
  });

  it('the channels sum to the acquisition line', () => {
    render(DebriefCosts, { money, format: debriefFormat('fr', 'week') });
    const acquisition = amounts('Dépenses par type d’action')[1];
    const channels = amounts('Dépenses d’acquisition par canal');
    expect(channels.reduce((s, x) => s + x, 0)).toBe(acquisition);
  });
});

describe('Bilan: a programme’s cost is its type’s line (QA qa19 F12)', () => {
  it('the programmes table writes the cost the line by type writes, not a euro apart', () => {
    // 1 441,45 € of coupons and 3 560,40 € of complaints: 5 002 € in all, the coupons' line 1 442 € (largest remainder),
    // rounded on its own the programme read 1 441 € (« Lien social 1 442 € » beside « Club clients … 1 441 € »)
    const kpis = makeKpiSeries(1, (k) => ({
      ...k,
      costs: 5001.85,
      costsByType: { financier: 1441.45, politiqueReclamations: 3560.4 },
      programmes: [{ ...k.programmes[0], costThisTick: 1441.45, costToDate: 1441.45 }],
    }));
    render(DebriefScreen, { scenario: fixtureScenario(), kpis, reports: [] as unknown as TickReport[], decisions: [] });
    const types = within(screen.getByRole('table', { name: 'Dépenses par type d’action' }));
    expect(euros(within(types.getByRole('rowheader', { name: 'Avantage financier' }).closest('tr')!).getByRole('cell').textContent)).toBe(1442);
    const table = screen.getByRole('table', { name: 'Effet de chaque action de fidélisation' });
    const row = within(table).getByRole('rowheader', { name: 'Bons de réduction' }).closest('tr')!;
    expect(euros(within(row).getAllByRole('cell')[4].textContent)).toBe(1442);
  });
});
