/**
 * The editor's messages name a period's field in the shop's unit, as the form labels it (QA: « objectif n° 1 ›
 * à chaque période » beside a box labelled « chaque semaine »; « à chaque semaine » is not French).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { inShopUnit } from '../../../src/ui/editor/gameTick.ts';
import { everyTickWarnings } from '../../../src/ui/editor/reachCheck.ts';

const bakery = shippedScenarios().scenarios.find((s) => s.scenario.id === 'boulangerie-du-marche')!.scenario;
const broken = (tickUnit: 'week' | 'month') => ({ ...bakery, tickUnit, durationTicks: '52', objectives: bakery.objectives.map((o, i) => (i === 1 ? { ...o, everyTick: 'oui' } : o)) });
const errorsOf = (draft: unknown) => {
  const parsed = parseScenario(draft);
  if (parsed.ok) throw new Error('expected errors');
  return inShopUnit(parsed.errors, draft);
};

describe('field names in the shop’s unit', () => {
  afterEach(() => setLocale('fr'));

  it('names the file checker’s period fields in weeks or months', () => {
    const week = errorsOf(broken('week'));
    const box = week.find((e) => e.path.join('.') === 'objectives.1.everyTick')!;
    expect(box.field).toBe('objectif n° 2 › chaque semaine');
    expect(box.text).toMatch(/objectif n° 2 › chaque semaine/);
    expect(box.text).not.toMatch(/période/);
    expect(week.find((e) => e.path.join('.') === 'durationTicks')!.field).toBe('durée (en semaines)');
    const month = errorsOf(broken('month'));
    expect(month.find((e) => e.path.join('.') === 'objectives.1.everyTick')!.field).toBe('objectif n° 2 › chaque mois');
    expect(month.find((e) => e.path.join('.') === 'durationTicks')!.text).toMatch(/durée \(en mois\)/);
  });

  it('names the editor’s remarks the same way, in English too', async () => {
    const objectives = bakery.objectives.map((o, i) => (i === 0 ? { ...o, metric: 'cumulativeTurnover' as const, everyTick: true } : o));
    const monthly = { ...bakery, tickUnit: 'month' as const, durationTicks: 12, objectives };
    const [remark] = inShopUnit(everyTickWarnings(monthly), monthly);
    expect(remark.field).toBe('objectif n° 1 › chaque mois');
    expect(remark.message).toMatch(/sa plus basse valeur est celle du mois 1\. Cocher la case revient donc à ne vérifier que le mois 1\./);
    await setLocale('en');
    const [en] = inShopUnit(everyTickWarnings(monthly), monthly);
    expect(en.text).toMatch(/^objective 1 › every month: .*checking the first month only/);
    // a field with no unit of its own is left as it is
    const other = inShopUnit([{ ...remark, path: ['objectives', 0, 'target'], field: 'objective 1 › target' }], monthly);
    expect(other[0].field).toBe('objective 1 › target');
  });
});
