/**
 * The programmes table says when a competitor copied a financial advantage (report QA3a A3), from a
 * real run of the cosmetics shop: BeautéDiscount.fr copies a coupon launched in week 2 two weeks later;
 * and links to the charts’ members-vs-control-group curve when a programme has a control group.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProgrammesTable from '../../../src/ui/dashboard/ProgrammesTable.svelte';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

describe('a coupon programme copied by a competitor', () => {
  const cosmetics = shippedScenarioList().find((s) => s.id === 'cosmetiques-en-ligne')!;
  const coupon: Action = { type: 'financier', instrument: 'coupon', discountRate: 0.2, target: { motives: ['argent'] } };
  const state = createSimulation(cosmetics, { seed: cosmetics.defaultSeed, customers: 1500 });
  const kpis: TickKpis[] = [];
  for (let t = 0; t < 5; t++) kpis.push(stepSimulation(state, cosmetics, t === 1 ? [coupon] : []).kpis);

  it('is « En cours » until the competitor copies it, then « imité depuis la semaine 4 »', () => {
    const { unmount } = render(ProgrammesTable, { programmes: kpis[2].programmes, tickUnit: 'week' });
    const row = () => screen.getByRole('row', { name: /Bons de réduction/ });
    expect(row()).toHaveTextContent('En cours');
    expect(row()).not.toHaveTextContent('imité');
    unmount();
    render(ProgrammesTable, { programmes: kpis[4].programmes, tickUnit: 'week' });
    expect(row()).toHaveTextContent('En cours imité depuis la semaine 4');
  });

  it('links to the charts’ members-vs-control-group card of that programme when it has a control group', () => {
    const programmes = kpis[4].programmes;
    expect(programmes[0].controlGroup).toBeGreaterThan(0);
    const { unmount } = render(ProgrammesTable, { programmes, tickUnit: 'week' });
    expect(screen.getByRole('link', { name: /face à celle de leur groupe témoin/ })).toHaveAttribute('href', `#/charts/${encodeURIComponent(`comparison:${programmes[0].id}`)}`);
    unmount();
    render(ProgrammesTable, { programmes: programmes.map((p) => ({ ...p, controlGroup: 0 })), tickUnit: 'week' });
    expect(screen.queryByRole('link', { name: /groupe témoin/ })).not.toBeInTheDocument();
  });
});
