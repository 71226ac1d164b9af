/**
 * QA tablet #10: the Graphiques screen drew its ten charts at once (1.4 to 5.2 s on a slow tablet,
 * nothing shown meanwhile). A chart is now created only when its canvas comes near the screen
 * (IntersectionObserver); its title, legend and table alternative's disclosure are there from the start.
 * QA qa28big m1: after a 104-week game the charts that came into view together were still created in one
 * task (1.2 s at CPU x4) and the nine closed tables were built and measured with the screen: the charts are
 * now created one per task, and a table when its disclosure opens.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const created: HTMLCanvasElement[] = [];
vi.mock('../../../src/ui/charts/chartSetup.ts', () => ({
  Chart: class {
    static defaults = { color: '', font: {}, borderColor: '', scale: { grid: {}, ticks: {} } };
    data: unknown;
    options: unknown;
    constructor(context: CanvasRenderingContext2D) {
      created.push(context.canvas);
    }
    setDatasetVisibility() {}
    update() {}
    destroy() {}
    getElementsAtEventForMode() {
      return [];
    }
  },
}));

const { default: ChartFigure } = await import('../../../src/ui/charts/ChartFigure.svelte');

type Callback = (entries: { isIntersecting: boolean; target: Element }[]) => void;
const observers: { callback: Callback; targets: Element[] }[] = [];

describe('charts drawn when they come into view', () => {
  beforeEach(() => {
    created.length = 0;
    observers.length = 0;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        entry: { callback: Callback; targets: Element[] };
        constructor(callback: Callback) {
          this.entry = { callback, targets: [] };
          observers.push(this.entry);
        }
        observe(target: Element) {
          this.entry.targets.push(target);
        }
        disconnect() {
          this.entry.targets = [];
        }
      },
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      return { canvas: this } as unknown as CanvasRenderingContext2D;
    } as never);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const model = { labels: ['S1', 'S2'], kind: 'number' as const, series: [{ id: 'a', label: 'Clients', values: [3, 4] }] };
  const config = { type: 'bar' as const, data: { labels: model.labels, datasets: [{ label: 'Clients', data: [3, 4] }] }, options: {} };

  it('creates the chart only once its canvas is near the screen, the table alternative being there before', async () => {
    const user = userEvent.setup();
    render(ChartFigure, { id: 'c1', title: 'Clients', config, model, categoryHeader: 'Période' });
    await user.click(screen.getByText('Voir le tableau des données'));
    expect(screen.getByRole('table', { name: 'Clients' })).toBeInTheDocument();
    expect(created).toHaveLength(0);
    const observer = observers.find((o) => o.targets.length > 0)!;
    observer.callback([{ isIntersecting: false, target: observer.targets[0] }]);
    await Promise.resolve();
    expect(created).toHaveLength(0);
    observer.callback([{ isIntersecting: true, target: observer.targets[0] }]);
    await vi.waitFor(() => expect(created).toHaveLength(1), { timeout: 10_000 });
    expect(created[0]).toBe(screen.getByRole('img', { name: 'Clients' }));
    // seen once is enough: it stays drawn
    expect(observer.targets).toHaveLength(0);
  });

  it('builds a table when its disclosure opens, not with the chart', async () => {
    const user = userEvent.setup();
    const { container } = render(ChartFigure, { id: 'c2', title: 'Clients', config, model, categoryHeader: 'Période' });
    expect(container.querySelector('details')).not.toBeNull();
    expect(container.querySelector('table')).toBeNull();
    await user.click(screen.getByText('Voir le tableau des données'));
    expect(screen.getByRole('table', { name: 'Clients' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('creates the charts that come into view together one per task', async () => {
    vi.useFakeTimers();
    try {
      render(ChartFigure, { id: 'c3', title: 'Clients', config, model, categoryHeader: 'Période' });
      render(ChartFigure, { id: 'c4', title: 'Achats', config, model, categoryHeader: 'Période' });
      render(ChartFigure, { id: 'c5', title: 'Paniers', config, model, categoryHeader: 'Période' });
      for (const observer of observers.filter((o) => o.targets.length > 0)) observer.callback([{ isIntersecting: true, target: observer.targets[0] }]);
      await vi.advanceTimersToNextTimerAsync();
      expect(created).toHaveLength(1);
      await vi.advanceTimersToNextTimerAsync();
      expect(created).toHaveLength(2);
      await vi.advanceTimersToNextTimerAsync();
      expect(created.map((c) => c.getAttribute('aria-label'))).toEqual(['Clients', 'Achats', 'Paniers']);
    } finally {
      vi.useRealTimers();
    }
  });
});
