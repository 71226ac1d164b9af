/**
 * A what-if branch's name is kept in parts (the original run's name, the tick of each branching) and
 * composed where it is shown, in the reader's language: a branch made in French reads in English
 * once the language is English. A run without parts shows its stored name as it is.
 */
import { describe, expect, it } from 'vitest';
import { branchNameOf, runDisplayName } from '../../../src/app/runName.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../../src/i18n/translate.ts';

const tOf = (locale: Locale) => (key: MessageKey, params?: Params) => translate(locale, key, params);

describe('a run’s name as shown', () => {
  it('composes a branch’s name in the reader’s language from the same parts', () => {
    const branch = { name: 'Ma partie — et si… (la semaine 3)', branchName: branchNameOf({ name: 'Ma partie' }, 2) };
    expect(branch.branchName).toEqual({ base: 'Ma partie', ticks: [2] });
    expect(runDisplayName(tOf('fr'), 'week', branch)).toBe('Ma partie — et si… (à partir de la semaine 3)');
    expect(runDisplayName(tOf('en'), 'week', branch)).toBe('Ma partie — what if… (from week 3)');
    expect(runDisplayName(tOf('fr'), 'month', branch)).toBe('Ma partie — et si… (à partir du mois 3)');
    expect(runDisplayName(tOf('en'), 'month', branch)).toBe('Ma partie — what if… (from month 3)');
  });

  it('a branch of a branch adds its period to the same original name', () => {
    const first = { name: 'ignored', branchName: branchNameOf({ name: 'Ma partie' }, 2) };
    const second = { name: 'ignored', branchName: branchNameOf(first, 5) };
    expect(second.branchName).toEqual({ base: 'Ma partie', ticks: [2, 5] });
    expect(runDisplayName(tOf('en'), 'week', second)).toBe('Ma partie — what if… (from week 3) — what if… (from week 6)');
    expect(runDisplayName(tOf('fr'), 'week', second)).toBe('Ma partie — et si… (à partir de la semaine 3) — et si… (à partir de la semaine 6)');
  });

  it('shows a run without parts (an original, a renamed branch, a branch saved before) by its stored name', () => {
    const old = { name: 'Ma partie — et si… (la semaine 3)' };
    expect(runDisplayName(tOf('en'), 'week', old)).toBe('Ma partie — et si… (la semaine 3)');
    expect(runDisplayName(tOf('en'), 'week', { name: 'Ma partie', branchName: null })).toBe('Ma partie');
    // a branch of such a run starts from its stored name
    expect(runDisplayName(tOf('en'), 'week', { name: '', branchName: branchNameOf(old, 4) })).toBe('Ma partie — et si… (la semaine 3) — what if… (from week 5)');
  });
});
