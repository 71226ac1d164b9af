import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import type { Objective, Scenario } from '../../../src/scenario/schema.ts';
import { ownLabelWarnings } from '../../../src/ui/editor/labelCheck.ts';

const shipped = shippedScenarios().scenarios.map((s) => s.scenario);
const bakery = shipped.find((s) => s.id === 'boulangerie-du-marche')!;
/** the bakery with its first objective replaced */
const first = (o: Partial<Objective>, s: Scenario = bakery): Scenario => ({ ...s, objectives: s.objectives.map((x, i) => (i === 0 ? { ...x, ...o } : x)) });
const own = (fr: string, o: Partial<Objective> = {}, s?: Scenario) => ownLabelWarnings(first({ label: { fr }, ...o }, s), shipped);

describe('an objective label the teacher wrote that no longer fits its objective (QA qa31lesson m3)', () => {
  afterEach(() => setLocale('fr'));

  it('says nothing on the shipped shops nor on labels that fit', () => {
    for (const s of shipped) expect(ownLabelWarnings(s, shipped), s.id).toEqual([]);
    // the objective as it is: 2 330 active customers at least
    expect(own('Au moins 2 330 clients actifs')).toEqual([]);
    expect(own('Garder 2 330 clients actifs au bout de l’année')).toEqual([]);
    expect(own('Une clientèle fidèle et nombreuse')).toEqual([]);
    expect(own('Au plus 0,8 % d’attrition', { metric: 'churnRate', comparator: '<=', target: 0.008 })).toEqual([]);
    expect(own('Taux d’attrition ≤ 0,75 %', { metric: 'churnRate', comparator: '<=', target: 0.0075 })).toEqual([]);
    expect(own('Garder au moins 90 % de rétention', { metric: 'retentionRate', target: 0.9 })).toEqual([]);
    expect(own('Au moins 152 k€ de marge nette', { metric: 'cumulativeNetMargin', target: 152_000 })).toEqual([]);
    expect(own('Au moins 1,45 M€ de chiffre d’affaires', { metric: 'cumulativeTurnover', target: 1_450_000 })).toEqual([]);
    expect(own('At least €2,330 of turnover', { metric: 'cumulativeTurnover', target: 2330 })).toEqual([]);
    expect(own('Recruter au moins 900 nouveaux clients à la semaine 52', { metric: 'acquisitions', target: 900 })).toEqual([]);
    // a rate is a share of the active customers: named with their words and a percentage (review22 m5)
    expect(own('Perdre au plus 5 % des clients actifs', { metric: 'churnRate', comparator: '<=', target: 0.05 })).toEqual([]);
    expect(own('Garder au moins 80 % des clients actifs', { metric: 'retentionRate', target: 0.8 })).toEqual([]);
    expect(own('Lose at most 5% of active customers', { metric: 'churnRate', comparator: '<=', target: 0.05 })).toEqual([]);
    // segment metrics are named in too many ways: words not read
    expect(own('Au moins 30 % de très bons clients actifs', { metric: 'segmentShare', segment: 'tresBon', target: 0.3 })).toEqual([]);
  });

  it('says a label kept after the metric changed: « Au moins 300 clients actifs » for the churn rate', () => {
    const [w, ...rest] = own('Au moins 300 clients actifs', { metric: 'churnRate', comparator: '<=', target: 0.008 });
    expect(rest).toEqual([]);
    expect(w.path).toEqual(['objectives', 0, 'label', 'fr']);
    expect(w.severity).toBe('warning');
    expect(w.message).toMatch(/^Le libellé «\s?Au moins 300 clients actifs\s?» ne correspond plus à l’objectif, maintenant «\s?Taux d’attrition\s?» au plus \(≤\) 0,008\s?: il ne parle pas de «\s?Taux d’attrition\s?»\. Les élèves liraient/);
  });

  it('still says a rate’s label that names another metric, percentage or not', () => {
    const [w, ...rest] = own('Au plus 5 % du chiffre d’affaires', { metric: 'churnRate', comparator: '<=', target: 0.05 });
    expect(rest).toEqual([]);
    expect(w.message).toMatch(/il ne parle pas de «\s?Taux d’attrition\s?»/);
    // the active customers without a percentage are a count, not a rate
    expect(own('Au moins 80 clients actifs', { metric: 'retentionRate', target: 0.8 })[0].message).toMatch(/il ne parle pas de/);
  });

  it('says a figure or a comparator that is no longer the objective’s', () => {
    const [target] = own('Au moins 2 100 clients actifs', { target: 1800 });
    expect(target.message).toMatch(/il annonce 2\s100, la cible est 1\s800\./);
    const [comparator] = own('Au moins 1 800 clients actifs', { comparator: '<=', target: 1800 });
    expect(comparator.message).toMatch(/il ne dit pas «\s?au plus \(≤\)\s?»/);
  });

  it('says a period named past the end, on a template’s label too', () => {
    const short: Scenario = { ...bakery, durationTicks: 26 };
    const [w] = own('Au moins 2 330 clients actifs entre la semaine 40 et la semaine 52', {}, short);
    expect(w.message).toMatch(/il nomme «\s?semaine 40\s?», mais la partie finit à la semaine 26/);
    const template = bakery.objectives[0];
    expect(ownLabelWarnings({ ...short, objectives: [{ ...template, label: { fr: template.label.fr, en: 'Have 2,330 active customers by week 52' } }] }, shipped)).toHaveLength(1);
    // the template's label left as it is with another target is staleLabelWarnings' remark, not this one
    expect(ownLabelWarnings(first({ target: 1500 }), shipped)).toEqual([]);
  });

  it('reads the English label, in English', async () => {
    await setLocale('en');
    const warnings = ownLabelWarnings(first({ label: { fr: 'Au moins 2 330 clients actifs', en: 'At least 2,330 active customers' }, metric: 'budgetLeft', target: 2330 }), shipped);
    expect(warnings.map((x) => x.path)).toEqual([
      ['objectives', 0, 'label', 'fr'],
      ['objectives', 0, 'label', 'en'],
    ]);
    expect(warnings[1].message).toMatch(/^The label “At least 2,330 active customers” no longer fits the objective, now “[^”]+” at least \(≥\) 2,330: it does not speak of/);
  });
});
