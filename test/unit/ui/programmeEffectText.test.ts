/** A programme's effect is written once for the dashboard and the Bilan. */
import { describe, expect, it } from 'vitest';
import { measureSpanText, programmeMarginText, programmeRoiLine, programmeRoiText } from '../../../src/ui/dashboard/programmeEffectText.ts';

const base = { incrementalMarginToDate: 5972, incrementalMarginError: 10254, controlGroup: 123, roi: 0.879, costToDate: 3180, targeted: 1107 };

describe('programme effect in words', () => {
  it('gives the margin with its error, what it shows and the control group it comes from', () => {
    const text = programmeMarginText('fr', base);
    // no effect shown (the interval holds 0): the interval first, rounded to the error's two significant digits (QA expert F26)
    expect(text.value).toMatch(/^entre −4\s000\s€ et \+16\s000\s€ \(estimation 6\s000\s€ ±\s10\s000\s€\)$/);
    // a shown effect in the same notation (QA play F2)
    expect(programmeMarginText('fr', { ...base, incrementalMarginToDate: 20000, incrementalMarginError: 5000 }).value).toMatch(
      /^entre \+15\s000\s€ et \+25\s000\s€ \(estimation 20\s000\s€ ±\s5\s000\s€\)$/,
    );
    expect(text.note).toMatch(/^effet non démontré\u00a0: dans la marge d’erreur, estimé par comparaison avec un groupe témoin de 123 clients non inscrits$/);
    expect(programmeMarginText('fr', { ...base, incrementalMarginToDate: 20000, incrementalMarginError: 5000 }).note).toMatch(/^rentable \(démontré\)/);
    expect(programmeMarginText('fr', { ...base, incrementalMarginToDate: 5000, incrementalMarginError: 3000 }).note).toMatch(
      /^effet sur la marge démontré\s?; rentabilité non démontrée/,
    );
  });
  it('warns that an estimate from a small control group is fragile (QA teacher F1)', () => {
    const small = programmeMarginText('fr', { ...base, controlGroup: 30 }).note;
    expect(small).toContain('groupe témoin de 30 clients non inscrits seulement');
    expect(small).toContain('estimation fragile, quelques gros acheteurs y pèsent lourd');
    expect(programmeMarginText('en', { ...base, controlGroup: 30 }).note).toContain('only 30 customers not enrolled: a fragile estimate');
    expect(programmeMarginText('fr', base).note).not.toContain('fragile');
  });
  it('says « trop petit pour conclure » beside « estimation fragile », never « perte démontrée » (QA shops F6)', () => {
    const relance = { ...base, incrementalMarginToDate: -31000, incrementalMarginError: 39000, costToDate: 20000, controlGroup: 36, startTick: 0, roi: -2.55 };
    const fr = programmeMarginText('fr', relance, { through: 19, unit: 'week' }).note.replace(/[\u00a0\u202f]/g, ' ');
    expect(fr).toMatch(/^groupe témoin trop petit pour conclure : avec 36 clients témoins, cet écart peut venir du hasard, .* ; il en faut au moins 100 pour parler de gain ou de perte démontrés, estimé par comparaison avec un groupe témoin de 36 clients non inscrits seulement : estimation fragile/);
    expect(fr).not.toContain('perte démontrée');
    expect(programmeRoiLine('en', relance, { through: 19, unit: 'week' })).toContain('control group too small to conclude: with 36 control customers, this gap may be chance');
    // with 100 control customers, the same interval is a loss shown
    expect(programmeRoiLine('fr', { ...relance, controlGroup: 100 }, { through: 19, unit: 'week' })).toContain('perte démontrée');
  });
  it('says « trop tôt pour conclure » after one period, and when the verdict comes (QA shops F6)', () => {
    const discount = { ...base, incrementalMarginToDate: 1000, incrementalMarginError: 440, costToDate: 400, controlGroup: 150, startTick: 1, roi: 1.5 };
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(programmeRoiLine('fr', discount, { through: 1, unit: 'week' }))).toContain('trop tôt pour conclure : mesuré trop peu de temps, cet écart peut venir du hasard, quelques achats font l’estimation et même son intervalle ; verdict après la semaine 5');
    expect(programmeRoiLine('en', discount, { through: 1, unit: 'month' })).toContain('too early to conclude: measured too briefly, this gap may be chance, a few purchases make the estimate and even its interval; verdict after month 5');
    expect(plain(programmeRoiLine('fr', discount, { through: 4, unit: 'week' }))).toContain('rentable (démontré)');
  });
  it('says why there is no figure without a control group or before any cost', () => {
    const unmeasured = { ...base, incrementalMarginToDate: null, incrementalMarginError: null, controlGroup: 0, roi: null };
    expect(programmeMarginText('fr', unmeasured).value).toBeNull();
    expect(programmeRoiText('fr', unmeasured)).toBe('non mesurable');
    expect(programmeRoiText('fr', { ...base, roi: null, costToDate: 0 })).toBe('pas encore de coût');
    expect(programmeRoiText('en', base)).toMatch(/±/);
  });
  it('says which periods a stopped programme acted and which its estimate covers: the engine measures it to the last period (QA class F1, QA today 12)', () => {
    // a contract launched week 1, stopped by the budget at the start of week 5 (nothing spent then), read at week 52
    const stopped = { ...base, startTick: 0, endTick: 4 };
    const span = { through: 51, unit: 'week' as const };
    const fr = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    const frSpan = 'programme actif semaines 1 à 4, arrêté au début de la semaine 5 ; effet mesuré sur les semaines 1 à 52 (après-coup compris)';
    expect(fr(measureSpanText('fr', stopped, span)!)).toBe(frSpan);
    // French typography: a narrow non-breaking space before « ; »
    expect(measureSpanText('fr', stopped, span)).toContain('\u202f;');
    expect(measureSpanText('en', stopped, span)).toBe('programme active in weeks 1 to 4, stopped at the start of week 5; effect measured over weeks 1 to 52 (after-effect included)');
    expect(fr(measureSpanText('fr', stopped, { through: 11, unit: 'month' })!)).toBe(
      'programme actif mois 1 à 4, arrêté au début du mois 5 ; effet mesuré sur les mois 1 à 12 (après-coup compris)',
    );
    // QA today 12: the coupons of week 1 stopped at the start of week 7, read at week 7: never « 1 à 7, arrêté semaine 7 »
    const coupons = fr(measureSpanText('fr', { ...base, startTick: 0, endTick: 6 }, { through: 6, unit: 'week' })!);
    expect(coupons).toBe('programme actif semaines 1 à 6, arrêté au début de la semaine 7 ; effet mesuré sur les semaines 1 à 7 (après-coup compris)');
    // one period acted, or none (stopped at its launch tick)
    expect(fr(measureSpanText('fr', { ...base, startTick: 2, endTick: 3 }, span)!)).toBe(
      'programme actif la semaine 3 seulement, arrêté au début de la semaine 4 ; effet mesuré sur les semaines 3 à 52 (après-coup compris)',
    );
    expect(measureSpanText('en', { ...base, startTick: 2, endTick: 2 }, { through: 5, unit: 'month' })).toBe(
      'programme stopped at the start of month 3, before it ever acted; effect measured over months 3 to 6',
    );
    expect(fr(programmeMarginText('fr', stopped, span).note)).toMatch(new RegExp(`groupe témoin de 123 clients non inscrits, ${frSpan.replace(/[()]/g, '\\$&')}$`));
    expect(fr(programmeRoiLine('fr', stopped, span))).toBe(
      `non chiffrable (marge d’erreur trop large), marge supplémentaire entre −4 000 € et +16 000 € (estimation 6 000 € ± 10 000 €) pour un coût de 3 180 € — effet non démontré : dans la marge d’erreur, ${frSpan}`,
    );
    // a running programme is measured since its launch (its « Depuis » says it); no control group: nothing measured
    expect(measureSpanText('fr', { ...base, startTick: 0 }, span)).toBeNull();
    expect(programmeMarginText('fr', { ...base, startTick: 0 }, span).note).not.toContain('mesuré sur');
    expect(programmeMarginText('fr', { ...base, startTick: 0 }, span).note).not.toContain('arrêté');
    expect(measureSpanText('fr', { ...stopped, incrementalMarginToDate: null }, span)).toBeNull();
  });
  it('fills every placeholder of every span form, in both languages: the measure starts at the launch, {{first}}', () => {
    const forms = [
      { startTick: 2, endTick: 6 },
      { startTick: 2, endTick: 3 },
      { startTick: 2, endTick: 2 },
    ];
    for (const locale of ['fr', 'en'] as const)
      for (const unit of ['week', 'month'] as const)
        for (const f of forms) {
          const text = measureSpanText(locale, { ...base, ...f }, { through: 9, unit })!;
          expect(text).not.toMatch(/\{\{|\}\}/);
          expect(text).toMatch(/3 (à|to) 10/); // measured from the launch (period 3) to the last played (10)
        }
  });
});
