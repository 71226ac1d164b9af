/**
 * A name the app gave a run when it started (home.runName) is shown in the reader's language, whichever language it
 * was started in (QA qa28en m1: « Market Square Bakery — Mission 2 (1907) » on a French home page); a name the learner
 * typed stays as typed; a new run's name is told apart from a saved one that reads the same in another language.
 */
import { describe, expect, it } from 'vitest';
import { composeDefaultRunName, comparableRunName, readDefaultRunName, RUN_NAME_TEMPLATES, shownRunName } from '../../../src/app/defaultRunName.ts';
import { branchNameOf, distinctRunName } from '../../../src/app/runName.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import { home as frHome } from '../../../src/i18n/fr/home.ts';
import { home as enHome } from '../../../src/i18n/en/home.ts';
import { NNBSP } from '../../../src/i18n/frenchSpacing.ts';

const tOf = (locale: Locale) => (key: MessageKey, params?: Params) => translate(locale, key, params);
const bakery = { shop: { fr: 'Boulangerie du Marché', en: 'Market Square Bakery' }, seed: 1907 };
const shown = (lc: Locale, name: string, origin: typeof bakery | null = bakery) => shownRunName(tOf(lc), lc, 'week', { name }, origin);

describe('a name the app gave a run, in the reader’s language', () => {
  it('copies both languages’ templates', () => {
    expect(RUN_NAME_TEMPLATES.fr).toEqual(frHome.runName);
    expect(RUN_NAME_TEMPLATES.en).toEqual(enHome.runName);
  });

  it('shows a free game, a mission and a mission’s attempt started in French in English, and back', () => {
    expect(shown('en', 'Boulangerie du Marché (1907)')).toBe('Market Square Bakery (1907)');
    expect(shown('en', 'Boulangerie du Marché (1907) 2')).toBe('Market Square Bakery (1907) 2');
    expect(shown('en', 'Boulangerie du Marché — Mission 2 (1907)')).toBe('Market Square Bakery — Mission 2 (1907)');
    expect(shown('en', 'Boulangerie du Marché — Mission 3, essai 2 (1907)')).toBe('Market Square Bakery — Mission 3, attempt 2 (1907)');
    expect(shown('fr', 'Market Square Bakery — Mission 2 (1907)')).toBe('Boulangerie du Marché — Mission 2 (1907)');
    expect(shown('fr', 'Market Square Bakery — Mission 3, attempt 4 (1907)')).toBe('Boulangerie du Marché — Mission 3, essai 4 (1907)');
    expect(shown('fr', 'Market Square Bakery (1907) 3')).toBe('Boulangerie du Marché (1907) 3');
    // in its own language, unchanged
    expect(shown('fr', 'Boulangerie du Marché — Mission 3, essai 2 (1907)')).toBe('Boulangerie du Marché — Mission 3, essai 2 (1907)');
  });

  it('reads a French name written with French spaces', () => {
    const shop = { shop: { fr: 'Chez Léa : fleurs', en: 'Léa’s flowers' }, seed: 3 };
    expect(shownRunName(tOf('en'), 'en', 'week', { name: `Chez Léa\u00a0: fleurs — Mission 1 (3)` }, shop)).toBe('Léa’s flowers — Mission 1 (3)');
    expect(readDefaultRunName(`Chez Léa${NNBSP}: fleurs (3)`, shop)).toEqual({ kind: 'free' });
  });

  it('leaves a name the learner typed, another seed’s or another shop’s as stored', () => {
    expect(shown('en', 'Ma partie du marché')).toBe('Ma partie du marché');
    expect(shown('en', 'Boulangerie du Marché (1908)')).toBe('Boulangerie du Marché (1908)');
    expect(shown('en', 'Boulangerie du Marché (1907) bis')).toBe('Boulangerie du Marché (1907) bis');
    expect(shown('en', 'Optique Lumière (1907)')).toBe('Optique Lumière (1907)');
    expect(shown('en', 'Boulangerie du Marché — Mission 2 (1907)', null)).toBe('Boulangerie du Marché — Mission 2 (1907)');
  });

  it('shows a what-if branch of a game the app named in the reader’s language, its base included', () => {
    const branch = { name: 'ignored', branchName: branchNameOf({ name: 'Boulangerie du Marché — Mission 2 (1907)' }, 9) };
    expect(shownRunName(tOf('en'), 'en', 'week', branch, bakery)).toBe('Market Square Bakery — Mission 2 (1907) — what if… (from week 10)');
    expect(shownRunName(tOf('fr'), 'fr', 'week', branch, bakery)).toBe('Boulangerie du Marché — Mission 2 (1907) — et si… (à partir de la semaine 10)');
  });

  it('composes with the parts read', () => {
    const parts = readDefaultRunName('Market Square Bakery — Mission 3, attempt 2 (1907) 4', bakery);
    expect(parts).toEqual({ kind: 'attempt', n: 3, attempt: 2, copy: 4 });
    expect(composeDefaultRunName(tOf('fr'), 'Boulangerie du Marché', 1907, parts!)).toBe('Boulangerie du Marché — Mission 3, essai 2 (1907) 4');
  });

  it('tells a new run apart from a saved one that reads the same in the other language', () => {
    const comparable = (name: string) => comparableRunName(name, bakery);
    expect(distinctRunName('Market Square Bakery (1907)', ['Boulangerie du Marché (1907)'], undefined, comparable)).toBe('Market Square Bakery (1907) 2');
    expect(distinctRunName('Market Square Bakery (1907)', ['Boulangerie du Marché (1907)', 'Market Square Bakery (1907) 2'], undefined, comparable)).toBe(
      'Market Square Bakery (1907) 3',
    );
    const numbered = (n: number) => `Boulangerie du Marché — Mission 2, essai ${n} (1907)`;
    expect(distinctRunName('Boulangerie du Marché — Mission 2 (1907)', ['Market Square Bakery — Mission 2 (1907)', 'Market Square Bakery — Mission 2, attempt 2 (1907)'], numbered, comparable)).toBe(
      'Boulangerie du Marché — Mission 2, essai 3 (1907)',
    );
    // a name typed is compared as it is
    expect(distinctRunName('Ma partie', ['Ma partie (1907)'], undefined, comparable)).toBe('Ma partie');
  });
});
