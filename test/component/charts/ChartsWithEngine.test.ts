/** The charts on real engine output: the RFM grid adds up to the scored customers, funnels and tables agree with KPIs. */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ChartsScreen from '../../../src/ui/charts/ChartsScreen.svelte';
import { engineRun } from '../../fixtures/engineRun.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

describe('ChartsScreen with the engine', () => {
  const run = engineRun();
  const last = run.kpis[run.kpis.length - 1];

  it('puts every scored customer in one R x F cell', () => {
    render(ChartsScreen, { scenario: run.scenario, kpis: run.kpis });
    const grid = screen.getByRole('table', { name: /Nombre de clients par note de récence/ });
    const cells = grid.querySelectorAll('td[data-r]');
    expect(cells).toHaveLength(25);
    let sum = 0;
    for (const cell of cells) sum += Number((cell.querySelector('.count')!.textContent ?? '').split(' ')[0].replace(/\D/g, ''));
    expect(sum).toBe(last.rfGrid.reduce((a, b) => a + b, 0));
    expect(sum).toBeGreaterThan(0);
  });

  it('has one table row per simulated tick and the lifecycle counts of the last tick', () => {
    render(ChartsScreen, { scenario: run.scenario, kpis: run.kpis });
    const retention = screen.getByRole('table', { name: 'Fidélisation d’une semaine à l’autre et sur un an' });
    expect(within(retention).getAllByRole('row')).toHaveLength(run.kpis.length + 1);
    const funnel = screen.getByRole('table', { name: frenchText`Cycle de vie : entonnoir` });
    expect(within(funnel).getByRole('row', { name: /^Client perdu/ })).toHaveTextContent(String(last.stages.perdu));
  });
});
