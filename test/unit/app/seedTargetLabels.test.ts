/**
 * An objective's label writes its target (« au moins 152 000 € de marge nette »): on a run whose seed
 * moved that target (src/engine/seedTargets.ts), the label says the figure the run is graded on, in
 * both languages, grouped as the label groups it; another number of the label, or a label that does
 * not write the target, is left as written.
 */
import { describe, expect, it } from 'vitest';
import { runObjectiveLabel, withTargetInText } from '../../../src/app/objectiveText.ts';
import type { SeedAdjustment } from '../../../src/engine/seedTargets.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import bakery from '../../../scenarios/boulangerie-du-marche.json';

const scenario = bakery as unknown as Scenario;
const seedTargets: SeedAdjustment = {
  seed: 1,
  defaultSeed: 1907,
  objectives: [
    { id: 'actifs', base: 2330, target: 2327, noAction: 2164, noActionDefault: 2167 },
    { id: 'marge', base: 152_000, target: 170_505, noAction: 161_966.3, noActionDefault: 143_461.2 },
  ],
};
const objective = (id: string) => scenario.objectives.find((o) => o.id === id)!;

describe('objective labels of a run whose seed moved the targets', () => {
  it('write the adjusted target in French and English', () => {
    expect(runObjectiveLabel(objective('marge'), 'fr', seedTargets)).toBe(
      'Ne pas brader\u00a0: au moins 170\u202f505\u202f€ de marge nette (après coût des actions) sur l’année',
    );
    expect(runObjectiveLabel(objective('marge'), 'en', seedTargets)).toBe(
      'Protect the margin, no bargain prices: at least €170,505 net margin (after the cost of actions) over the year',
    );
    expect(runObjectiveLabel(objective('actifs'), 'fr', seedTargets)).toBe('Avoir au moins 2\u202f327 clients actifs à la fin de l’année');
    expect(runObjectiveLabel(objective('actifs'), 'en', seedTargets)).toBe('Have at least 2,327 active customers at the end of the year');
  });

  it('leave a label as written without an adjustment, for an objective not moved, or a label without the target', () => {
    expect(runObjectiveLabel(objective('marge'), 'fr', null)).toContain('152\u202f000\u202f€');
    expect(runObjectiveLabel(objective('satisfaction'), 'fr', seedTargets)).toContain('68\u202f%');
    expect(runObjectiveLabel({ id: 'marge', label: { fr: 'Protéger la marge' } }, 'fr', seedTargets)).toBe('Protéger la marge');
  });

  it('change only the target standing alone, keeping the label’s grouping', () => {
    expect(withTargetInText('gardez 1 000 € en 4 semaines', 1000, 987, 'fr')).toBe('gardez 987 € en 4 semaines');
    expect(withTargetInText('gardez 1000 €', 1000, 12_345, 'fr')).toBe('gardez 12345 €');
    expect(withTargetInText('at least €1,250 after 4 weeks', 1250, 1302, 'en')).toBe('at least €1,302 after 4 weeks');
    expect(withTargetInText('recruter 900 clients', 900, 1004, 'fr')).toBe('recruter 1\u202f004 clients');
    expect(withTargetInText('recruit 900 customers', 900, 1004, 'en')).toBe('recruit 1,004 customers');
    // not a part of a larger number, nor a decimal's start
    expect(withTargetInText('11 000 € ou 1 000 000 € ou 1 000,5 €', 1000, 987, 'fr')).toBe('11 000 € ou 1 000 000 € ou 1 000,5 €');
    expect(withTargetInText('budget 1 000 € (sur 1 000 €)', 1000, -20, 'fr')).toBe('budget \u221220 € (sur \u221220 €)');
  });

  it('change a target of any size, with two thousands separators or more too (3, 4, 7 and 8 digits, fr and en)', () => {
    const nnbsp = '\u202f';
    expect(withTargetInText('recruter 890 clients', 890, 912, 'fr')).toBe('recruter 912 clients');
    expect(withTargetInText('recruit 890 customers', 890, 912, 'en')).toBe('recruit 912 customers');
    expect(withTargetInText(`garder 4${nnbsp}140${nnbsp}€`, 4140, 4087, 'fr')).toBe(`garder 4${nnbsp}087${nnbsp}€`);
    expect(withTargetInText('keep €4,140', 4140, 4087, 'en')).toBe('keep €4,087');
    // Sport & Peaks at seed 42: « at least €1,450,000 » graded on ≥ €1,478,097
    expect(withTargetInText(`au moins 1${nnbsp}450${nnbsp}000${nnbsp}€ de CA`, 1_450_000, 1_478_097, 'fr')).toBe(
      `au moins 1${nnbsp}478${nnbsp}097${nnbsp}€ de CA`,
    );
    expect(withTargetInText('au moins 1 450 000 € de CA', 1_450_000, 1_478_097, 'fr')).toBe('au moins 1 478 097 € de CA');
    expect(withTargetInText('Achieve at least €1,450,000 in turnover', 1_450_000, 1_478_097, 'en')).toBe(
      'Achieve at least €1,478,097 in turnover',
    );
    expect(withTargetInText('at least 1450000', 1_450_000, 1_478_097, 'en')).toBe('at least 1478097');
    expect(withTargetInText(`au moins 12${nnbsp}500${nnbsp}000${nnbsp}€`, 12_500_000, 9_876_543, 'fr')).toBe(
      `au moins 9${nnbsp}876${nnbsp}543${nnbsp}€`,
    );
    expect(withTargetInText('at least €12,500,000', 12_500_000, 12_345_678, 'en')).toBe('at least €12,345,678');
    // the groups keep one separator: « 1,450 000 » is not the number, nor a part of « 11,450,000 »
    expect(withTargetInText('1,450 000 or 11,450,000', 1_450_000, 1_478_097, 'en')).toBe('1,450 000 or 11,450,000');
  });
});
