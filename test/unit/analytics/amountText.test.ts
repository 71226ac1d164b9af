import { describe, expect, it } from 'vitest';
import { amountText, fileCurrency } from '../../../src/ui/analytics/amountText.ts';

describe('real-data amounts', () => {
  it('knows the CDNOW files are in US dollars and an imported file’s currency is unknown', () => {
    expect(fileCurrency('cdnow-sample')).toBe('USD');
    expect(fileCurrency('cdnow')).toBe('USD');
    expect(fileCurrency('csv')).toBeNull();
  });

  it('writes dollars with « $ » in the locale, and a bare number when the currency is unknown', () => {
    expect(amountText('fr', 120.64, 'USD').replace(/\s/g, ' ')).toBe('120,64 $');
    expect(amountText('en', 120.64, 'USD')).toBe('$120.64');
    expect(amountText('fr', 294.2, 'USD').replace(/\s/g, ' ')).toBe('294,20 $');
    expect(amountText('fr', 120.64, null)).toBe('120,64');
    // money keeps its two decimals when the currency is unknown too: « 79,80 » beside « 88,12 », not « 79,8 » (QA qa29 m5)
    expect(amountText('fr', 1234.5, null).replace(/\s/g, ' ')).toBe('1 234,50');
    expect(amountText('en', 1234.5, null)).toBe('1,234.50');
    expect(amountText('fr', 79.8, null)).toBe('79,80');
    expect(amountText('fr', 12, null)).toBe('12,00');
  });

  it('writes a negative amount with the minus sign U+2212, as the rest of the app displays it', () => {
    expect(amountText('fr', -12.5, 'USD').replace(/\s/g, ' ')).toBe('\u221212,50 $');
    expect(amountText('en', -12.5, 'USD')).toBe('\u2212\u2060$12.50');
    expect(amountText('fr', -3, null)).toBe('\u22123,00');
    expect(amountText('en', -1234.5, null)).toBe('\u22121,234.50');
  });
});
