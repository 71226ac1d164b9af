/**
 * QA tablet #20: five saved games of the same day all read « modifiée le 1er décembre 2026 ». The
 * line gives the time too, date and time read in the learner's own time zone.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from '../../../src/app/format.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

describe('a saved game’s date and time', () => {
  it('reads them in the given time zone, the date following the clock past midnight', () => {
    const late = new Date('2026-12-01T23:30:00Z');
    expect(formatDate('fr', late, 'Europe/Paris')).toBe('2 décembre 2026');
    expect(formatTime('fr', late, 'Europe/Paris')).toBe('00:30');
    expect(formatDate('fr', late)).toBe('1er décembre 2026');
    expect(formatTime('en', late)).toBe('23:30');
  });

  it('says the time in the saved games list, in both languages', () => {
    expect(translate('fr', 'savedRuns.runUpdated', { date: '1er décembre 2026', time: '14:05' })).toBe(frenchText`modifiée le 1er décembre 2026 à 14:05`);
    expect(translate('en', 'savedRuns.runUpdated', { date: '1 December 2026', time: '14:05' })).toBe('last changed on 1 December 2026 at 14:05');
  });
});
