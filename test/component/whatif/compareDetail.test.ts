/**
 * QA qa28whatif M1: the comparison gave turnover, customers, retention, margin and budget only; a student explaining why
 * one timeline beats the other needs the turnover's factors, the churn, the measured satisfaction and each programme's ROI.
 * They are now side by side with their gap, written as each timeline's dashboard writes them (same figures). Also m3 (a
 * period B has not played is not « Retiré dans B ») and m4 (a rate's gap in points).
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ComparePanel from '../../../src/ui/whatif/ComparePanel.svelte';
import CompareChart from '../../../src/ui/whatif/CompareChart.svelte';
import { compareTimelines, metricModel } from '../../../src/ui/whatif/compareTimelines.ts';
import LeversPanel from '../../../src/ui/dashboard/LeversPanel.svelte';
import SatisfactionCard from '../../../src/ui/dashboard/SatisfactionCard.svelte';
import ProgrammesTable from '../../../src/ui/dashboard/ProgrammesTable.svelte';
import { formatValue } from '../../../src/ui/dashboard/kpiText.ts';
import { kpiCards } from '../../../src/ui/dashboard/kpiCards.ts';
import { formatMoney, formatPoints } from '../../../src/app/format.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const scenario = fixtureScenario();
const decisionsA: DecisionsLog = [
  {
    tick: 0,
    actions: [
      { type: 'enquete', instrument: 'questionnaire', sampleSize: 60 },
      { type: 'lienSocial', instrument: 'club', target: {} },
    ] as never,
  },
];
function play(decisions: DecisionsLog, ticks: number): TickKpis[] {
  return runSimulation(scenario, { seed: scenario.defaultSeed, ticks, decisions }).reports.map((r) => r.kpis);
}
const kpisA = play(decisionsA, 8);
const kpisB = play([], 6);

function controller(decisionsB: DecisionsLog = []) {
  const a = { decisions: decisionsA, kpis: kpisA, refusals: [] };
  const b = { decisions: decisionsB, kpis: kpisB, refusals: [] };
  return {
    family: [
      { id: 'a', name: 'Boulangerie', parentRunId: null, depth: 0 },
      { id: 'b', name: 'Boulangerie — et si…', parentRunId: 'a', depth: 1 },
    ],
    a: 'a',
    b: 'b',
    timelines: { a, b },
    comparison: {
      ticks: 8,
      metrics: [],
      decisions: [{ tick: 6, a: [decisionsA[0].actions[0]], b: [], onlyA: [decisionsA[0].actions[0]], onlyB: [], kept: [], reordered: false, unplayedIn: 'b' }],
      firstKpiDifference: 0,
      firstDecisionDifference: 0,
    },
    select: () => Promise.resolve(),
  } as never;
}

/** the detail table's cells of a row: [label, A, B, gap] */
function detailRow(id: string): string[] {
  const row = screen.getByTestId('whatif-detail').querySelector(`tr[data-row="${id}"]`)!;
  return [...row.children].map((c) => norm(c.textContent));
}

/** what a timeline's dashboard says: its levers, churn card, satisfaction card and programmes table */
function dashboard(kpis: TickKpis[]) {
  const levers = render(LeversPanel, { kpis, tickUnit: 'week' });
  const lever = (id: string) => norm(levers.container.querySelector(`[data-lever="${id}"] .value`)?.textContent);
  const value = { frequency: lever('frequency').split(' ')[0], averageBasket: lever('averageBasket'), relationshipLength: lever('relationshipLength'), customerValue: norm(levers.getByTestId('customer-value').textContent) };
  levers.unmount();
  // the churn card's value as DashboardResults writes it for KpiCard
  const churnText = norm(formatValue('fr', kpiCards(kpis).find((c) => c.id === 'churn')!.value, 'percent'));
  const satisfaction = render(SatisfactionCard, { kpis, tickUnit: 'week' });
  const satisfactionText = norm(satisfaction.container.querySelector('.value')?.textContent);
  satisfaction.unmount();
  const last = kpis.at(-1)!;
  const programmes = render(ProgrammesTable, { programmes: last.programmes, tickUnit: 'week', through: last.tick });
  const roi = [...programmes.container.querySelectorAll('td.roi')].map((c) => norm(c.textContent));
  programmes.unmount();
  return { ...value, churnText, satisfaction: satisfactionText, roi };
}

afterEach(() => setLocale('fr'));

