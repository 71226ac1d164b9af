/**
 * The Bilan's spending in whole euros that agree wherever they are shown (app/wholeEuroParts.ts): the rows of « Dépenses
 * par type d'action » add up to « Dépenses marketing cumulées », and each programme's cost in the programmes' table adds up
 * to its type's row. Rounded one by one, « Lien social 1 442 € » (its row) stood beside « Club clients 1 441 € » (the
 * same spending in the programmes' table), QA qa19 F12.
 */
import type { ActionType } from '../../engine/decisions.ts';
import type { ProgrammeKpi, TickKpis } from '../../engine/types.ts';
import { wholeEuroParts } from '../../app/wholeEuroParts.ts';
import type { MoneySummary } from './moneySummary.ts';
import { latestProgrammes } from './programmeEffects.ts';

/** What `kpis` spent in all and by action type (most first): moneySummary's `costs` and `costsByType`, the sums the amounts below share. */
export function spendingOf(kpis: readonly TickKpis[]): Pick<MoneySummary, 'costsByType' | 'costs'> {
  const byType = new Map<ActionType, number>();
  let costs = 0;
  for (const k of kpis) {
    costs += k.costs;
    for (const [type, amount] of Object.entries(k.costsByType) as [ActionType, number | undefined][]) if (amount) byType.set(type, (byType.get(type) ?? 0) + amount);
  }
  return { costs, costsByType: [...byType.entries()].sort((a, b) => b[1] - a[1]).map(([type, amount]) => ({ type, amount })) };
}

/** The rows of « Dépenses par type d'action », in whole euros adding up to the rounded total spent. */
export function typeAmounts(money: Pick<MoneySummary, 'costsByType' | 'costs'>): number[] {
  return wholeEuroParts(
    money.costsByType.map((c) => c.amount),
    Math.round(money.costs),
  );
}

/**
 * Each programme's cost to date in whole euros (by id), adding up to its type's row where that row is the programmes'
 * spending alone (else each is rounded on its own).
 */
export function programmeCostAmounts(money: Pick<MoneySummary, 'costsByType' | 'costs'>, programmes: readonly Pick<ProgrammeKpi, 'id' | 'type' | 'costToDate'>[]): Map<string, number> {
  const rows = typeAmounts(money);
  const out = new Map<string, number>();
  money.costsByType.forEach((c, i) => {
    const ofType = programmes.filter((p) => p.type === c.type);
    if (ofType.length === 0 || Math.abs(ofType.reduce((sum, p) => sum + p.costToDate, 0) - c.amount) > 0.01) return;
    const parts = wholeEuroParts(
      ofType.map((p) => p.costToDate),
      rows[i],
    );
    ofType.forEach((p, k) => out.set(p.id, parts[k]));
  });
  for (const p of programmes) if (!out.has(p.id)) out.set(p.id, Math.round(p.costToDate));
  return out;
}

/**
 * Each programme's cost to date over `kpis` in whole euros, the one figure the dashboard's « Coût cumulé » and the Bilan's
 * programmes table show: rounded alone on the dashboard, « Club clients » read 1 159 € there and 1 158 € in the Bilan (QA
 * qa31lesson n6).
 */
export function programmeCosts(kpis: readonly TickKpis[]): Map<string, number> {
  return programmeCostAmounts(spendingOf(kpis), latestProgrammes(kpis));
}
