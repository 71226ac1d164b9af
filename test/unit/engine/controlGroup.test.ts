/**
 * A programme's effect is measured against a control group (groupe témoin): 10 % of its target,
 * drawn at random, held out (controlGroup.ts). These runs of the real engine check what a learner
 * must see: a programme that does nothing shows an incremental margin within the control group's
 * sampling noise (where the old measure, members against their own past, showed a large gain or
 * loss from the mere choice of customers), and a programme that works shows a gain beyond it.
 * The noise bound is re-derived here from the purchases the reports list: the standard error of the
 * difference between the members' and the control group's margin per customer since the launch.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controlGroupSize, runSimulation } from '../../../src/engine/index.ts';
import { splitControlGroup } from '../../../src/engine/controlGroup.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import * as P from '../../../src/engine/params.ts';
import type { ProgrammeState } from '../../../src/engine/state.ts';
import type { TickReport } from '../../../src/engine/types.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

/** A shipped shop at `customers` customers, its budget scaled (three times, so no programme is suspended). */
function shop(file: string, customers: number, edit: (s: Scenario) => void = () => {}): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${file}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(file);
  const s = structuredClone(parsed.scenario);
  const scale = (3 * customers) / s.customers.initial;
  s.budget = { initial: s.budget.initial * scale, perTick: s.budget.perTick * scale };
  edit(s);
  return s;
}

const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
const variance = (a: number[]) => {
  const m = mean(a);
  return a.reduce((s, x) => s + (x - m) * (x - m), 0) / (a.length - 1);
};

/** Each customer's margin over the reports (from the purchases they list). */
function marginsOver(reports: readonly TickReport[], rate: number): Map<number, number> {
  const m = new Map<number, number>();
  for (const r of reports) for (let k = 0; k < r.purchases.length; k++) m.set(r.purchases.customer[k], (m.get(r.purchases.customer[k]) ?? 0) + r.purchases.amount[k] * rate);
  return m;
}

/** The programme's incremental margin and its standard error, re-derived from the purchases. */
function measured(p: ProgrammeState, reports: readonly TickReport[], rate: number) {
  const m = marginsOver(reports, rate);
  const members = [...p.members].map((i) => m.get(i) ?? 0);
  const control = [...p.control].map((i) => m.get(i) ?? 0);
  const n = members.length;
  return {
    incremental: n * (mean(members) - mean(control)),
    se: n * Math.sqrt(variance(members) / n + variance(control) / control.length),
    membersMargin: members.reduce((s, x) => s + x, 0),
  };
}

