/**
 * chart.js with only what the charts use registered (tree-shaking keeps the rest out of the bundle):
 * line and bar controllers, their elements, category and linear scales. The legend and the tooltip
 * are the page's own (ChartLegend.svelte, ChartTooltip.svelte): chart.js's Legend and Tooltip
 * plugins are not registered. The build also leaves out chart.js's animations and curved or stepped lines
 * (src/app/chartJsTrim.ts): every chart is drawn with `animation: false` and straight lines (tension 0).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale);

export { Chart };
