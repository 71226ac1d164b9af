import { describe, expect, it } from 'vitest';
import { recruitEstimate } from '../../../src/ui/decisions/recruitEstimate.ts';
import { translate, type MessageKey } from '../../../src/i18n/translate.ts';
import { translateCount, type PluralBase } from '../../../src/i18n/plural.ts';
import { recruitUnitCost } from '../../../src/engine/unitCosts.ts';

const say = (locale: 'fr' | 'en', e: ReturnType<typeof recruitEstimate>) =>
  'n' in e ? translateCount(locale, e.key as PluralBase, e.n, { n: e.n }) : translate(locale, e.key as MessageKey);

describe('recruitment form: recruits to expect for the budget (QA qa29self m1)', () => {
  it('is the budget over the cost per recruit announced, rounded down, and says fewer when customers are unhappy', () => {
    // mission 6: flyers at the bakery, 36,90 € a recruit, 1 000 € (the Bilan then said 25 recruits, 40,00 € each)
    const unit = recruitUnitCost('flyers', 6.9);
    expect(unit).toBe(36.9);
    const e = recruitEstimate(1000, unit);
    expect(e).toEqual({ key: 'decisions.acquisition.recruits', n: Math.floor(1000 / unit) });
    expect(say('fr', e)).toBe('Environ 27 recrues pour ce budget, moins si des clients sont mécontents (leur bouche-à-oreille freine la conquête).');
    expect(say('en', e)).toBe('About 27 recruits for this budget, fewer if customers are unhappy (their word of mouth holds back conquest).');
  });

  it('counts a budget of whole recruits exactly, one in the singular, none said apart', () => {
    expect(recruitEstimate(73.8, 36.9)).toEqual({ key: 'decisions.acquisition.recruits', n: 2 });
    expect(say('fr', recruitEstimate(40, 36.9))).toMatch(/^Environ 1 recrue pour ce budget/);
    expect(say('fr', recruitEstimate(30, 36.9))).toBe('Ce budget ne paie pas une seule recrue sur ce canal.');
  });
});
