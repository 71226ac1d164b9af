/** A programme's effect is written once for the dashboard and the Bilan. */
import { describe, expect, it } from 'vitest';
import { programmeMarginText, programmeRoiText } from '../../../src/ui/dashboard/programmeEffectText.ts';

const base = { incrementalMarginToDate: 5972, incrementalMarginError: 10254, controlGroup: 123, roi: 0.879, costToDate: 3180, targeted: 1107 };

describe('programme effect in words', () => {
  it('gives the margin with its error, what it shows and the control group it comes from', () => {
    const text = programmeMarginText('fr', base);
    expect(text.value).toMatch(/^5\s972\s€ ± 10\s254\s€$/);
    expect(text.note).toMatch(/^effet non démontré : dans la marge d’erreur, estimé par comparaison avec un groupe témoin de 123 clients non inscrits$/);
    expect(programmeMarginText('fr', { ...base, incrementalMarginToDate: 20000, incrementalMarginError: 5000 }).note).toMatch(/^gain démontré/);
  });
  it('says why there is no figure without a control group or before any cost', () => {
    const unmeasured = { ...base, incrementalMarginToDate: null, incrementalMarginError: null, controlGroup: 0, roi: null };
    expect(programmeMarginText('fr', unmeasured).value).toBeNull();
    expect(programmeRoiText('fr', unmeasured)).toBe('non mesurable');
    expect(programmeRoiText('fr', { ...base, roi: null, costToDate: 0 })).toBe('pas encore de coût');
    expect(programmeRoiText('en', base)).toMatch(/±/);
  });
});
