import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { interpolate, translate } from '../../src/i18n/translate.ts';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('translate', () => {
  it('gives French by default and English when asked', () => {
    expect(translate('fr', 'app.tagline')).toBe('Simulateur de fidélisation client');
    expect(translate('en', 'app.tagline')).toBe('Customer loyalty simulator');
  });
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{{n}} clients sur {{total}}', { n: 3, total: 10 })).toBe('3 clients sur 10');
    expect(interpolate('{{n}} et {{x}}', { n: 1 })).toBe('1 et {{x}}');
  });
  it('returns the key itself for an unknown key instead of crashing', () => {
    expect(translate('en', 'nope.missing')).toBe('nope.missing');
  });
  it('English has exactly the French keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });
});
