/**
 * Signed numbers on screen are written with the minus sign U+2212 (« marge nette : −4 702 € », RFM
 * « −51 »), not the hyphen-minus Intl gives in fr-FR and en-GB; the CSV exports keep the ASCII « - »
 * that scripts parse (classCsvReference.test: « -800 »).
 */
import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent, formatPoints, formatShare, formatSigned, formatSignedMoney, formatSignedPercent, formatSignedShare, withMinusSign } from '../../../src/app/format.ts';

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');

describe('the minus sign on screen', () => {
  it('writes a negative difference with U+2212, a positive one with « + »', () => {
    expect(spaces(formatSignedMoney('fr', -4702))).toBe('\u22124 702 €');
    expect(formatSignedMoney('en', -4702)).toBe('\u2212\u2060€4,702');
    expect(spaces(formatSignedMoney('fr', 4702))).toBe('+4 702 €');
    expect(formatSigned('fr', -51)).toBe('\u221251');
    expect(formatSigned('en', 12)).toBe('+12');
    expect(formatPoints('fr', -0.004)).toBe('\u22120,4');
    expect(spaces(formatSignedPercent('fr', -0.12))).toBe('\u221212 %');
    expect(spaces(formatSignedShare('fr', -0.12))).toBe('\u221212,0 %');
    expect(formatSigned('fr', 0)).toBe('0');
  });

  it('joins a sign to the euro sign that follows it, so that a line never breaks between them (QA qa30enTablet m6: « − » then « €738 »)', () => {
    expect(formatSignedMoney('en', -738)).toBe('\u2212\u2060€738');
    expect(formatSignedMoney('en', 738)).toBe('+\u2060€738');
    expect(formatMoney('en', -12)).toBe('\u2212\u2060€12');
    // written again (a chart's tick): joined once
    expect(withMinusSign(formatMoney('en', -12))).toBe('\u2212\u2060€12');
    // a sign before a digit does not break (French amounts, numbers, percentages): nothing added
    expect(spaces(formatSignedMoney('fr', -738))).toBe('\u2212738 €');
    expect(formatSigned('en', -3)).toBe('\u22123');
    expect(formatSignedPercent('en', 0.12)).toBe('+12%');
  });

  it('writes a negative value with U+2212 too, and never a hyphen', () => {
    for (const locale of ['fr', 'en'] as const)
      for (const text of [formatNumber(locale, -1234.5, 1), formatMoney(locale, -12), formatPercent(locale, -0.3), formatShare(locale, -0.3), formatSigned(locale, -3)]) {
        expect(text).not.toContain('-');
        expect(text).toContain('\u2212');
      }
  });
});
