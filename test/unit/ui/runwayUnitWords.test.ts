/**
 * The budget runway (period budget, dashboard's budget card) said « encore 3 périodes », « à la prochaine période »,
 * « versé à chaque période » beside « Payé environ 3 semaines » (QA qa31phoneEn m1): a weekly shop now reads weeks,
 * a monthly one months (decisions.tickWords), in French and English.
 */
import { describe, expect, it } from 'vitest';
import type { Runway } from '../../../src/app/budgetRunway.ts';
import { runwayNotice } from '../../../src/ui/decisions/runwayNotice.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../../src/i18n/translate.ts';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function say(locale: Locale, tickUnit: 'week' | 'month', runway: Runway): string {
  const t = (key: MessageKey, params?: Params) => translate(locale, key, params);
  const refs = { a: { type: 'lienSocial', instrument: 'club', startTick: 0 } } as const;
  const n = runwayNotice({ runway, refs, tick: 2, tickUnit }, t)!;
  return norm(translate(locale, n.key, n.params));
}

const covered: Runway = { kind: 'covered', cuts: [] };
const next: Runway = { kind: 'cut', cuts: [{ id: 'a', period: 1 }] };
const one: Runway = { kind: 'cut', cuts: [{ id: 'a', period: 2 }] };
const three: Runway = { kind: 'cut', cuts: [{ id: 'a', period: 4 }] };

describe('the budget runway counts in the shop’s unit', () => {
  it.each([
    ['fr', 'week', 'versé chaque semaine', 'payer « Lien social — Club clients (lancé la semaine 1) » la semaine suivante :', 'encore 1 semaine. Dès la semaine 4,', 'encore 3 semaines. Dès la semaine 6,'],
    ['fr', 'month', 'versé chaque mois', 'payer « Lien social — Club clients (lancé le mois 1) » le mois suivant :', 'encore 1 mois. Dès le mois 4,', 'encore 3 mois. Dès le mois 6,'],
    ['en', 'week', 'paid each week', 'cannot pay “Social bonding — Customer club (started in week 1)” next week:', 'for 1 more week. From week 4', 'for 3 more weeks. From week 6'],
    ['en', 'month', 'paid each month', 'cannot pay “Social bonding — Customer club (started in month 1)” next month:', 'for 1 more month. From month 4', 'for 3 more months. From month 6'],
  ] as const)('%s, a %s shop', (locale, unit, coveredText, nextText, oneText, threeText) => {
    const texts = [say(locale, unit, covered), say(locale, unit, next), say(locale, unit, one), say(locale, unit, three)];
    expect(texts[0]).toContain(coveredText);
    expect(texts[1]).toContain(nextText);
    expect(texts[2]).toContain(oneText);
    expect(texts[3]).toContain(threeText);
    for (const text of texts) expect(text).not.toMatch(/p[ée]riod/i);
  });
});
