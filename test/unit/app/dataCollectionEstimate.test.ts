/**
 * A data collection's estimate is what the engine charges (QA F19: the form counted the lost
 * customers of its target, « Client perdu » 574 announced 1 148 € and refused by the simulation; on
 * the whole base the estimate was 6 000 € for 3 000 customers of whom 418 were lost). The engine
 * contacts and pays for every customer of the target not lost (src/engine/dataCollection.ts), with or
 * without consent: checked on real engine runs, as the form (dataCollectionContacts) and the
 * period's estimate (periodCost.ts actionCost) price it.
 */
import { describe, expect, it } from 'vitest';
import { dataCollectionContacts, dataCollectionCost } from '../../../src/app/costEstimate.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { actionCost } from '../../../src/app/periodCost.ts';
import type { Action, Target } from '../../../src/engine/decisions.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { shippedScenarioList } from './testServices.ts';

const INSTRUMENTS = ['carteFidelite', 'jeuConcours', 'personnel'] as const;

/** The bakery after `weeks` weeks; the estimate of a collection on `target` and what the engine charged for it the next week. */
async function collected(target: Target, instrument: (typeof INSTRUMENTS)[number], weeks: number) {
  const scenario = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
  const engine = new EngineClient(inProcessEngineTransport());
  await engine.create('run', scenario, scenario.defaultSeed);
  for (let w = 0; w < weeks; w++) await engine.step('run', []);
  const { count, spend } = await engine.selectTarget('run', target, 0);
  const action: Action = { type: 'collecteDonnees', instrument, target };
  const form = dataCollectionCost(instrument, dataCollectionContacts(count, spend));
  const period = actionCost(action, { count, spend }, scenario.tickUnit, undefined);
  const { report } = await engine.step('run', [action]);
  engine.close();
  return { count, active: spend.active, form, period, charged: report.kpis.costsByType.collecteDonnees ?? 0, rejected: report.rejected };
}

describe('the data collection’s estimate against the engine', () => {
  it.each(INSTRUMENTS)('the inactive customers, most of them lost: %s', async (instrument) => {
    const { count, active, form, period, charged, rejected } = await collected({ segments: ['inactif'] }, instrument, 0);
    expect(rejected).toEqual([]);
    expect(active).toBeLessThan(count);
    expect(charged).toBeGreaterThan(0);
    expect(form).toBe(charged);
    expect(period).toBe(charged);
  });

  it('a mixed target later in the game (dormant customers and lost ones)', async () => {
    const { count, active, form, period, charged, rejected } = await collected({ stages: ['dormant', 'perdu'] }, 'personnel', 6);
    expect(rejected).toEqual([]);
    expect(active).toBeLessThan(count);
    expect(form).toBe(charged);
    expect(period).toBe(charged);
  });

  it('lost customers only: nothing to pay, and the engine refuses it', async () => {
    const { count, form, period, charged, rejected } = await collected({ stages: ['perdu'] }, 'carteFidelite', 3);
    expect(count).toBeGreaterThan(0);
    expect(form).toBe(0);
    expect(period).toBe(0);
    expect(charged).toBe(0);
    expect(rejected.map((r) => r.reason)).toEqual(['cibleVide']);
  });
});
