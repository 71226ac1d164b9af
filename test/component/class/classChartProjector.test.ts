/**
 * The class chart's labels follow the page's text as the learner's charts do (QA teacher #9): in
 * projector mode (root font 20 px) chart.js writes its ticks at 15 px, not its own 12 px.
 */
import { render } from '@testing-library/svelte';
import { Chart } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClassChart from '../../../src/ui/class/ClassChart.svelte';
import { drawsOnCanvas } from '../../fixtures/chartStandIn.ts';
import { classRow as row } from '../../fixtures/classRow.ts';

vi.mock('chart.js', async () => (await import('../../fixtures/chartStandIn.ts')).chartJsStandIn());


describe('class chart on the projector', () => {
  drawsOnCanvas();
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('writes its labels at three quarters of the page’s root font', () => {
    document.documentElement.style.fontSize = '20px';
    render(ClassChart, { rows: [row('Alice', 1, 3), row('Bruno', 2, 1)] });
    expect(Chart.defaults.font.size).toBe(15);
  });
});
