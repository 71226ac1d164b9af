/**
 * QA learner 1: after « Avancer de 4 semaines » the decisions screen said only « Semaines 2 à 5 : 121 clients perdus,
 * 45 nouveaux clients. », while the engine had stopped the club (week 3) and the coupons (week 5) for lack of budget;
 * they simply vanished from « Programmes en cours ». The period's summary now says each stop, with the programme's name.
 */
import { describe, expect, it } from 'vitest';
import { periodsOutcome } from '../../../src/ui/decisions/periodOutcome.ts';
import type { ProgrammeKpi, TickKpis } from '../../../src/engine/types.ts';
import { loadLocale } from '../../../src/i18n/locale.svelte.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const programme = (id: string, type: ProgrammeKpi['type'], instrument: string, end?: number, suspended?: number) =>
  ({ id, type, instrument, startTick: 0, endTick: end, suspendedMembers: suspended }) as ProgrammeKpi;
const kpis = (tick: number, programmes: ProgrammeKpi[]) => ({ tick, lost: 30, acquired: 11, programmes }) as unknown as TickKpis;

describe('the period’s summary says the programmes the budget stopped', () => {
  const coupons = programme('0:0', 'financier', 'coupon', 4, 1084);
  const club = programme('0:1', 'lienSocial', 'club', 2, 310);
  // stopped by the learner, not the budget: not said here
  const offer = programme('0:3', 'customisation', 'offreSurMesure', 1);
  const reminder = programme('0:2', 'personnalisation', 'relancePersonnalisee');
  const history = [kpis(0, []), kpis(1, []), kpis(2, []), kpis(3, []), kpis(4, [coupons, club, reminder, offer])];

  it('four periods played at once: both stops, in the order they came (fr, en)', async () => {
    await loadLocale('en');
    expect(plain(periodsOutcome('fr', 'week', history, 1))).toBe(
      'Semaines 2 à 5 : 120 clients perdus, 44 nouveaux clients. Semaine 3 : « Lien social — Club clients (lancé la semaine 1) » arrêté faute de budget. ' +
        'Semaine 5 : « Avantage financier — Bons de réduction (lancé la semaine 1) » arrêté faute de budget.',
    );
    expect(periodsOutcome('en', 'week', history, 1)).toContain('Week 3: “Social bonding — Customer club (started in week 1)” stopped for lack of budget.');
  });

  it('one period: only the stop of that period', () => {
    const line = plain(periodsOutcome('fr', 'week', history, 4));
    expect(line).toMatch(/^Semaine 5 : 30 clients perdus, 11 nouveaux clients\. Semaine 5 : « Avantage financier/);
    expect(line).not.toContain('Club clients');
  });
});
