/**
 * The class chart with nothing to compare (QA teacher en 9): a class of mission files only (or of
 * files none of which is confirmed) drew empty axes from 0 to 1 under « Students compared (confirmed
 * files) ». It now says why there is no bar; with a bar, the chart is drawn as before.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ClassChart from '../../../src/ui/class/ClassChart.svelte';
import { drawsOnCanvas } from '../../fixtures/chartStandIn.ts';
import { classRow as row } from '../../fixtures/classRow.ts';

vi.mock('chart.js', async () => (await import('../../fixtures/chartStandIn.ts')).chartJsStandIn());

describe('the class chart with nothing to compare', () => {
  drawsOnCanvas();

  it('says so instead of drawing empty axes', async () => {
    const { rerender } = render(ClassChart, { rows: [row('Chloé', null, 2, 'aaaa', 'refuted')] });
    expect(screen.getByText(/^Pas encore de partie à comparer/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    await rerender({ rows: [row('Chloé', null, 2, 'aaaa', 'refuted'), row('Alice', 1, 3)] });
    expect(screen.queryByText(/^Pas encore de partie à comparer/)).toBeNull();
    expect(screen.getByRole('img', { name: 'Comparaison des élèves (fichiers confirmés)' })).toBeInTheDocument();
  });
});
