/**
 * QA self-learner finding 5: Lumière Opticians, club on active customers, policy Standard: in month 36
 * « 6 réclamations non traitées faute de budget » while 386 € were left, and the decisions screen said
 * « 0 € pour 6 réclamations, payés sur le budget ». Complaints are paid from what the running
 * programmes' reserve leaves: the feed now says so with the amounts, and the budget card warns before.
 */
import { describe, expect, it } from 'vitest';
import { complaintShortfall, unpaidComplaints, unpaidPolicy } from '../../../src/app/complaintMoney.ts';
import { costPerComplaint } from '../../../src/app/complaintPolicy.ts';
import { tickItems } from '../../../src/ui/dashboard/eventFeed.ts';
import { feedText } from '../../../src/ui/dashboard/feedText.ts';
import { optician, opticianClubRun } from '../../fixtures/opticianClubRun.ts';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('complaints unpaid while budget is left', () => {
  const run = opticianClubRun();
  const last = run.at;
  // staff time plus a quarter of the optician's 288,75 € basket (unitCosts.ts; a flat 12 € before 02/12/2026)
  const unit = costPerComplaint('standard', optician);

  it('the run of the report: every complaint of a period left unhandled though budget is left', () => {
    expect(last).toBeGreaterThan(2);
    expect(unpaidComplaints(run.reports[last])).toBeGreaterThan(0);
    expect(run.kpis[last].budgetLeft).toBeGreaterThan(unit);
    expect(unpaidPolicy(run.reports[last])).toBe('standard');
  });

  it('the feed says why, with the amounts, not just « faute de budget »', () => {
    const item = tickItems(optician, run.kpis[last], run.kpis.slice(0, last), run.reports[last]).find((i) => i.kind === 'complaintsUnpaid')!;
    expect(unit).toBe(76.19);
    expect(item).toMatchObject({ paid: 0, unit });
    const fr = norm(feedText('fr', item));
    expect(fr).toContain('réclamations non traitées faute de budget');
    expect(fr).toContain('Les réclamations se paient sur ce que laisse la réserve des programmes en cours');
    expect(fr).toContain('il ne restait pas 76 € pour en traiter une seule');
    expect(feedText('en', item)).toContain('Complaints are paid from what the running programmes’ reserve leaves');
  });

  it('the budget card warns the period before, from the engine’s reserves; not while the complaints are paid', () => {
    const before = last - 1;
    const warn = complaintShortfall({
      kpis: run.kpis.slice(0, before + 1),
      lastReport: run.reports[before],
      reserves: run.reserves[before],
      refill: optician.budget.perTick,
      unitCost: unit,
    });
    expect(warn).not.toBeNull();
    expect(warn!.left).toBeLessThan(warn!.need);
    expect(warn!.reserve).toBeGreaterThan(0);
    // early in the game the budget pays them
    expect(
      complaintShortfall({ kpis: run.kpis.slice(0, 3), lastReport: run.reports[2], reserves: run.reserves[2], refill: optician.budget.perTick, unitCost: unit }),
    ).toBeNull();
    // « ignorer » costs nothing: nothing to warn about
    expect(
      complaintShortfall({
        kpis: run.kpis.slice(0, before + 1),
        lastReport: run.reports[before],
        reserves: run.reserves[before],
        refill: optician.budget.perTick,
        unitCost: 0,
      }),
    ).toBeNull();
  });
});
