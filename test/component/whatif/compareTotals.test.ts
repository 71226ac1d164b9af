/**
 * « Et si… ? » comparison (QA learner 5, 6): a stopped programme is named, not « programme 0:3 »;
 * a totals line says each timeline's cumulative net margin, active customers at the end and
 * objectives met, and which timeline is ahead.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ComparePanel from '../../../src/ui/whatif/ComparePanel.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';

const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const launch: DecisionsLog = [
  {
    tick: 0,
    actions: [
      { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: {} },
      { type: 'lienSocial', instrument: 'club', target: {} },
    ] as never,
  },
];
const stopped: DecisionsLog = [...launch, { tick: 1, actions: [{ type: 'arreterProgramme', programmeId: '0:1' }] }];

function kpis(margins: number[], active: number) {
  return margins.map((netMargin, i) => ({ netMargin, activeCustomers: active + i, turnover: 0 })) as never[];
}

function controller(bKpis = kpis([1000, 900], 500)) {
  const a = { decisions: stopped, kpis: kpis([1000, 600], 400) };
  const b = { decisions: launch, kpis: bKpis };
  return {
    family: [
      { id: 'a', name: 'Boulangerie du Marché (42)', depth: 0 },
      { id: 'b', name: 'Boulangerie du Marché (42) — et si… (la semaine 2)', depth: 1 },
    ],
    a: 'a',
    b: 'b',
    timelines: { a, b },
    comparison: { ticks: 2, metrics: [], decisions: [{ tick: 1, a: stopped[1].actions, b: [], onlyA: stopped[1].actions, onlyB: [], kept: [], reordered: false }], firstKpiDifference: 1, firstDecisionDifference: 1 },
    select: () => Promise.resolve(),
  } as never;
}

const scenario = {
  ...shippedScenarioList()[0],
  objectives: [
    { id: 'marge', label: { fr: 'Marge' }, metric: 'cumulativeNetMargin', comparator: '>=', target: 1800, points: 2 },
    { id: 'clients', label: { fr: 'Clients' }, metric: 'activeCustomers', comparator: '>=', target: 450, points: 1 },
  ],
} as never;

describe('what-if comparison: names and totals', () => {
  afterEach(() => setLocale('fr'));

  it('names the stopped programme from its timeline’s log, never its id', () => {
    render(ComparePanel, { controller: controller(), unit: 'week', scenario });
    const a = screen.getByText(/Arrêt d’un programme/);
    expect(a.textContent).toContain('Club clients');
    expect(a.textContent).toContain('semaine 1');
    expect(a.textContent).not.toContain('0:1');
  });

  it('says each timeline’s totals and which one is ahead (fr, en)', async () => {
    const view = render(ComparePanel, { controller: controller(), unit: 'week', scenario });
    const totals = screen.getByTestId('whatif-totals');
    const [a, b] = within(totals)
      .getAllByRole('listitem')
      .map((li) => nbsp(li.textContent));
    expect(a).toBe('A, jusqu’à la semaine 2 : marge nette cumulée 1 600 €, clients actifs à la fin : 401, objectifs atteints ou tenus jusqu’ici : 0 sur 2.');
    expect(b).toBe('B, jusqu’à la semaine 2 : marge nette cumulée 1 900 €, clients actifs à la fin : 501, objectifs atteints ou tenus jusqu’ici : 2 sur 2.');
    expect(nbsp(within(totals).getByText(/devant/).textContent)).toContain('B est devant sur la marge nette cumulée, de 300 €.');
    view.unmount();
    await setLocale('en');
    render(ComparePanel, { controller: controller(), unit: 'week', scenario });
    const en = screen.getByTestId('whatif-totals');
    expect(within(en).getAllByRole('listitem')[1].textContent).toBe(
      'B, up to week 2: cumulative net margin €1,900, active customers at the end: 501, objectives met or held so far: 2 out of 2.',
    );
    expect(within(en).getByText(/ahead/).textContent).toContain('B is ahead on cumulative net margin, by €300.');
  });

  it('does not call a longer timeline ahead: it has more periods summed', () => {
    render(ComparePanel, { controller: controller(kpis([1000], 500)), unit: 'week', scenario });
    expect(screen.getByTestId('whatif-totals').textContent).toContain('n’en sont pas au même point de la partie');
    expect(screen.getByTestId('whatif-totals').textContent).not.toContain('devant sur');
  });

  it('says « objectifs atteints » once a timeline is played to its end, not « tenus jusqu’ici » (QA hqa3 F5; fr, en)', async () => {
    const short = { ...(scenario as object), durationTicks: 2 } as never;
    const view = render(ComparePanel, { controller: controller(), unit: 'week', scenario: short });
    const [, b] = within(screen.getByTestId('whatif-totals'))
      .getAllByRole('listitem')
      .map((li) => nbsp(li.textContent));
    expect(b).toBe('B, jusqu’à la semaine 2 (partie terminée) : marge nette cumulée 1 900 €, clients actifs à la fin : 501, objectifs atteints : 2 sur 2.');
    view.unmount();
    await setLocale('en');
    render(ComparePanel, { controller: controller(), unit: 'week', scenario: short });
    expect(within(screen.getByTestId('whatif-totals')).getAllByRole('listitem')[1].textContent).toBe(
      'B, up to week 2 (game over): cumulative net margin €1,900, active customers at the end: 501, objectives met: 2 out of 2.',
    );
  });
});
