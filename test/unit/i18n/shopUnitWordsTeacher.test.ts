/**
 * periodWords34b: texts that said « période » / "period" where the shop's week or month is meant, in the database's
 * notices and the class view. Each says the shop's unit (a weekly and a monthly shop, French and English), or no
 * unit at all where one text covers files of several shops (the class view's notes).
 */
import { describe, expect, it } from 'vitest';
import { translate, type Locale, type MessageKey } from '../../../src/i18n/translate.ts';
import { translateCount } from '../../../src/i18n/plural.ts';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const say = (locale: Locale, key: MessageKey, params: Record<string, string | number> = {}) => norm(translate(locale, key, params));

describe('a resumed advance of several weeks or months says the shop’s unit', () => {
  it.each([
    ['fr', 'week', 'Reprise à la semaine 5 : l’avance de plusieurs semaines a été interrompue', 'les semaines suivantes n’ont pas été jouées (semaines prévues non jouées : 2)'],
    ['fr', 'month', 'Reprise au mois 5 : l’avance de plusieurs mois a été interrompue', 'les mois suivants n’ont pas été joués (mois prévus non joués : 2)'],
    ['en', 'week', 'Resumed at week 5: the advance of several weeks was interrupted', 'the following weeks were not played (planned weeks not played: 2)'],
    ['en', 'month', 'Resumed at month 5: the advance of several months was interrupted', 'the following months were not played (planned months not played: 2)'],
  ] as const)('%s, a %s shop', (locale, unit, start, end) => {
    const text = say(locale, `db.advanceInterrupted.${unit}`, { n: 5, missing: 2 });
    expect(text.startsWith(start)).toBe(true);
    expect(text).toContain(end);
    expect(text).not.toMatch(/p[ée]riod/i);
  });
});

describe('the class view’s notes on files of several shops name no unit', () => {
  it.each(['fr', 'en'] as const)('%s', (locale) => {
    const texts = [
      norm(translateCount(locale, 'classView.unfinished.note', 1)),
      norm(translateCount(locale, 'classView.unfinished.note', 3)),
      say(locale, 'classView.missions.marginNote'),
      say(locale, 'classView.bilan.noGame'),
    ];
    for (const text of texts) expect(text).not.toMatch(/p[ée]riod/i);
    expect(texts[0]).toContain(locale === 'fr' ? 'ses chiffres ne portent que sur la partie jouée' : 'its figures cover only the part played');
  });
});

describe('the complaint policy’s unpaid clause says the shop’s unit in a mission’s Bilan (periodWords34b)', () => {
  it.each([
    ['fr', 'week', 'des enquêtes de la semaine :'],
    ['fr', 'month', 'des enquêtes du mois :'],
    ['en', 'week', 'the surveys of the week:'],
    ['en', 'month', 'the surveys of the month:'],
  ] as const)('%s, a %s shop', async (locale, unit, want) => {
    const { complaintPolicyText } = await import('../../../src/ui/missions/missionCaveats.ts');
    const text = norm(complaintPolicyText(locale, { params: { tick: 0, count: 12, unpaid: 3, resolved: 9, fast: 9, level: 'excellente' } }, unit));
    expect(text).toContain(want);
    expect(text).not.toMatch(/p[ée]riod/i);
  });
});
