/**
 * How every screen reads a programme's measured effect (app/programmeEffect.ts): no control group,
 * within the margin of error, a gain or a loss beyond it; and the members-vs-control series.
 */
import { describe, expect, it } from 'vitest';
import { comparisonSeries, effectStatus, provenLoss, roiMarginOfError } from '../../../src/app/programmeEffect.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { testScenario } from '../engine/fixtures.ts';

describe('programme effect', () => {
  it('says unmeasured without a control group, no effect within the margin of error, gain or loss beyond it', () => {
    expect(effectStatus({ incrementalMarginToDate: null, incrementalMarginError: null })).toBe('unmeasured');
    expect(effectStatus({ incrementalMarginToDate: 900, incrementalMarginError: 1000 })).toBe('noEffect');
    expect(effectStatus({ incrementalMarginToDate: -900, incrementalMarginError: 1000 })).toBe('noEffect');
    expect(effectStatus({ incrementalMarginToDate: 1100, incrementalMarginError: 1000 })).toBe('gain');
    expect(effectStatus({ incrementalMarginToDate: -1100, incrementalMarginError: 1000 })).toBe('loss');
  });

  it('calls a loss proven only when even the top of the interval is below the cost', () => {
    expect(provenLoss({ incrementalMarginToDate: 100, incrementalMarginError: 300, costToDate: 500 })).toBe(true);
    expect(provenLoss({ incrementalMarginToDate: 300, incrementalMarginError: 300, costToDate: 500 })).toBe(false);
    expect(provenLoss({ incrementalMarginToDate: null, incrementalMarginError: null, costToDate: 500 })).toBe(false);
  });

  it('gives the ROI’s margin of error as the margin’s over the cost, none without control group or cost', () => {
    expect(roiMarginOfError({ incrementalMarginError: 300, costToDate: 600 })).toBe(0.5);
    expect(roiMarginOfError({ incrementalMarginError: null, costToDate: 600 })).toBeNull();
    expect(roiMarginOfError({ incrementalMarginError: 300, costToDate: 0 })).toBeNull();
  });

  it('gathers the members-vs-control comparison period after period from a real run, only while the programme runs', () => {
    const decisions = decisionsLogSchema.parse([
      { tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: {}, durationTicks: 3 }] },
    ]);
    const { reports } = runSimulation(testScenario(), { seed: 4, ticks: 6, decisions });
    const series = comparisonSeries(
      reports.map((r) => r.kpis),
      '1:0',
    );
    expect(series.map((p) => p.tick)).toEqual([1, 2, 3]);
    for (const p of series) {
      expect(p.memberShare).toBeGreaterThan(0.8);
      expect(p.memberShare).toBeLessThanOrEqual(1);
      expect(p.controlShare).toBeLessThanOrEqual(1);
      expect(p.memberMargin).toBeGreaterThan(0);
    }
  });
});
