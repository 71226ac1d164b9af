/**
 * QA verify3 V2: a discount is counted once. The Bilan's money table says which part of the marketing
 * spend is discounts (paid by the budget, already out of the gross margin), so gross margin − spend
 * − fixed costs ≠ net margin reads as it should; without discounts the row is not there.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DebriefSummary from '../../../src/ui/debrief/sections/DebriefSummary.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { debriefReport } from '../../../src/ui/debrief/debriefReport.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

function money(discounts: number | undefined) {
  const kpis = makeKpiSeries(4, (k) => ({ ...k, discounts }));
  const report = debriefReport(fixtureScenario(), kpis, [], []);
  render(DebriefSummary, { customers: report.customers, money: report.money, format: debriefFormat('fr', 'week') });
  return screen.getByRole('table', { name: /Chiffre d’affaires, marges et budget/ });
}

describe('Bilan: the discounts given, inside the marketing spend', () => {
  afterEach(() => setLocale('fr'));

  it('shows them under the spend, said to be already out of the gross margin', () => {
    const table = money(150);
    const row = within(table).getByRole('rowheader', { name: /dont remises accordées/ }).closest('tr')!;
    expect(norm(row.textContent)).toMatch(/déjà retirées de la marge brute.*600 €$/);
    expect(row.previousElementSibling!.textContent).toMatch(/Dépenses marketing cumulées/);
  });

  it('has no such row without discounts (or in a run saved before they were reported)', () => {
    expect(within(money(0)).queryByText(/remises accordées/)).toBeNull();
  });

  it('and says it in English', async () => {
    await setLocale('en');
    const kpis = makeKpiSeries(4, (k) => ({ ...k, discounts: 150 }));
    const report = debriefReport(fixtureScenario(), kpis, [], []);
    render(DebriefSummary, { customers: report.customers, money: report.money, format: debriefFormat('en', 'week') });
    expect(screen.getByRole('rowheader', { name: /of which discounts given/ })).toBeInTheDocument();
  });
});
