/** The editor's pure pieces: paths in a draft, number entry, figures shown beside fields, new list items. */
import { describe, expect, it } from 'vitest';
import { dateFromText, fieldId, getAt, numberText, parseNumberText, setAt, type JsonObject } from '../../../src/ui/editor/draftPath.ts';
import { meanBasketWithMix, meanDropout, meanPurchaseRate, meanSpend, normalisedShares } from '../../../src/ui/editor/editorFigures.ts';
import { newCompetitor, newObjective, newProductType } from '../../../src/ui/editor/newItems.ts';
import { scenarioFile } from '../../../src/ui/editor/scenarioFile.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

describe('draft paths', () => {
  it('reads, writes, creates and removes by path', () => {
    const draft: JsonObject = { customers: { spend: { p: 1 } }, events: [{ tick: 1 }, { tick: 2 }] };
    expect(getAt(draft, ['customers', 'spend', 'p'])).toBe(1);
    expect(getAt(draft, ['nothing', 0, 'x'])).toBeUndefined();
    setAt(draft, ['customers', 'spend', 'q'], 3);
    setAt(draft, ['budget', 'initial'], 10);
    expect(draft.budget).toEqual({ initial: 10 });
    setAt(draft, ['events', 0], undefined);
    expect(draft.events).toEqual([{ tick: 2 }]);
    setAt(draft, ['customers', 'spend', 'p'], undefined);
    expect(draft.customers).toEqual({ spend: { q: 3 } });
    expect(fieldId(['competitors', 0, 'events', 2, 'tick'])).toBe('ed-competitors-0-events-2-tick');
  });

  it('reads a start date typed JJ/MM/AAAA as the file writes it, and leaves anything else to the file’s check (QA qa30editor Minor 8)', () => {
    expect(dateFromText('04/01/2027')).toBe('2027-01-04');
    expect(dateFromText(' 4.1.2027 ')).toBe('2027-01-04');
    expect(dateFromText('2027-01-04')).toBe('2027-01-04');
    expect(dateFromText('04/01/27')).toBe('04/01/27');
  });

  it('reads numbers as teachers type them', () => {
    expect(parseNumberText('0,5')).toBe(0.5);
    expect(parseNumberText(' 1 000 ')).toBe(1000);
    expect(parseNumberText('-3')).toBe(-3);
    expect(parseNumberText('')).toBeUndefined();
    expect(parseNumberText('beaucoup')).toBe('beaucoup');
    expect(parseNumberText('1,2,3')).toBe('1,2,3');
    // a euro sign pasted from a spreadsheet, with any space (QA qa30editor Minor 4); a percent sign stays refused
    expect(parseNumberText('2 000 €')).toBe(2000);
    expect(parseNumberText('2\u202f000\u00a0€')).toBe(2000);
    expect(parseNumberText('€1500,50')).toBe(1500.5);
    expect(parseNumberText('35%')).toBe('35%');
    // in a field of a 0–1 share, a percentage is that share, typed with or without a space (review m6)
    expect(parseNumberText('35%', true)).toBe(0.35);
    expect(parseNumberText('35 %', true)).toBe(0.35);
    expect(parseNumberText('35\u00a0%', true)).toBe(0.35);
    expect(parseNumberText('35\u202f%', true)).toBe(0.35);
    expect(parseNumberText('12,3 %', true)).toBe(0.123);
    expect(parseNumberText('0,35', true)).toBe(0.35);
    expect(parseNumberText('%', true)).toBe('%');
    expect(parseNumberText('1e2 %', true)).toBe('1e2 %');
    expect(parseNumberText('€')).toBe('€');
    expect(numberText(undefined, 'fr')).toBe('');
    expect(numberText(0.25, 'fr')).toBe('0,25');
    expect(numberText(0.25, 'en')).toBe('0.25');
    expect(numberText(12000, 'fr')).toBe('12000');
    expect(parseNumberText(numberText(0.65, 'fr'))).toBe(0.65);
  });
});

describe('editor figures', () => {
  it('normalises weights and ignores what is not a weight', () => {
    expect(normalisedShares([1, 1, 2])).toEqual([0.25, 0.25, 0.5]);
    expect(normalisedShares([1, 'x', 3])).toEqual([0.25, null, 0.75]);
    expect(normalisedShares([0, 0])).toEqual([null, null]);
  });

  it('gives the Gamma-Gamma mean basket (CDNOW: about 35)', () => {
    expect(meanSpend({ p: 6.25, q: 3.74, v: 15.44 })).toBeCloseTo(35.22, 2);
    expect(meanSpend({ p: 6.25, q: 1, v: 15.44 })).toBeNull();
    expect(meanSpend({ p: 'a', q: 3, v: 1 })).toBeNull();
    const spend = { p: 2, q: 3, v: 10 }; // mean 10
    expect(meanBasketWithMix(spend, [{ share: 3 }, { share: 1, basketFactor: 2 }])).toBeCloseTo(12.5);
  });

  it('gives the BG/NBD means', () => {
    expect(meanPurchaseRate({ r: 0.243, alpha: 4.414 })).toBeCloseTo(0.05505, 4);
    expect(meanDropout({ a: 1, b: 3 })).toBe(0.25);
    expect(meanDropout({ a: 0, b: 3 })).toBeNull();
  });
});

describe('new list items', () => {
  it('are valid in a scenario and get unused ids', () => {
    const base = fixtureScenario();
    const productTypes = [...base.economics.productTypes, newProductType(base.economics.productTypes, 'Nouveau')];
    const competitors = [...base.competitors, newCompetitor(base.competitors, 'Rival')];
    const objectives = [...base.objectives, newObjective(base.objectives, 'Objectif')];
    const parsed = parseScenario({ ...base, economics: { ...base.economics, productTypes }, competitors, objectives });
    expect(parsed.ok).toBe(true);
    expect(newProductType([{ id: 'produit2' }, { id: 'produit3' }], 'x').id).toBe('produit4');
  });

  it('names the exported file after the scenario id, safely', () => {
    expect(scenarioFile({ id: 'ma-boutique' }, {}).fileName).toBe('ma-boutique.json');
    expect(scenarioFile({ id: '../../etc' }, {}).fileName).toBe('scenario.json');
  });
});
