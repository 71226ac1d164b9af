/**
 * QA tablet #11: in the Bilan's « Effet de chaque action de fidélisation » the margin's cell held
 * 8 to 15 lines of right-aligned prose in a narrow number column. The cell now holds the figure, the
 * explanation is a note row under the programme (described by it), and the table's scroll hint
 * comes before the table.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DebriefProgrammes from '../../../src/ui/debrief/sections/DebriefProgrammes.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { debriefReport } from '../../../src/ui/debrief/debriefReport.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const kpis = makeKpiSeries(4, (k) => ({
  ...k,
  programmes: [{ ...k.programmes[0], incrementalMarginToDate: -3376, incrementalMarginError: 9722, costToDate: 1000, roi: -4.376 }],
}));

describe('Bilan: a programme’s figures and their explanation', () => {
  afterEach(() => setLocale('fr'));

  it('keeps the margin cell to its figure and writes the explanation in a full-width note row under it', () => {
    const report = debriefReport(fixtureScenario(), kpis, [], []);
    render(DebriefProgrammes, { programmes: report.programmes, format: debriefFormat('fr', 'week') });
    const table = screen.getByRole('table', { name: /Effet de chaque action/ });
    const margin = table.querySelector('td[data-effect]')!;
    // no effect shown: the interval first, rounded (QA expert F26)
    expect(norm(margin.textContent)).toBe('entre −13 100 € et +6 300 € (estimation −3 400 € ± 9 700 €)');
    const note = within(table).getByTestId('programme-note');
    expect(note).toHaveAttribute('colspan', '8');
    expect(norm(note.textContent)).toMatch(/^Bons de réduction : effet non démontré/);
    expect(margin).toHaveAccessibleDescription(/effet non démontré/);
    // the note's row follows the figures' row
    expect(note.closest('tr')!.previousElementSibling).toBe(margin.closest('tr'));
  });

  it('does it in English too', async () => {
    await setLocale('en');
    const report = debriefReport(fixtureScenario(), kpis, [], []);
    render(DebriefProgrammes, { programmes: report.programmes, format: debriefFormat('en', 'week') });
    expect(norm(screen.getByTestId('programme-note').textContent)).toMatch(/: no proven effect/);
    // « Extra margin » is short already: no abbreviation
    expect(screen.getByRole('columnheader', { name: 'Extra margin' }).querySelector('abbr')).toBeNull();
    expect(norm(screen.getByRole('table').querySelector('td[data-effect]')!.textContent)).toBe('between −\u2060€13,100 and +\u2060€6,300 (estimate −\u2060€3,400 ± €9,700)');
    expect(norm(screen.getByRole('table').querySelector('td[data-effect] .error')!.textContent)).toBe('± €9,700)');
  });

  // QA tablet verify #11: 776 px in the 736 px box of a portrait tablet, the ROI half cut
  it('lets a narrow column write each « ± error » under its figure, and abbreviates the margin header for the eye only', async () => {
    const report = debriefReport(fixtureScenario(), kpis, [], []);
    render(DebriefProgrammes, { programmes: report.programmes, format: debriefFormat('fr', 'week') });
    const table = screen.getByRole('table', { name: /Effet de chaque action/ });
    const [margin, roi] = [...table.querySelectorAll('tbody tr:first-child > td')].slice(-2);
    // the error in one piece of its own, after a space the line may break at
    expect(norm(margin.querySelector('.error')!.textContent)).toBe('± 9 700 €)');
    expect(norm(margin.textContent)).toBe('entre −13 100 € et +6 300 € (estimation −3 400 € ± 9 700 €)');
    // its ROI (± 970 %) is too uncertain for a figure (issue #4): said in words, the margin beside it
    expect(roi.querySelector('.error')).toBeNull();
    expect(norm(roi.textContent)).toBe('non chiffrable (trop incertain)');
    // a screen reader hears the full header; the eye reads « Marge suppl. » (its title the full name)
    const header = within(table).getByRole('columnheader', { name: 'Marge supplémentaire' });
    const abbr = header.querySelector('abbr')!;
    expect(abbr).toHaveAttribute('title', 'Marge supplémentaire');
    expect(abbr).toHaveTextContent('Marge suppl.');
    expect(abbr).toHaveAttribute('aria-hidden', 'true');
  });

  it('puts the « scroll sideways » hint before a table wider than its box', async () => {
    const width = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollWidth');
    Object.defineProperty(Element.prototype, 'scrollWidth', { configurable: true, get: () => 900 });
    try {
      const report = debriefReport(fixtureScenario(), kpis, [], []);
      render(DebriefProgrammes, { programmes: report.programmes, format: debriefFormat('fr', 'week') });
      const hint = await screen.findByTestId('scroll-hint');
      const scroller = screen.getByRole('region', { name: /Tableau.*Effet de chaque action/ });
      expect(hint.compareDocumentPosition(scroller) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    } finally {
      if (width) Object.defineProperty(Element.prototype, 'scrollWidth', width);
    }
  });
});
