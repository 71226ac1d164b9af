/**
 * A game is played week by week or month by month (the scenario's tickUnit): the learner's screens say « semaine » / « mois »
 * (« week » / « month ») through decisions.tickWords or a text by unit, never the vague « période » (periodWords32–34). This
 * scans the learner screens' areas, both languages, {{placeholders}} left out (a {{period}} is « la semaine 5 »).
 * Not scanned: the glossary cards (« période » is the concept there, for both units), the analytics' « période d’apprentissage »
 * (dates of an imported file, not the game's time), and the areas of the teacher's tools, the debrief, hand-in and missions
 * (periodWords34b).
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../../src/i18n/fr.ts';
import { en } from '../../../src/i18n/en.ts';

const AREAS = ['app', 'home', 'shell', 'tour', 'decisions', 'dashboard', 'dashboardResults', 'charts', 'customers', 'customersCsv', 'vocabulary', 'whatif', 'strategies', 'competencies', 'savedRuns', 'presets', 'glossary'] as const;
/** reached only by a caller that does not know the shop's unit (programmeEffectText.ts verdictParams without one) */
const ALLOWED = ['dashboard.programmes.setupPeriod'];

function periodTexts(messages: object): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (!ALLOWED.includes(path) && /périod|\bperiods?\b/i.test(value.replace(/\{\{\w+\}\}/g, ''))) found.push(`${path}: ${value}`);
    } else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  for (const area of AREAS) walk((messages as Record<string, unknown>)[area], area);
  return found;
}

describe('the learner screens name the game’s time step by the shop’s unit', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('%s: no « période » / « period »', (_, messages) => {
    expect(periodTexts(messages)).toEqual([]);
  });
});
