/**
 * Connects a chart.js chart to a <canvas> with {@attach}: creates the chart once, updates its data
 * and options when the configuration changes, destroys it with the element. Without a 2D context
 * (jsdom in tests, a browser refusing canvas) it draws nothing: the table alternative remains.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { Chart } from './chartSetup.ts';

export function chartAttachment(getConfig: () => ChartConfiguration): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    const context = canvas.getContext('2d');
    if (!context) return;
    const chart = new Chart(context, untrack(getConfig));
    $effect(() => {
      const config = getConfig();
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update('none');
    });
    return () => chart.destroy();
  };
}
