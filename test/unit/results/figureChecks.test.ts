/** A refuted file's figures one by one: only those the replay contradicts are marked, in the reader's locale. */
import { describe, expect, it } from 'vitest';
import { figurePair, replayedPoints, shownClaim, wrongFigureLines, wrongFigures } from '../../../src/results/figureChecks.ts';
import type { Difference, Verification } from '../../../src/results/verifyResult.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const diff = (what: Difference['what'], recorded: Difference['recorded'], recomputed: Difference['recomputed'], id?: string): Difference => ({ what, ...(id ? { id } : {}), recorded, recomputed, text: '…' });
const refuted = (differences: Difference[]) => ({ status: 'refuted', differences, warnings: [] }) as unknown as Verification;
const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('figure checks', () => {
  it('keeps the figures of a refuted file the replay contradicts, not the final state or the periods, and none of another status', () => {
    const differences = [diff('stateHash', 'a', 'b'), diff('ticks', 12, 11), diff('cumulativeGrossMargin', 412_000, 392_000), diff('objective', 'atteint (1)', 'manque (0)', 'obj-1')];
    expect(wrongFigures(refuted(differences)).map((d) => d.what)).toEqual(['cumulativeGrossMargin', 'objective']);
    expect(wrongFigures({ ...refuted(differences), status: 'otherModel' } as Verification)).toEqual([]);
    expect(wrongFigures({ status: 'invalid', errors: ['x'] })).toEqual([]);
  });

  it('shows a claim as is where the replay gives the same, struck with the replay’s value where it differs', () => {
    const wrong = [diff('cumulativeGrossMargin', 412_000, 392_000)];
    // the turnover is not contradicted: no replay value, whole euros as in the table
    expect(nbsp(shownClaim(wrong, 'cumulativeTurnover', 584_625.4, 'fr').text)).toBe('584 625 €');
    expect(shownClaim(wrong, 'cumulativeTurnover', 584_625.4, 'fr')).not.toHaveProperty('replayed');
    const gross = shownClaim(wrong, 'cumulativeGrossMargin', 412_000, 'fr');
    expect(nbsp(gross.text)).toBe('412 000 €');
    expect(nbsp(gross.replayed!)).toBe('392 000 €');
  });

  it('adds decimals only when whole units would show the same text for two different values', () => {
    const cents = figurePair('cumulativeNetMargin', 151_350.49, 151_350.2, 'fr');
    expect(nbsp(cents.recorded)).toBe('151 350,49 €');
    expect(nbsp(cents.recomputed)).toBe('151 350,20 €');
    expect(figurePair('retentionRate', 0.9951, 0.9934, 'en')).toEqual({ recorded: '99.5%', recomputed: '99.3%' });
    expect(figurePair('retentionRate', 0.99341, 0.99338, 'en')).toEqual({ recorded: '99.341%', recomputed: '99.338%' });
    expect(figurePair('activeCustomers', 2_400, null, 'fr').recomputed).toBe('(absent)');
  });

  it('gives the replay’s points where it contradicts the points or the possible points', () => {
    expect(replayedPoints([], 3, 5)).toBeUndefined();
    expect(replayedPoints([diff('cumulativeGrossMargin', 1, 2)], 3, 5)).toBeUndefined();
    expect(replayedPoints([diff('objectivePoints', 5, 1)], 5, 5)).toEqual({ points: 1, max: 5 });
    expect(replayedPoints([diff('objectiveMaxPoints', 9, 5)], 3, 9)).toEqual({ points: 3, max: 5 });
  });

  it('names in the row every contradicted figure in the verification\'s order, a forged net margin first (QA qa19 F7: it came after an objective), in the locale, objectives included', () => {
    const wrong = [
      diff('cumulativeNetMargin', 200_000, 150_000),
      diff('cumulativeGrossMargin', 412_000, 392_000),
      diff('retentionRate', 0.999, 0.993),
      diff('objective', 'atteint (0,7)', 'manque (0,5)', 'satisfaction'),
    ];
    const fr = wrongFigureLines(wrong, 'fr').map((l) => ({ ...l, recorded: nbsp(l.recorded), recomputed: nbsp(l.recomputed) }));
    expect(fr).toEqual([
      { what: 'marge nette cumulée', recorded: '200 000 €', recomputed: '150 000 €' },
      { what: 'marge brute cumulée', recorded: '412 000 €', recomputed: '392 000 €' },
      { what: 'taux de fidélisation par période', recorded: '99,9 %', recomputed: '99,3 %' },
      { what: frenchText`objectif « satisfaction »`, recorded: 'atteint (0,7)', recomputed: 'manque (0,5)' },
    ]);
    expect(wrongFigureLines([diff('cumulativeGrossMargin', 412_000, 392_000)], 'en')).toEqual([{ what: 'cumulative gross margin', recorded: '€412,000', recomputed: '€392,000' }]);
  });

  it('passes on an objective\'s claim against its target (QA qa19 F7)', () => {
    const wrong: Difference[] = [
      diff('cumulativeNetMargin', 199_999, 155_559),
      { ...diff('objective', 'atteint (2 290)', 'non atteint (2 290)', 'clients'), label: 'Avoir au moins 2 330 clients actifs', claim: 'atteint, alors que 2 290 < 2 330' },
    ];
    const fr = wrongFigureLines(wrong, 'fr').map((l) => ({ ...l, recorded: nbsp(l.recorded), recomputed: nbsp(l.recomputed) }));
    expect(fr[0]).toEqual({ what: 'marge nette cumulée', recorded: '199 999 €', recomputed: '155 559 €' });
    expect(fr[1]).toMatchObject({ what: frenchText`objectif « Avoir au moins 2 330 clients actifs »`, claim: 'atteint, alors que 2 290 < 2 330' });
  });
});
