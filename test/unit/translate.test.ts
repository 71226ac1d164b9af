import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { interpolate, translate } from '../../src/i18n/translate.ts';
import { frCore } from '../../src/i18n/frCore.ts';
import { frLearner } from '../../src/i18n/frLearner.ts';
import { frTeacher } from '../../src/i18n/frTeacher.ts';
import { enLearner } from '../../src/i18n/enLearner.ts';

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
  it('a language comes part by part: its first-screen areas, then the learner part, the teacher tools\' part later; nothing built in', async () => {
    vi.resetModules(); // a registry with nothing registered yet (test/setup.ts registers whole languages)
    const fresh = await import('../../src/i18n/translate.ts');
    // nothing built in: an English learner downloads no French
    expect(fresh.translate('fr', 'app.tagline')).toBe('app.tagline');
    expect(fresh.hasMessages('fr', 'core')).toBe(false);
    fresh.registerMessages('fr', frCore);
    expect(fresh.hasMessages('fr', 'core')).toBe(true);
    expect(fresh.translate('fr', 'app.tagline')).toBe('Simulateur de fidélisation client');
    expect(fresh.translate('fr', 'glossary.title')).toBe('glossary.title');
    expect(fresh.hasMessages('fr')).toBe(false);
    fresh.registerMessages('fr', frLearner);
    expect(fresh.hasMessages('fr')).toBe(true);
    expect(fresh.hasMessages('fr', 'teacher')).toBe(false);
    expect(fresh.translate('fr', 'glossary.title')).toBe(fr.glossary.title);
    expect(fresh.translate('fr', 'editor.title')).toBe('editor.title');
    fresh.registerMessages('fr', frTeacher);
    expect(fresh.hasMessages('fr', 'teacher')).toBe(true);
    expect(fresh.translate('fr', 'editor.title')).toBe('Éditeur de scénario');
    fresh.registerMessages('en', enLearner);
    expect(fresh.hasMessages('en')).toBe(true);
    expect(fresh.translate('en', 'app.tagline')).toBe('Customer loyalty simulator');
    // an English teacher area not loaded yet falls back to French, never to a raw key
    expect(fresh.translate('en', 'editor.title')).toBe('Éditeur de scénario');
  });
});
