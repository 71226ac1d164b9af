/**
 * chart.js with only what the charts use registered (tree-shaking keeps the rest out of the bundle):
 * line and bar controllers, their elements, category and linear scales, legend and tooltip.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
