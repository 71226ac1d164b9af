/**
 * periodWords34b: the glass box said « CA de la période », « en début de période », « aucune recrue cette période »,
 * « À chaque période » in every shop. Each formula line and rule says the shop's unit (decisions.tickWords), in a weekly
 * and a monthly shop, in French (genders) and English; no sentence is left with « période » / "period".
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, type Locale } from '../../../src/i18n/translate.ts';
import { glassBox } from '../../../src/ui/glassBox/glassBoxFigures.ts';
import { glassSentence } from '../../../src/ui/glassBox/glassText.ts';
import { engineRun } from '../../fixtures/engineRun.ts';

type Unit = 'week' | 'month';
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const cases: [Locale, Unit][] = [
  ['fr', 'week'],
  ['fr', 'month'],
  ['en', 'week'],
  ['en', 'month'],
];

describe('the glass box says the shop’s unit, never « période »', () => {
  it.each(cases)('every line and rule, %s, a %s shop', (locale, unit) => {
    const { line, rule } = messagesOf(locale).glassBox;
    const sentences = [
      ...Object.keys(line).map((key) => glassSentence(locale, 'line', { key, values: {} } as never, unit)),
      ...Object.keys(rule).map((key) => glassSentence(locale, 'rule', { key, values: {} } as never, unit)),
    ];
    expect(sentences.length).toBeGreaterThan(30);
    for (const text of sentences) {
      // a value's own placeholder ({{period}}, filled by the figures) is not a word the learner reads
      expect(text.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/p[ée]riod/i);
      expect(text).not.toMatch(/\{\{(tick|ticks|theTick|ofTick|thisTick|nextTick|firstTick)\}\}/);
    }
  });

  it.each([
    ['fr', 'week', 'CA de la semaine = ', 'clients (actifs ou dormants) au début de la semaine = ', 'Chaque semaine, le budget reçoit'],
    ['fr', 'month', 'CA du mois = ', 'clients (actifs ou dormants) au début du mois = ', 'Chaque mois, le budget reçoit'],
    ['en', 'week', 'Turnover of the week = ', 'customers (active or dormant) at the start of the week = ', 'Each week, the budget receives'],
    ['en', 'month', 'Turnover of the month = ', 'customers (active or dormant) at the start of the month = ', 'Each month, the budget receives'],
  ] as const)('a real run’s turnover, churn and budget, %s, a %s shop', (locale, unit, turnover, churn, budget) => {
    const run = engineRun(8);
    const shop = { ...run.scenario, tickUnit: unit };
    const say = (id: Parameters<typeof glassBox>[0]) => {
      const model = glassBox(id, run.kpis, shop);
      return [...model.lines.map((l) => glassSentence(locale, 'line', l, unit)), ...model.rules.map((l) => glassSentence(locale, 'rule', l, unit))].map(norm);
    };
    expect(say('turnover').some((s) => s.startsWith(turnover))).toBe(true);
    expect(say('churn').some((s) => s.includes(churn))).toBe(true);
    expect(say('budgetLeft').some((s) => s.startsWith(budget))).toBe(true);
  });
});