describe('control group (groupe témoin)', () => {
  it('holds out the rounded share of the target, none below the minimum, the same customers for the same launch', () => {
    expect(controlGroupSize(1226)).toBe(Math.round(1226 * P.CONTROL_GROUP_SHARE));
    expect(controlGroupSize(Math.ceil((P.CONTROL_GROUP_MIN - 0.5) / P.CONTROL_GROUP_SHARE))).toBe(P.CONTROL_GROUP_MIN);
    expect(controlGroupSize(Math.ceil((P.CONTROL_GROUP_MIN - 0.5) / P.CONTROL_GROUP_SHARE) - 1)).toBe(0);
    const target = Int32Array.from({ length: 1000 }, (_, k) => 3 * k);
    const { members, control } = splitControlGroup(5, 2, 0, target);
    expect(control.length).toBe(controlGroupSize(1000));
    expect([...members, ...control].sort((a, b) => a - b)).toEqual([...target]);
    expect(splitControlGroup(5, 2, 0, target).control).toEqual(control);
    // another action of the same period, or another period, holds out other customers
    expect(splitControlGroup(5, 2, 1, target).control).not.toEqual(control);
    expect(splitControlGroup(5, 3, 0, target).control).not.toEqual(control);
    const small = Int32Array.from({ length: 100 }, (_, k) => k);
    expect(splitControlGroup(5, 2, 0, small).control.length).toBe(0);
  });

  it('a target too small for a control group: everybody enrolled, effect not measured (null, not a made-up number)', () => {
    const s = shop('boulangerie-du-marche', 3000);
    const { reports } = runSimulation(s, { seed: 1, ticks: 3, decisions: decisionsLogSchema.parse([{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: { limit: 200 } }] }]) });
    const p = reports[2].kpis.programmes[0];
    expect(p.controlGroup).toBe(0);
    expect(p.costToDate).toBeGreaterThan(0);
    expect(p.incrementalMarginToDate).toBeNull();
    expect(p.incrementalMarginError).toBeNull();
    expect(p.roi).toBeNull();
    expect(p.comparison).toBeUndefined();
  });

  describe('personalisation with no customer data (it does nothing: README « sans données : exactement rien »)', () => {
    // the bakery's good and very good customers, nobody with a loyalty card: data known 0 for all
    const s = shop('boulangerie-du-marche', 12000, (x) => void (x.customers.loyaltyCardShare = 0));
    const decisions = decisionsLogSchema.parse([{ tick: 0, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['bon', 'tresBon'] } }] }]);
    const before = runSimulation(s, { seed: s.defaultSeed, ticks: 0, customers: 12000, decisions: [] }).state;
    const { state, reports } = runSimulation(s, { seed: s.defaultSeed, ticks: 13, customers: 12000, decisions });
    const p = state.programmes[0];
    const kpi = reports[12].kpis.programmes[0];
    const m = measured(p, reports, s.economics.marginRate);

    it('shows an incremental margin within the control group’s noise, and says how wide it is', () => {
      expect(p.control.length).toBe(controlGroupSize(p.members.length + p.control.length));
      expect(kpi.controlGroup).toBe(p.control.length);
      expect(kpi.incrementalMarginToDate).toBeCloseTo(m.incremental, 0);
      expect(kpi.incrementalMarginError).toBeCloseTo(P.Z95 * m.se, 0);
      expect(Math.abs(kpi.incrementalMarginToDate!)).toBeLessThan(3 * m.se);
    });

    it('where members against their own past showed a large gain (the selection of good customers, not an effect)', () => {
      const ownPast = p.members.reduce((s2, i) => s2 + (before.customers.monetary12[i] / before.window) * s.economics.marginRate * 13, 0);
      expect(m.membersMargin - ownPast).toBeGreaterThan(3 * m.se);
    });
  });

  it('personalisation after a data collection: a gain beyond the noise', () => {
    const s = shop('boulangerie-du-marche', 12000, (x) => void (x.customers.loyaltyCardShare = 0));
    const target = { segments: ['bon', 'tresBon'] };
    // the relance makes members buy little more since 02/12/2026 (PERSONALISATION_RATE_LIFT 0.5 -> 0.15):
    // its gain passes the noise of a 10 % control group over a year, on members the shop knows (26 weeks
    // and every consenting bon/très bon before: 38 000 ± 40 000 € at 26 weeks)
    const decisions = decisionsLogSchema.parse([
      { tick: 0, actions: [{ type: 'collecteDonnees', instrument: 'carteFidelite', target }] },
      { tick: 1, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { ...target, minDataKnown: 0.3 } }] },
    ]);
    const { reports } = runSimulation(s, { seed: s.defaultSeed, ticks: 52, customers: 12000, decisions });
    const kpi = reports[51].kpis.programmes[0];
    expect(kpi.controlGroup).toBeGreaterThan(P.CONTROL_GROUP_MIN);
    expect(kpi.incrementalMarginToDate!).toBeGreaterThan(kpi.incrementalMarginError!);
  });

  describe('a club for the bakery’s good customers of motive sympathie or orgueil', () => {
    const s = shop('boulangerie-du-marche', 12000);
    const decisions = decisionsLogSchema.parse([{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: { segments: ['bon', 'tresBon'], motives: ['sympathie', 'orgueil'] } }] }]);
    const { state, reports } = runSimulation(s, { seed: s.defaultSeed, ticks: 52, customers: 12000, decisions });
    const p = state.programmes[0];
    const rate = s.economics.marginRate;

    it('shows nothing beyond the noise in the first month', () => {
      // pooled over five seeds: one control group drawn unluckily (the default seed: 2.2 standard
      // errors from the first week, before any effect) does not decide, a real early effect would add up
      let incremental = 0;
      let noise = 0;
      for (const seed of [s.defaultSeed, 1, 2, 3, 4]) {
        const month = seed === s.defaultSeed ? { state, reports } : runSimulation(s, { seed, ticks: 4, customers: 12000, decisions });
        const m = measured(month.state.programmes[0], month.reports.slice(0, 4), rate);
        incremental += month.reports[3].kpis.programmes[0].incrementalMarginToDate!;
        noise += m.se * m.se;
      }
      expect(Math.abs(incremental)).toBeLessThan(3 * Math.sqrt(noise));
    });

    it('shows a gain beyond the noise after a year, and its members stay more than the control group', () => {
      const kpi = reports[51].kpis.programmes[0];
      expect(kpi.incrementalMarginToDate!).toBeGreaterThan(kpi.incrementalMarginError!);
      // share still customers: members vs control group, gap beyond 2 standard errors of the control's share
      const gap = (t: number) => reports[t].kpis.programmes[0].comparison!.memberShare - reports[t].kpis.programmes[0].comparison!.controlShare;
      const c = kpi.comparison!.controlShare;
      expect(gap(51)).toBeGreaterThan(2 * Math.sqrt((c * (1 - c)) / p.control.length));
      expect(Math.abs(gap(3))).toBeLessThan(gap(51) / 4);
    });
  });

  describe('a contract for the whole bakery, stopped after 4 weeks (QA class F1: its effect lasts after the stop)', () => {
    const s = shop('boulangerie-du-marche', 12000);
    const decisions = decisionsLogSchema.parse([{ tick: 0, actions: [{ type: 'customisation', instrument: 'contrat', target: {}, durationTicks: 4 }] }]);
    const { state, reports } = runSimulation(s, { seed: s.defaultSeed, ticks: 52, customers: 12000, decisions });
    const p = state.programmes[0];
    const rate = s.economics.marginRate;

    it('is still measured against its control group after the stop, to the last period (members and control group stay apart)', () => {
      const kpi = reports[51].kpis.programmes[0];
      expect(kpi.endTick).toBe(4);
      expect(kpi.costToDate).toBe(reports[4].kpis.programmes[0].costToDate);
      // the estimate covers the 52 periods, not only the 4 it ran
      const m = measured(p, reports, rate);
      expect(kpi.incrementalMarginToDate).toBeCloseTo(m.incremental, 0);
      expect(kpi.incrementalMarginError).toBeCloseTo(P.Z95 * m.se, 0);
      expect(kpi.comparison).toBeDefined();
      expect(kpi.incrementalMarginToDate).not.toBeCloseTo(measured(p, reports.slice(0, 4), rate).incremental, 0);
    });

    it('counts its lasting effect: the barriers it built keep its members (a gain beyond the noise that the 4 weeks alone did not show)', () => {
      const kpi = reports[51].kpis.programmes[0];
      const ran = reports[3].kpis.programmes[0];
      expect(kpi.incrementalMarginToDate!).toBeGreaterThan(kpi.incrementalMarginError!);
      expect(ran.incrementalMarginToDate!).toBeLessThan(ran.incrementalMarginError!);
    });
  });

  describe('the optician’s very good customers (they just bought glasses: regression to the mean)', () => {
    // 20 000 customers: since the quintiles rank the buyers of the last 12 months only (a year without
    // glasses is inactif), the very good who consented to e-mail or SMS among 10 000 were too few for a control group
    const s = shop('optique-lumiere', 20000);
    // personalisation does nothing here (no loyalty card, no data): only the choice of customers is measured
    const decisions = decisionsLogSchema.parse([{ tick: 0, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['tresBon'] } }] }]);
    const before = runSimulation(s, { seed: 7, ticks: 0, customers: 20000, decisions: [] }).state;
    // 8 weeks: the very good of the last 12 months buy less than in their year, a loss against their own past that grows with time
    const { state, reports } = runSimulation(s, { seed: 7, ticks: 8, customers: 20000, decisions });
    const p = state.programmes[0];
    const m = measured(p, reports, s.economics.marginRate);

    it('no longer shows a loss by the mere choice of customers', () => {
      const ownPast = p.members.reduce((s2, i) => s2 + (before.customers.monetary12[i] / before.window) * s.economics.marginRate * 8, 0);
      // members against their own past: a large loss (the old figure)
      expect(m.membersMargin - ownPast).toBeLessThan(-3 * m.se);
      // against the control group: within the noise
      expect(Math.abs(reports[7].kpis.programmes[0].incrementalMarginToDate!)).toBeLessThan(3 * m.se);
    });
  });
});
