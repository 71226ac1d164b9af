/**
 * chart.js with only what the charts use registered (tree-shaking keeps the rest out of the bundle):
 * line and bar controllers, their elements, category and linear scales, tooltip. The legend is the
 * page's own (ChartLegend.svelte): chart.js's Legend plugin is not registered.
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
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
