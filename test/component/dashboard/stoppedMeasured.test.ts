/**
 * The dashboard's programmes table, for a programme stopped by the budget: its estimate goes on to the
 * period shown (the engine measures it against its control group after the stop too), and the margin
 * column says which periods it covers (QA class F1: « effet non démontré » read as the whole story).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProgrammesTable from '../../../src/ui/dashboard/ProgrammesTable.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

describe('a programme stopped at week 5, shown at week 12', () => {
  const kpis = makeKpiSeries(12, (k) => ({ ...k, programmes: k.programmes.map((p) => ({ ...p, endTick: k.tick >= 4 ? 4 : undefined, suspendedMembers: 100 })) }));
  const now = kpis[11];
  const start = now.programmes[0].startTick + 1;

  it('says its estimate covers the weeks from its launch to now, and when it stopped', () => {
    render(ProgrammesTable, { programmes: now.programmes, tickUnit: 'week', through: now.tick });
    const row = screen.getAllByRole('row')[1];
    expect(row).toHaveTextContent('Arrêté faute de budget (Semaine 5)');
    // the stop applies at the start of week 5 (nothing spent then): the programme acted weeks 1 to 4 (QA today 12)
    expect(row).toHaveTextContent(`programme actif semaines ${start} à 4, arrêté au début de la semaine 5 ; effet mesuré sur les semaines ${start} à 12 (après-coup compris)`);
  });
});
