/**
 * The dashboard's programme table flags, as the Bilan does, the figures of an estimate too weak for a verdict (review of
 * b38150c4, QA qa13 S1): the optician's club with 65 controls read « entre +74 000 € et +256 000 € » all game, flagged
 * « peu fiable » only in the Bilan. Same rule (app/programmeEffect.ts unreliableEstimate: too few controls or periods).
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import ProgrammesTable from '../../../src/ui/dashboard/ProgrammesTable.svelte';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const base = makeKpiSeries(1)[0].programmes[0];
const club = (controlGroup: number, roi = 6.15): ProgrammeKpi => ({ ...base, id: '1:0', startTick: 0, targeted: 587, controlGroup, incrementalMarginToDate: 165000, incrementalMarginError: 91000, costToDate: 23067, roi });
const marginCell = () => screen.getByRole('table').querySelector('td[data-effect]') as HTMLElement;

describe('dashboard: an estimate too weak for a verdict', () => {
  afterEach(() => setLocale('fr'));

  it('flags the margin of a control group under 100 « peu fiable »', () => {
    render(ProgrammesTable, { programmes: [club(65)], tickUnit: 'month', through: 20 });
    expect(within(marginCell()).getByTestId('unreliable')).toHaveTextContent('peu fiable');
  });

  it('flags the figures in the first periods measured too, and the ROI when it has figures', () => {
    // 1 000 000 € cost: an ROI of −83 % ± 9 %, precise enough to be written
    render(ProgrammesTable, { programmes: [{ ...club(150, -0.835), costToDate: 1000000 }], tickUnit: 'month', through: 1 });
    expect(within(marginCell()).getByTestId('unreliable')).toHaveTextContent('peu fiable');
    expect(screen.getAllByTestId('unreliable')).toHaveLength(2);
  });

  it('flags nothing from 100 controls and 4 periods on', () => {
    render(ProgrammesTable, { programmes: [club(150)], tickUnit: 'month', through: 20 });
    expect(screen.queryByTestId('unreliable')).not.toBeInTheDocument();
  });

  it('says it in English too', async () => {
    await setLocale('en');
    render(ProgrammesTable, { programmes: [club(65)], tickUnit: 'month', through: 20 });
    expect(within(marginCell()).getByTestId('unreliable')).toHaveTextContent('unreliable');
  });
});
