/**
 * QA qa29access m3: the what-if comparison's « Ce qui explique l'écart » read « Durée de la relation … 0 semaines » when both
 * timelines had the same length; French writes « 0 semaine » (0 and 1 are singular). The length's unit is counted as written,
 * in the comparison, on the dashboard's lever card and in the glass box (one helper, leverText.ts ticksText).
 */
import { describe, expect, it } from 'vitest';
import { compareDetail } from '../../../src/ui/whatif/compareDetail.ts';
import { ticksText } from '../../../src/ui/dashboard/leverText.ts';
import { translate, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('a length in periods, counted as written', () => {
  it('says « 0 semaine » for the gap of two timelines of the same length', () => {
    const scenario = fixtureScenario();
    const kpis = runSimulation(scenario, { seed: scenario.defaultSeed, ticks: 4, decisions: [] }).reports.map((r) => r.kpis);
    const t = (key: MessageKey, params?: Params) => translate('fr', key, params);
    const row = compareDetail('fr', t, 'week', kpis, kpis).find((r) => r.id === 'relationshipLength')!;
    expect(norm(row.gap)).toBe('0 semaine');
    expect(norm(row.a)).toMatch(/^\d[\d ]*(,\d)? semaines$/);
  });

  it('follows each language’s plural rule on the written value', () => {
    const fr = (v: number, unit: 'week' | 'month' = 'week') => norm(ticksText('fr', unit, v));
    expect([fr(0), fr(0.04), fr(1), fr(1.5), fr(2), fr(218.4), fr(3, 'month')]).toEqual(['0 semaine', '0 semaine', '1 semaine', '1,5 semaine', '2 semaines', '218,4 semaines', '3 mois']);
    // a signed gap counts as its size
    expect([norm(ticksText('fr', 'week', -1, '−1')), norm(ticksText('fr', 'week', 2.5, '+2,5'))]).toEqual(['−1 semaine', '+2,5 semaines']);
    const en = (v: number) => ticksText('en', 'week', v);
    expect([en(0), en(1), en(1.5), en(12)]).toEqual(['0 weeks', '1 week', '1.5 weeks', '12 weeks']);
  });
});
