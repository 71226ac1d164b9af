/**
 * The class view's chart reads its bars from the keyboard as the other charts do (chartTooltip.ts
 * followKeys): focused, the arrow keys show one learner's value at a time, said politely, and Escape
 * hides it. chart.js needs a real canvas: the tests' stand-in Chart (test/fixtures/chartStandIn.ts) places one bar per learner.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ClassChart from '../../../src/ui/class/ClassChart.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { drawsOnCanvas } from '../../fixtures/chartStandIn.ts';
import { classRow as row } from '../../fixtures/classRow.ts';

vi.mock('chart.js', async () => (await import('../../fixtures/chartStandIn.ts')).chartJsStandIn());


describe('class chart from the keyboard', () => {
  drawsOnCanvas();

  it('steps through the learners with the arrow keys, says the value, and hides it on Escape', async () => {
    const user = userEvent.setup();
    const { container } = render(ClassChart, { rows: [row('Alice', 1, 3), row('Bruno', 2, 1)] });
    const chart = screen.getByRole('img', { name: 'Comparaison des élèves (fichiers confirmés)' });
    expect(chart).toHaveAccessibleDescription(/flèches gauche et droite/);
    chart.focus();
    await user.keyboard('{ArrowRight}');
    const tip = () => container.querySelector('.tip');
    const tipText = () => tip()?.textContent?.replace(/[ \n\t]+/g, ' ').trim();
    expect(tipText()).toBe('Alice Points d’objectifs\u00a0: 3');
    expect(screen.getByText('Alice, Points d’objectifs\u00a0: 3', { normalizer: (text) => text })).toHaveAttribute('aria-live', 'polite');
    await user.keyboard('{ArrowRight}');
    expect(tipText()).toBe('Bruno Points d’objectifs\u00a0: 1');
    await user.keyboard('{Escape}');
    expect(tip()).toBeNull();
  });
});

describe('class chart title', () => {
  drawsOnCanvas();

  it('is an h3 heading under the Vue classe’s h2, as every chart title on Graphiques, naming the figure alone', () => {
    render(ClassChart, { rows: [row('Alice', 1, 3), row('Bruno', 2, 1)] });
    const heading = screen.getByRole('heading', { level: 3, name: 'Comparaison des élèves (fichiers confirmés)' });
    const figure = screen.getByRole('figure', { name: 'Comparaison des élèves (fichiers confirmés)' });
    expect(figure).toContainElement(heading);
    expect(figure).toHaveAccessibleDescription('Les mêmes données figurent dans le tableau ci-dessus, les noms en entier.');
  });

  it('in English too', async () => {
    await setLocale('en');
    try {
      render(ClassChart, { rows: [row('Alice', 1, 3)] });
      expect(screen.getByRole('heading', { level: 3, name: 'Students compared (confirmed files)' })).toBeInTheDocument();
    } finally {
      await setLocale('fr');
    }
  });
});
