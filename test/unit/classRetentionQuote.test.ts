/**
 * The class view's note under its table sends the teacher to the student's dashboard for the same
 * yearly retention (QA teacher en 6): it quoted « Sur un an, à ce rythme… » / “Over a year at this
 * pace…”, words the dashboard no longer shows. What it quotes must be on the dashboard's card.
 */
import { describe, expect, it } from 'vitest';
import { classView as frClass } from '../../src/i18n/fr/classView.ts';
import { classView as enClass } from '../../src/i18n/en/classView.ts';
import { dashboard as frDashboard } from '../../src/i18n/fr/dashboard.ts';
import { dashboard as enDashboard } from '../../src/i18n/en/dashboard.ts';
import { dashboardResults as frResults } from '../../src/i18n/fr/dashboardResults.ts';
import { dashboardResults as enResults } from '../../src/i18n/en/dashboardResults.ts';

/** The texts between « » or “ ” in a sentence. */
function quoted(text: string): string[] {
  return [...text.matchAll(/«\s*([^»]+?)\s*»|“([^”]+)”/g)].map((m) => (m[1] ?? m[2]).replace(/^…\s*/, ''));
}

describe('the class view quotes the dashboard as it reads', () => {
  it.each([
    ['fr', frClass.retentionNote, frDashboard, frResults],
    ['en', enClass.retentionNote, enDashboard, enResults],
  ] as const)('%s', (_lang, note, dashboard, dashboardResults) => {
    const quotes = quoted(note);
    // the card's title and the end of its yearly line
    expect(quotes).toContain(dashboard.kpi.retention);
    expect(quotes.some((q) => q !== dashboard.kpi.retention && dashboardResults.yearlyKept.endsWith(q))).toBe(true);
  });
});
