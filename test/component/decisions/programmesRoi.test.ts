/**
 * The decisions screen's running programmes write their ROI as the dashboard does, with its margin of
 * error and what it shows (QA: « ROI : +116,9 % » then « ROI : −437,6 % », bare, while the dashboard
 * said « −437,6 % ± 972,2 % … effet non démontré »).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProgrammesList from '../../../src/ui/decisions/ProgrammesList.svelte';
import type { GameSession } from '../../../src/app/session.svelte.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpi } from '../../fixtures/kpis.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const base = makeKpi(0).programmes[0];
const session = (running: ProgrammeKpi[]) =>
  ({ runningProgrammes: running, pending: [], busy: false, scenario: { tickUnit: 'week' }, add: () => {} }) as unknown as GameSession;

describe('running programmes: the ROI with its uncertainty', () => {
  it('gives the error and says the effect is not demonstrated', () => {
    render(ProgrammesList, { session: session([{ ...base, incrementalMarginToDate: -3376, incrementalMarginError: 9722, costToDate: 1000, roi: -4.376 }]) });
    const item = norm(screen.getByRole('listitem').textContent);
    // no effect shown: the interval first, rounded to two significant digits of the error (QA expert F26)
    expect(item).toContain('ROI : entre −1 410 % et +530 % (estimation −440 % ± 970 %) — effet non démontré : dans la marge d’erreur');
  });
  it('says a programme without control group is not measurable', () => {
    render(ProgrammesList, { session: session([{ ...base, incrementalMarginToDate: null, incrementalMarginError: null, controlGroup: 0, roi: null }]) });
    expect(norm(screen.getByRole('listitem').textContent)).toContain('ROI : non mesurable');
  });
});
