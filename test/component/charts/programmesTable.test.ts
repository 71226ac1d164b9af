/**
 * The charts' programmes table writes the extra margin and the ROI as the dashboard does, with their
 * margin of error and what they show (QA: the table showed the bare « −437,6 % »).
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import ChartsScreen from '../../../src/ui/charts/ChartsScreen.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('charts: programmes table', () => {
  it('gives the margin and the ROI with their error, and the effect in words', () => {
    const kpis = makeKpiSeries(3, (k) => ({
      ...k,
      programmes: [{ ...k.programmes[0], incrementalMarginToDate: -3376, incrementalMarginError: 9722, costToDate: 1000, roi: -4.376 }],
    }));
    render(ChartsScreen, { scenario: fixtureScenario(), kpis });
    const table = screen.getByRole('table', { name: 'Coût et rentabilité des programmes' });
    const cells = within(table)
      .getAllByRole('row')[1]
      .querySelectorAll('td');
    // no effect shown: the interval first, rounded to two significant digits of the error (QA expert F26)
    expect([...cells].map((c) => norm(c.textContent))).toEqual([
      '1 000 €',
      'entre −13 100 € et +6 300 € (estimation −3 400 € ± 9 700 €)',
      // ROI ± 970 %: too uncertain for a figure, the margin beside it says what is known (issue #4)
      'non chiffrable (trop incertain)',
      'effet non démontré : dans la marge d’erreur',
    ]);
  });

  afterEach(() => setLocale('fr'));

  // QA tablet #12: the chart draws the margin of error; its note says how to read the bars, in both languages
  it('explains the error bars and the pale « effet non démontré » bars, in French and in English', async () => {
    const kpis = makeKpiSeries(3, (k) => ({
      ...k,
      programmes: [{ ...k.programmes[0], incrementalMarginToDate: -3376, incrementalMarginError: 9722, costToDate: 1000, roi: -4.376 }],
    }));
    const { unmount } = render(ChartsScreen, { scenario: fixtureScenario(), kpis });
    expect(screen.getByText(/marge d’erreur à 95 % de la marge supplémentaire/)).toBeTruthy();
    unmount();
    await setLocale('en');
    render(ChartsScreen, { scenario: fixtureScenario(), kpis });
    expect(screen.getByText(/95% margin of error of the extra margin/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Cost and return of programmes' });
    const cells = within(table).getAllByRole('row')[1].querySelectorAll('td');
    expect(norm(cells[1].textContent)).toBe('between −\u2060€13,100 and +\u2060€6,300 (estimate −\u2060€3,400 ± €9,700)');
    expect(norm(cells[3].textContent)).toMatch(/no proven effect/);
  });
});