describe('what explains the gap between two timelines', () => {
  it('writes each timeline’s factors, churn, satisfaction and ROI as its dashboard does, with the gap', () => {
    const dashA = dashboard(kpisA);
    const dashB = dashboard(kpisB);
    render(ComparePanel, { controller: controller(), unit: 'week' });
    const table = screen.getByRole('table', { name: 'Ce qui explique l’écart' });
    expect(within(table).getAllByRole('columnheader').map((h) => norm(h.textContent))).toEqual(['Indicateur', 'A (Semaine 8)', 'B (Semaine 6)', 'Écart (B − A)']);
    for (const id of ['frequency', 'averageBasket', 'relationshipLength'] as const) {
      const [, a, b] = detailRow(id);
      expect(a).toBe(dashA[id]);
      expect(b).toBe(dashB[id]);
    }
    // the product the dashboard works out, « … = 12,34 € »
    const [label, a] = detailRow('customerValue');
    expect(label).toContain('fréquence × panier × durée');
    expect(dashA.customerValue).toContain(`= ${a}`);
    const [, churnA, churnB, churnGap] = detailRow('churn');
    expect(churnA).toBe(dashA.churnText);
    expect(churnB).toBe(dashB.churnText);
    // both timelines have a churn: its gap is in points, B − A (review18 m5)
    const lastA = kpisA.at(-1)!;
    const lastB = kpisB.at(-1)!;
    expect(churnGap).toMatch(/ pt$/);
    expect(churnGap).toBe(`${norm(formatPoints('fr', lastB.churnRate - lastA.churnRate))} pt`);
    // one exact gap B − A: the basket's, signed, as the dashboard writes a basket
    const basketGap = lastB.averageBasket - lastA.averageBasket;
    expect(basketGap).not.toBe(0);
    expect(detailRow('averageBasket')[3]).toBe(`${basketGap > 0 ? '+' : '−'}${norm(formatMoney('fr', Math.abs(basketGap), 2))}`);
    // measured only: A surveyed (with its margin of error), B never did
    const [, satA, satB, satGap] = detailRow('satisfaction');
    expect(satA).toBe(dashA.satisfaction);
    expect(satA).toMatch(/± .* pt/);
    expect(satB).toBe('Non mesurée');
    expect(satGap).toBe('—');
    // the club: its ROI as A's dashboard writes it, not launched in B
    const [roiLabel, roiA, roiB] = detailRow('roi:lienSocial|club|0');
    expect(roiLabel).toBe('ROI — Lien social — Club clients (Semaine 1)');
    expect(roiA).toBe(dashA.roi[dashA.roi.length - 1]);
    expect(roiB).toBe('non lancé');
  });

  it('says it in English too', async () => {
    await setLocale('en');
    render(ComparePanel, { controller: controller(), unit: 'week' });
    expect(screen.getByRole('table', { name: 'What explains the gap' })).toBeInTheDocument();
    expect(detailRow('satisfaction')[2]).toBe('Not measured');
    expect(detailRow('roi:lienSocial|club|0')[2]).toBe('not launched');
  });

  it('does not say « Retiré dans B » for a period B has not played yet (QA qa28whatif m3)', () => {
    render(ComparePanel, { controller: controller(), unit: 'week' });
    const list = norm(document.querySelector('dl.decisions')?.textContent);
    expect(list).not.toContain('Retiré dans B');
    expect(list).toContain('Joué dans A : Enquête');
    expect(list).toContain('B n’a pas encore joué cette semaine : ses décisions de la semaine ne sont pas encore connues (au plus prévues).');
  });

  // « Période pas encore jouée dans B », « à sa dernière période jouée »: the shop's unit, in both languages
  it.each([
    { lang: 'fr', unit: 'week', said: 'B n’a pas encore joué cette semaine : ses décisions de la semaine ne sont pas encore connues (au plus prévues).' },
    { lang: 'fr', unit: 'month', said: 'B n’a pas encore joué ce mois : ses décisions du mois ne sont pas encore connues (au plus prévues).' },
    { lang: 'en', unit: 'week', said: 'B has not played this week yet: its decisions of the week are not known yet (planned at most).' },
    { lang: 'en', unit: 'month', said: 'B has not played this month yet: its decisions of the month are not known yet (planned at most).' },
  ] as const)('says which timeline has not played the period yet in the shop’s unit ($lang, $unit)', async (c) => {
    await setLocale(c.lang);
    render(ComparePanel, { controller: controller(), unit: c.unit });
    expect(norm(document.querySelector('dl.decisions')?.textContent)).toContain(c.said);
    expect(norm(document.getElementById('whatif-detail-intro')?.textContent)).not.toMatch(/période|period/);
  });

  it('writes a gap between two rates in points (QA qa28whatif m4)', () => {
    render(CompareChart, {
      id: 'r',
      title: 'Taux de fidélisation',
      model: { labels: ['S1'], kind: 'percent', series: [{ id: 'a', label: 'A', values: [0.991] }, { id: 'b', label: 'B', values: [0.994] }] },
      differs: [true],
      unit: 'week',
    });
    expect(norm(screen.getAllByRole('row')[1].querySelectorAll('td')[2].textContent)).toBe('+0,3 pt');
  });

  it('writes a non-zero gap wherever a value is « différent », from the written values (review18 m1)', () => {
    // 99,6 % against 99,7 %, 10 € against 11 €: written differently, so flagged, but only 0,012 pt and 0,20 € apart
    const kpi = (retentionRate: number, turnover: number) => ({ ...kpisA[0], retentionRate, turnover });
    const c = compareTimelines({ decisions: [], kpis: [kpi(0.99644, 10.4)] }, { decisions: [], kpis: [kpi(0.99656, 10.6)] });
    for (const [id, written] of [
      ['retentionRate', ['99,6 %', '99,7 %', '+0,1 pt']],
      ['turnover', ['10 €', '11 €', '+1 €']],
    ] as const) {
      const metric = c.metrics.find((m) => m.id === id)!;
      expect(metric.differs).toEqual([true]);
      const { unmount } = render(CompareChart, { id, title: id, model: metricModel(metric, ['S1'], { a: 'A', b: 'B' }), differs: metric.differs, unit: 'week' });
      expect([...screen.getAllByRole('row')[1].querySelectorAll('td')].map((td) => norm(td.textContent))).toEqual(written);
      unmount();
    }
  });
});
