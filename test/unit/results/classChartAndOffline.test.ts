import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { ClassRow } from '../../../src/results/classComparison.ts';
import { allZero, classChartConfig, defaultMetric, OKABE_ITO } from '../../../src/ui/class/classChart.ts';
import { registerServiceWorker, shouldRegister, type OfflineEnvironment } from '../../../src/app/offline/registerServiceWorker.ts';
import { allowInlineScripts } from '../../../src/app/offline/vitePlugins.ts';
import { classRow as row } from '../../fixtures/classRow.ts';


describe('class chart configuration', () => {
  const labels = { metric: 'Points', rowLabel: (r: ClassRow) => r.learner, format: String };

  it('shows confirmed files only, best rank first', () => {
    const config = classChartConfig([row('B', 2, 1), row('X', null, 4, 'aaaa', 'refuted'), row('A', 1, 3)], 'points', labels);
    expect(config.data.labels).toEqual(['A', 'B']);
    expect(config.data.datasets[0].data).toEqual([3, 1]);
    expect(config.options?.indexAxis).toBe('y');
  });

  it('scales the axis to the real maximum of the score: 1 point of 4 draws a quarter bar, not a full one', () => {
    const one = classChartConfig([row('A', 1, 1)], 'points', labels);
    expect(one.options?.scales?.x).toMatchObject({ min: 0, max: 4 });
    const retention = classChartConfig([row('A', 1, 1)], 'retention', labels);
    expect(retention.options?.scales?.x).toMatchObject({ min: 0, max: 100 });
    // money has no fixed top: chart.js picks it from the data
    expect(classChartConfig([row('A', 1, 1)], 'netMargin', labels).options?.scales?.x).not.toHaveProperty('max');
  });

  it('opens on a metric where the learners differ, not on an empty chart when every learner has 0 points', () => {
    expect(defaultMetric([row('A', 1, 3), row('B', 2, 1)])).toBe('points');
    // all at 0 points, and so at 0 € (row() derives money from points): the first metric with spread
    const zero = [row('A', 1, 0), row('B', 1, 0)];
    expect(allZero(zero, 'points')).toBe(true);
    expect(defaultMetric([...zero, { ...row('C', 1, 0), retention: 0.5 }])).toBe('retention');
    // nothing differs: the first metric not all at 0
    expect(defaultMetric(zero)).toBe('retention');
    expect(allZero(zero, 'retention')).toBe(false);
    // refuted files are not drawn, so they do not count
    expect(defaultMetric([row('A', 1, 0), row('X', null, 4, 'aaaa', 'refuted'), row('B', 1, 0)])).toBe('retention');
    expect(allZero([], 'points')).toBe(false);
  });

  it('opens on the difference in net margin from doing nothing once the class’s reference is there (QA teacher 11)', () => {
    const inGame = (r: ClassRow, activeCustomers: number): ClassRow => ({ ...r, game: { key: 'g', index: 0 }, activeCustomers });
    const rows = [inGame(row('A', 1, 3), 120), inGame(row('B', 2, 1), 90)];
    const reference = { gameKey: 'g', ticks: 12, points: 0, maxPoints: 4, turnover: 500, grossMargin: 200, netMargin: 150, activeCustomers: 100, retention: 0.5 };
    expect(defaultMetric(rows, [reference])).toBe('gap');
    // no reference yet: no difference to draw, the chart opens on the points
    expect(defaultMetric(rows)).toBe('points');
  });

  it('shows retention in percent and colours each scenario with the colour-blind-safe palette', () => {
    const config = classChartConfig([row('A', 1, 3, 'aaaa'), row('B', 1, 1, 'bbbb')], 'retention', labels);
    expect(config.data.datasets[0].data).toEqual([87.7, 87.7]);
    expect(config.data.datasets[0].backgroundColor).toEqual([OKABE_ITO[0], OKABE_ITO[1]]);
  });

  it('draws game by game (same scenario, another seed or mode is another game), the class’s game first, one colour each', () => {
    const inGame = (r: ClassRow, key: string, index: number): ClassRow => ({ ...r, game: { key, index } });
    const config = classChartConfig([inGame(row('Noé', 1, 4), 'aaaa|99|sandbox', 1), inGame(row('Léa', 1, 3), 'aaaa|4242|committed', 0), inGame(row('Tom', 2, 1), 'aaaa|4242|committed', 0)], 'points', labels);
    expect(config.data.labels).toEqual(['Léa', 'Tom', 'Noé']);
    expect(config.data.datasets[0].backgroundColor).toEqual([OKABE_ITO[0], OKABE_ITO[0], OKABE_ITO[1]]);
  });
});

describe('service worker registration', () => {
  const calls: string[] = [];
  const env = (over: Partial<OfflineEnvironment> = {}): OfflineEnvironment => ({
    mode: 'production',
    protocol: 'https:',
    serviceWorker: {
      register: async (url) => {
        calls.push(String(url));
        return {} as ServiceWorkerRegistration;
      },
    },
    ...over,
  });

  it('registers only in a production build served over http(s)', async () => {
    expect(shouldRegister(env())).toBe(true);
    expect(shouldRegister(env({ protocol: 'http:' }))).toBe(true);
    expect(shouldRegister(env({ mode: 'development' }))).toBe(false);
    expect(shouldRegister(env({ mode: 'test' }))).toBe(false);
    expect(shouldRegister(env({ mode: 'singlefile' }))).toBe(false);
    expect(shouldRegister(env({ protocol: 'file:' }))).toBe(false);
    expect(shouldRegister(env({ serviceWorker: undefined }))).toBe(false);
    await registerServiceWorker(env({ protocol: 'file:' }));
    expect(calls).toEqual([]);
    await registerServiceWorker(env());
    expect(calls).toEqual(['./sw.js']);
  });

  it('never breaks the app when registration fails', async () => {
    const failing = env({ serviceWorker: { register: () => Promise.reject(new Error('bloqué')) } });
    await expect(registerServiceWorker(failing)).resolves.toBeNull();
  });
});

describe('single-file CSP', () => {
  it('adds the sha256 of each inline script to script-src and keeps the other directives', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; worker-src 'self' blob:" /><script type="module">console.log(1)</script>`;
    const hash = createHash('sha256').update('console.log(1)').digest('base64');
    expect(allowInlineScripts(html)).toContain(`content="default-src 'self'; script-src 'self' 'sha256-${hash}'; worker-src 'self' blob:"`);
  });
});
