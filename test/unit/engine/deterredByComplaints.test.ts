/**
 * Would-be customers turned away by unresolved complaints (KPIs' deterredByComplaints, README « Incidents et
 * réclamations »; QA verify3 V5): each unresolved complaint takes UNRESOLVED_COMPLAINT_TOLD ×
 * REFERRAL_CONVERSION walk-ins off the period's expected arrivals (acquisition.ts organicMean). The KPI
 * reports them, it draws nothing: under « ignorer » the bakery loses fewer customers in departures than under
 * « rapide », but turns many more away, and that is the larger half of what ignoring costs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { REFERRAL_CONVERSION, UNRESOLVED_COMPLAINT_TOLD } from '../../../src/engine/params.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import type { ComplaintPolicy } from '../../../src/engine/vocabulary.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';
import { testScenario } from './fixtures.ts';

const bakery = scenarioSchema.parse(JSON.parse(readFileSync(new URL('../../../scenarios/boulangerie-du-marche.json', import.meta.url), 'utf8')));
const TICKS = 26;

function kpisUnder(level: ComplaintPolicy): TickKpis[] {
  return runSimulation(bakery, { seed: 42, ticks: TICKS, decisions: [{ tick: 0, actions: [{ type: 'politiqueReclamations', level }] }] }).reports.map((r) => r.kpis);
}

const sum = (kpis: readonly TickKpis[], pick: (k: TickKpis) => number) => kpis.reduce((s, k) => s + pick(k), 0);
const deterred = (k: TickKpis) => {
  expect(k.deterredByComplaints).toBeTypeOf('number');
  return k.deterredByComplaints!;
};

describe('would-be customers turned away by unresolved complaints', () => {
  const ignored = kpisUnder('ignorer');
  const fast = kpisUnder('rapide');

  it('are the unresolved complaints × people told × conversion, every period, never more than the walk-ins expected', () => {
    const perComplaint = UNRESOLVED_COMPLAINT_TOLD * REFERRAL_CONVERSION;
    for (const k of [...ignored, ...fast]) {
      const rule = (k.complaints - k.complaintsResolved) * perComplaint;
      expect(deterred(k)).toBeGreaterThanOrEqual(0);
      expect(deterred(k)).toBeLessThanOrEqual(rule + 1e-9);
    }
    // « rapide » leaves a few complaints unresolved, far fewer than the walk-ins: the rule itself every period
    for (const k of fast) expect(deterred(k)).toBeCloseTo((k.complaints - k.complaintsResolved) * perComplaint, 9);
    // ignoring them all, some weeks the bakery's complaints would turn away more walk-ins than it expected: all of those
    for (const k of ignored) if (k.complaints > k.complaintsResolved) expect(deterred(k)).toBeGreaterThan(0);
  });

  it('ignoring turns away many more than « rapide », and far more than the complainers who leave', () => {
    const turnedAway = sum(ignored, deterred);
    expect(turnedAway).toBeGreaterThan(5 * sum(fast, deterred));
    expect(turnedAway).toBeGreaterThan(3 * sum(ignored, (k) => k.departuresByCause.reclamationMalTraitee));
  });

  it('are zero when every complaint is resolved or there is none', () => {
    for (const k of fast) if (k.complaints === k.complaintsResolved) expect(deterred(k)).toBe(0);
    const quiet = testScenario((s) => {
      s.service.complaintPropensity = 0;
    });
    const kpis = runSimulation(quiet, { seed: 3, ticks: 10, decisions: [] }).reports.map((r) => r.kpis);
    expect(sum(kpis, (k) => k.complaints)).toBe(0);
    expect(kpis.map(deterred)).toEqual(new Array(10).fill(0));
  });
});
