/**
 * How every screen reads a programme's measured effect (app/programmeEffect.ts): no control group,
 * the effect on the margin and the profitability (the ROI's interval) told apart; and the members-vs-control series.
 */
import { describe, expect, it } from 'vitest';
import {
  combinedEffect,
  comparisonSeries,
  effectVerdict,
  fragileEstimate,
  provenLoss,
  rankingNotShown,
  roiMarginOfError,
  VERDICT_MIN_CONTROL,
  VERDICT_MIN_PERIODS,
} from '../../../src/app/programmeEffect.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { testScenario } from '../engine/fixtures.ts';

describe('programme effect', () => {
  it('says unmeasured without a control group, and no effect when the margin interval holds 0 and the cost', () => {
    expect(effectVerdict({ incrementalMarginToDate: null, incrementalMarginError: null, costToDate: 100 })).toBe('unmeasured');
    expect(effectVerdict({ incrementalMarginToDate: 900, incrementalMarginError: 1000, costToDate: 100 })).toBe('noEffect');
    expect(effectVerdict({ incrementalMarginToDate: -900, incrementalMarginError: 1000, costToDate: 100 })).toBe('noEffect');
  });

  it('calls a programme profitable only when its ROI interval is above 0, not when only its margin is (QA teacher F1)', () => {
    // Chloé's custom offer: 22 225 € ± 12 002 € of margin for 10 266 €: margin shown, ROI interval from −0,3 % to +233 %
    expect(effectVerdict({ incrementalMarginToDate: 22225, incrementalMarginError: 12002, costToDate: 10266 })).toBe('marginOnly');
    expect(effectVerdict({ incrementalMarginToDate: 22225, incrementalMarginError: 12002, costToDate: 10000 })).toBe('profitable');
    // shown above 0, but even its top does not cover the cost
    expect(effectVerdict({ incrementalMarginToDate: 3000, incrementalMarginError: 1000, costToDate: 5000 })).toBe('marginButLoss');
  });

  it('calls a loss shown when the whole ROI interval is below 0, even when the margin interval holds 0 (the mirror case)', () => {
    // coupons stopped at week 26: −1 521 € ± 7 047 € for 6 991 €, ROI −121,8 % ± 100,8 %
    expect(effectVerdict({ incrementalMarginToDate: -1521, incrementalMarginError: 7047, costToDate: 6991 })).toBe('loss');
    expect(effectVerdict({ incrementalMarginToDate: -1100, incrementalMarginError: 1000, costToDate: 0 })).toBe('loss');
    // the verdict's loss is the course line's « cost more than it brought »
    expect(provenLoss({ incrementalMarginToDate: -1521, incrementalMarginError: 7047, costToDate: 6991 })).toBe(true);
  });

  it('calls an estimate from fewer than 100 held-out customers fragile', () => {
    expect(fragileEstimate({ controlGroup: 30 })).toBe(true);
    expect(fragileEstimate({ controlGroup: 99 })).toBe(true);
    expect(fragileEstimate({ controlGroup: 100 })).toBe(false);
    expect(fragileEstimate({ controlGroup: 0 })).toBe(false);
  });

  it('never says « démontré » from a control group too small to trust its interval, either way (QA shops F6)', () => {
    // sport, relance: 36 control customers, margin from −70 000 € to +8 000 € for ≈ 20 000 € of cost: « perte démontrée » beside « estimation fragile »
    const relance = { incrementalMarginToDate: -31000, incrementalMarginError: 39000, costToDate: 20000, controlGroup: 36, startTick: 0 };
    expect(effectVerdict(relance, 19)).toBe('tooSmall');
    expect(provenLoss(relance, 19)).toBe(false);
    // the same with a profit, and at the threshold the interval is read as before
    expect(effectVerdict({ ...relance, incrementalMarginToDate: 90000 }, 19)).toBe('tooSmall');
    expect(effectVerdict({ ...relance, controlGroup: VERDICT_MIN_CONTROL }, 19)).toBe('loss');
    expect(effectVerdict({ ...relance, controlGroup: VERDICT_MIN_CONTROL - 1 }, 19)).toBe('tooSmall');
    // an interval holding 0 still reads « non démontré » (true whatever the group's size); a fragile estimate is never « démontré »
    expect(effectVerdict({ ...relance, incrementalMarginToDate: 20000 }, 19)).toBe('noEffect');
    expect(fragileEstimate({ controlGroup: VERDICT_MIN_CONTROL - 1 })).toBe(true);
    // and it is not ranked
    expect(rankingNotShown([relance, { ...relance, controlGroup: 500, incrementalMarginToDate: 90000, incrementalMarginError: 10000 }], 19)).toBe(true);
  });

  it('never says « démontré » before a few periods measured: one period’s purchases are too few (QA shops F6, « profit proven » after one week)', () => {
    // Belle Nature, volume discount launched week 1, read week 2 (one period): ROI between +40 % and +340 %
    const discount = { incrementalMarginToDate: 1000, incrementalMarginError: 440, costToDate: 400, controlGroup: 150, startTick: 1 };
    expect(effectVerdict(discount, 1)).toBe('tooEarly');
    expect(effectVerdict(discount, 1 + VERDICT_MIN_PERIODS - 2)).toBe('tooEarly');
    expect(effectVerdict(discount, 1 + VERDICT_MIN_PERIODS - 1)).toBe('profitable');
    expect(provenLoss({ ...discount, incrementalMarginToDate: -2000 }, 1)).toBe(false);
    expect(provenLoss({ ...discount, incrementalMarginToDate: -2000 }, 1 + VERDICT_MIN_PERIODS - 1)).toBe(true);
    // without the tick read, only the control group's rule applies
    expect(effectVerdict(discount)).toBe('profitable');
    // still in set-up: the set-up verdict comes first
    expect(effectVerdict({ ...discount, setupUntilTick: 7 }, 1)).toBe('setup');
  });

  it('gives a sum of programmes its least sure part: the smallest control group and the latest launch', () => {
    const p = (controlGroup: number, startTick: number) =>
      ({ controlGroup, startTick, incrementalMarginToDate: 100, incrementalMarginError: 10, costToDate: 50 }) as unknown as ProgrammeKpi;
    const sum = combinedEffect([p(400, 0), p(36, 5), p(200, 9)]);
    expect(sum.controlGroup).toBe(36);
    expect(sum.startTick).toBe(9);
    expect(effectVerdict(sum, 30)).toBe('tooSmall');
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

  it('gathers the members-vs-control comparison period after period from a real run, from its launch to the last period (after its stop too)', () => {
    const decisions = decisionsLogSchema.parse([
      { tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: {}, durationTicks: 3 }] },
    ]);
    const { reports } = runSimulation(testScenario(), { seed: 4, ticks: 6, decisions });
    const series = comparisonSeries(
      reports.map((r) => r.kpis),
      '1:0',
    );
    // the club ran weeks 2 to 4 (stopped at tick 4): its members are still compared with its control group after (QA class F1)
    expect(series.map((p) => p.tick)).toEqual([1, 2, 3, 4, 5]);
    for (const p of series) {
      expect(p.memberShare).toBeGreaterThan(0.8);
      expect(p.memberShare).toBeLessThanOrEqual(1);
      expect(p.controlShare).toBeLessThanOrEqual(1);
      expect(p.memberMargin).toBeGreaterThan(0);
    }
  });
});
