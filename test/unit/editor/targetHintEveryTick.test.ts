/**
 * « Valeur à atteindre »'s hint for an objective checked at every period (everyTick): the game reads it at
 * every period up to the deadline (objectives.ts objectiveValue's worst), so the hint no longer says « à
 * l’échéance » alone (review of fixEditor31).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { targetHint } from '../../../src/ui/editor/targetCheck.ts';

const draft = (metric: string, everyTick: boolean, tickUnit = 'week') => ({ tickUnit, durationTicks: 52, objectives: [{ metric, comparator: '>=', target: 1, everyTick }] });

describe('the target hint of an objective checked at every period', () => {
  beforeEach(async () => setLocale('fr'));
  afterEach(async () => setLocale('fr'));

  it('says every week (or month) up to the deadline, not at the deadline', async () => {
    expect(targetHint(draft('activeCustomers', false), 0)).toBe('nombre de clients actifs à l’échéance');
    expect(targetHint(draft('activeCustomers', true), 0)).toBe('nombre de clients actifs chaque semaine jusqu’à l’échéance');
    expect(targetHint(draft('grossMargin', true, 'month'), 0)).toBe('en €, sur chaque mois jusqu’à l’échéance');
    expect(targetHint(draft('churnRate', true), 0)).toMatch(/^taux sur chaque semaine jusqu’à l’échéance, la cible devant tenir chaque fois/);
    expect(targetHint(draft('budgetLeft', true), 0)).toBe('en €, le budget restant chaque semaine jusqu’à l’échéance');
    for (const metric of ['activeCustomers', 'turnover', 'cumulativeMargin', 'budgetLeft', 'retentionRate', 'segmentRetention'])
      expect(targetHint(draft(metric, true), 0)).toMatch(/chaque semaine jusqu’à l’échéance/);
    // a metric whose hint has no deadline keeps it
    expect(targetHint(draft('acquisitions', true), 0)).toBe('nombre de clients recrutés depuis le début');
    await setLocale('en');
    expect(targetHint(draft('activeCustomers', true), 0)).toBe('number of active customers in every week up to the deadline');
  });
});
