/**
 * Connects a chart.js chart to a <canvas> with {@attach}: creates the chart once, updates its data,
 * options and shown series when they change, destroys it with the element. Without a 2D context
 * (jsdom in tests, a browser refusing canvas) it draws nothing: the table alternative remains.
 * Where IntersectionObserver exists the chart is created only once its canvas comes within 200 px of
 * the screen, so a screen of charts shows at once and draws the ones below the fold as they scroll in; the charts
 * in view are then created one per task (chartQueue.ts).
 */
import type { ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { Chart } from './chartSetup.ts';
import { followKeys, followPointer, type ChartTip, type TipText } from './chartTooltip.ts';
import { followPageText } from './pageText.ts';
import { inTurn } from './chartQueue.ts';
import { hatchPatterns, withHatches } from './hatch.ts';

/**
 * `getHidden`: indexes of the datasets the page's legend hid (chart.js keeps that per dataset object, so it is set again after each new data).
 * `showTip`: receives the tip of the point under the pointer or of the category the arrow keys reached
 * on the focused canvas (chartTooltip.ts), null when there is none; `tipText` writes its values.
 */
export function chartAttachment(
  getConfig: () => ChartConfiguration,
  getHidden: () => readonly number[] = () => [],
  showTip: (tip: ChartTip | null) => void = () => {},
  tipText: TipText = {},
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    const context = canvas.getContext('2d');
    if (!context) return;
    // drawn when it comes near the screen: ten charts drawn at once held the Graphiques screen 1.4 to
    // 5.2 s on a slow tablet with no sign of life (QA tablet #10); the page (titles, legends, tables) shows at once
    const watched = typeof IntersectionObserver !== 'undefined';
    let near = $state(!watched);
    let observer: IntersectionObserver | undefined;
    if (watched) {
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          near = true;
          observer?.disconnect();
        },
        { rootMargin: '200px 0px' },
      );
      observer.observe(canvas);
    }
    let turn = $state(false);
    $effect(() => {
      if (!near) return;
      return inTurn(() => (turn = true));
    });
    $effect(() => {
      if (!turn) return;
      followPageText(Chart);
      const pattern = hatchPatterns(context);
      // a dataset's `hatch` (hatch.ts) becomes its fill here, where there is a canvas: the config stays pure
      const drawn = (config: ChartConfiguration): ChartConfiguration => ({ ...config, data: { ...config.data, datasets: withHatches(config.data.datasets, pattern) } });
      const chart = new Chart(context, drawn(untrack(getConfig)));
      $effect(() => {
        const config = drawn(getConfig());
        chart.data = config.data;
        chart.options = config.options ?? {};
        const hidden = getHidden();
        config.data.datasets.forEach((_, i) => chart.setDatasetVisibility(i, !hidden.includes(i)));
        chart.update('none');
        showTip(null);
      });
      const stopTips = followPointer(canvas, chart, showTip, tipText);
      const stopKeys = followKeys(canvas, chart, showTip, tipText);
      return () => {
        stopTips();
        stopKeys();
        chart.destroy();
      };
    });
    return () => observer?.disconnect();
  };
}
