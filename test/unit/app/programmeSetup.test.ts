/**
 * A slow programme's start is not a loss (QA play F1): the relance personnalisée read « perte démontrée » one week after its
 * launch, while its form promised first effects after 6 periods of set-up. Within its set-up delay the verdict is `setup`;
 * past it, a loss to date that only its one-off set-up cost makes is `setupNotRepaid`; a stopped programme keeps the plain verdict.
 */
import { describe, expect, it } from 'vitest';
import { effectVerdict, provenLoss } from '../../../src/app/programmeEffect.ts';
import { strategyCost } from '../../../src/app/costEstimate.ts';
import { defaultChoice } from '../../../src/app/strategyForm.ts';
import { effectStatusText } from '../../../src/ui/dashboard/programmeEffectText.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { PERSONALISATION_SETUP_COST_PER_MEMBER } from '../../../src/engine/params.ts';
import { testScenario } from '../engine/fixtures.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('a programme in its set-up', () => {
  // the tester's week-1 relance: −96 % ± 33 % of ROI, 1 270 € spent, 1 104 € of them set-up
  const week1 = { incrementalMarginToDate: 51, incrementalMarginError: 420, costToDate: 1270, setupCost: 1104 };

  it('is « en mise en place » within its set-up delay, whatever the estimate, and no proven loss', () => {
    expect(effectVerdict({ ...week1, setupUntilTick: 6 })).toBe('setup');
    expect(effectVerdict({ incrementalMarginToDate: -900, incrementalMarginError: 10, costToDate: 1270, setupUntilTick: 6 })).toBe('setup');
    expect(provenLoss({ ...week1, setupUntilTick: 6 })).toBe(false);
    // without the set-up field (another programme, an older run) the plain verdict
    expect(effectVerdict(week1)).toBe('setupNotRepaid');
    expect(effectVerdict({ ...week1, setupCost: undefined })).toBe('loss');
  });

  it('past its set-up, says a loss to date is due to the set-up while the margin can cover the running cost', () => {
    // 1 500 € spent, 1 104 € set-up: 396 € of running cost, the margin's top (100 + 400) covers it
    expect(effectVerdict({ incrementalMarginToDate: 100, incrementalMarginError: 400, costToDate: 1500, setupCost: 1104 })).toBe('setupNotRepaid');
    expect(provenLoss({ incrementalMarginToDate: 100, incrementalMarginError: 400, costToDate: 1500, setupCost: 1104 })).toBe(false);
    // the running cost alone is not covered: a loss shown, set-up or not
    expect(effectVerdict({ incrementalMarginToDate: 100, incrementalMarginError: 200, costToDate: 1500, setupCost: 1104 })).toBe('loss');
    expect(provenLoss({ incrementalMarginToDate: 100, incrementalMarginError: 200, costToDate: 1500, setupCost: 1104 })).toBe(true);
    // a stopped programme: its whole cost is the lesson
    expect(effectVerdict({ incrementalMarginToDate: 100, incrementalMarginError: 400, costToDate: 1500, setupCost: 1104, endTick: 9 })).toBe('loss');
    expect(effectVerdict({ incrementalMarginToDate: 100, incrementalMarginError: 400, costToDate: 1500, setupCost: 1104, setupUntilTick: 6, endTick: 3 })).toBe(
      'loss',
    );
  });

  it('writes the set-up verdict with the period it can be judged after, in both languages', () => {
    const p = { ...week1, setupUntilTick: 6 };
    const fr = nbsp(effectStatusText('fr', p, 'week'));
    expect(fr).toBe('en mise en place : son coût est payé (mise en place comprise), son effet n’est pas encore attendu ; verdict après la semaine 7');
    expect(fr).not.toContain('perte');
    expect(nbsp(effectStatusText('fr', p, 'month'))).toContain('verdict après le mois 7');
    expect(nbsp(effectStatusText('fr', p))).toContain('verdict après la période 7');
    expect(effectStatusText('en', p, 'week')).toBe('setting up: its cost is paid (set-up included), no effect is expected yet; verdict after week 7');
    expect(nbsp(effectStatusText('fr', { incrementalMarginToDate: 100, incrementalMarginError: 400, costToDate: 1500, setupCost: 1104 }))).toContain(
      'sans les 1 104 € de mise en place',
    );
  });

  it('takes the delay from the engine: set-up until the period the form announced, then judged', () => {
    for (const unit of ['week', 'month'] as const) {
      const scenario = testScenario((s) => {
        s.tickUnit = unit;
        s.durationTicks = 12;
      });
      const decisions = decisionsLogSchema.parse([{ tick: 1, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: {} }] }]);
      const { reports } = runSimulation(scenario, { seed: 3, ticks: 12, decisions });
      const delay = strategyCost(defaultChoice('personnalisation'), 100, unit, undefined).delayTicks;
      const at = (tick: number) => reports[tick].kpis.programmes[0];
      const first = at(1);
      expect(first.controlGroup).toBeGreaterThan(0);
      expect(first.setupCost).toBe(first.targeted * PERSONALISATION_SETUP_COST_PER_MEMBER.relancePersonnalisee);
      // the form's « premiers effets après N périodes » is the engine's: set-up through tick 1 + N − 1, judged from tick 1 + N
      for (let tick = 1; tick < 1 + delay; tick++) {
        expect(at(tick).setupUntilTick).toBe(1 + delay);
        expect(effectVerdict(at(tick))).toBe('setup');
      }
      expect(at(1 + delay).setupUntilTick).toBeUndefined();
      expect(effectVerdict(at(1 + delay))).not.toBe('setup');
    }
  });
});
