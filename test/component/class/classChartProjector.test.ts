/**
 * The class chart on the projector. Its labels follow the page's text as the learner's charts do (QA
 * teacher #9): in projector mode (root font 20 px) chart.js writes its ticks at 15 px, not its own 12 px.
 * And the bar of an identical result is not named « (résultat identique) » there (QA qa11 F1, then F7
 * for the wording): the projector's table hides the badge, but the chart showed it beside the learners'
 * names to the whole class. On the projector its names and figures are as large as the table's text
 * (QA qa11 F9), elsewhere as before.
 */
import { render } from '@testing-library/svelte';
import { Chart } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClassChart from '../../../src/ui/class/ClassChart.svelte';
import { drawsOnCanvas } from '../../fixtures/chartStandIn.ts';
import { classRow as row } from '../../fixtures/classRow.ts';

vi.mock('chart.js', async () => {
  const standIn = (await import('../../fixtures/chartStandIn.ts')).chartJsStandIn();
  class LastChart extends standIn.Chart {
    static last: LastChart | null = null;
    constructor(...args: ConstructorParameters<typeof standIn.Chart>) {
      super(...args);
      LastChart.last = this;
    }
  }
  return { ...standIn, Chart: LastChart };
});

const drawn = Chart as unknown as { last: { data: { labels: string[] } } };

/** Alice and Bruno handed in the same game (same final state, same decisions); Chloé her own. */
function copies() {
  const alice = { ...row('Alice', 1, 3), sameResultAs: ['Bruno'] };
  const bruno = { ...row('Bruno', 1, 3), sameResultAs: ['Alice'] };
  return [alice, bruno, row('Chloé', 2, 1)];
}

describe('class chart on the projector', () => {
  drawsOnCanvas();
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('writes its labels at three quarters of the page’s root font', () => {
    document.documentElement.style.fontSize = '20px';
    render(ClassChart, { rows: [row('Alice', 1, 3), row('Bruno', 2, 1)] });
    expect(Chart.defaults.font.size).toBe(15);
  });

  // QA qa11 F9: 3/4 of the root font wrote the names at 15 px beside the projector's 20 px table
  it('writes its names and figures on the projector as large as the table’s text, and as before elsewhere', async () => {
    document.documentElement.style.fontSize = '20px';
    const sizes = () => {
      const scales = (drawn.last as unknown as { options: { scales: Record<string, { ticks: { font?: { size: number } }; title?: { font?: { size: number } } }> } }).options.scales;
      return [scales.y.ticks.font?.size, scales.x.ticks.font?.size, scales.xTop.ticks.font?.size, scales.x.title?.font?.size];
    };
    const { rerender, container } = render(ClassChart, { rows: [row('Alice', 1, 3), row('Bruno', 2, 1)], display: 'projector' });
    expect(sizes()).toEqual([20, 20, 20, 20]);
    // each bar tall enough for its name at that size: 2 bars of 32 px and the two axes
    expect((container.querySelector('.canvas') as HTMLElement).style.height).toBe('164px');
    await rerender({ rows: [row('Alice', 1, 3), row('Bruno', 2, 1)], display: '' });
    expect(sizes()).toEqual([undefined, undefined, undefined, undefined]);
    expect(Chart.defaults.font.size).toBe(15);
    expect((container.querySelector('.canvas') as HTMLElement).style.height).toBe('160px');
  });

  it('does not mark an identical result on the projector, as its table does not', () => {
    render(ClassChart, { rows: copies(), display: 'projector' });
    expect(drawn.last.data.labels).toEqual(['Alice', 'Bruno', 'Chloé']);
  });

  it('marks an identical result on the teacher’s own screen, never « copie », and again when the projector is switched off (QA qa11 F7)', async () => {
    const { rerender } = render(ClassChart, { rows: copies(), display: '' });
    expect(drawn.last.data.labels).toEqual(['Alice (résultat identique)', 'Bruno (résultat identique)', 'Chloé']);
    await rerender({ rows: copies(), display: 'projector' });
    expect(drawn.last.data.labels).toEqual(['Alice', 'Bruno', 'Chloé']);
    await rerender({ rows: copies(), display: '' });
    expect(drawn.last.data.labels).toEqual(['Alice (résultat identique)', 'Bruno (résultat identique)', 'Chloé']);
  });
});
