/**
 * Every chart.js configuration the app builds asks for nothing the built app's chart.js lost (src/app/chartJsTrim.ts,
 * TRIMMED_OUT): `animation: false`, no curved, stepped or filled line. The dev server and the component tests run the
 * whole chart.js, which draws an animated or curved chart without a word; only the built app throws, when that chart
 * is drawn. Each configuration is made here by the app's own builder from small real models (the KPI fixtures), and
 * a builder of src that this list does not make fails the test rather than going unchecked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { TRIMMED_OUT } from '../../../src/app/chartJsTrim.ts';
import { COURSE_SEGMENTS, LADDER, STAGES, type Stage } from '../../../src/engine/vocabulary.ts';
import { kpiSeriesModel, lineConfig } from '../../../src/ui/charts/kpiSeriesConfig.ts';
import { retentionConfig, retentionModel } from '../../../src/ui/charts/retentionConfig.ts';
import { segmentsModel, stackedBarConfig } from '../../../src/ui/charts/segmentsConfig.ts';
import { funnelConfig, funnelModel } from '../../../src/ui/charts/lifecycleConfig.ts';
import { ladderModel, MOVE_KINDS, moveRows, movesConfig, movesModel, withoutRung } from '../../../src/ui/charts/stageMovements.ts';
import { histogramConfig, histogramModel, measuredConfig, measuredPoints } from '../../../src/ui/charts/satisfactionConfig.ts';
import { programmesConfig, programmesModel } from '../../../src/ui/charts/programmesConfig.ts';
import { comparisonConfig, comparisonModel } from '../../../src/ui/charts/programmeComparisonConfig.ts';
import { compareChartConfig, gapChartConfig } from '../../../src/ui/whatif/compareChartConfig.ts';
import { compareTimelines, cumulativeMargin, gapModel, metricModel } from '../../../src/ui/whatif/compareTimelines.ts';
import { classChartConfig } from '../../../src/ui/class/classChart.ts';
import type { ClassRow } from '../../../src/results/classComparison.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { classRow } from '../../fixtures/classRow.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = join(ROOT, 'src');
const kpis = makeKpiSeries(6);
const periods = kpis.map((k) => `S${k.tick + 1}`);
const last = kpis[kpis.length - 1];
const named = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, `« ${k} »`])) as Record<K, string>;
const stages = named(STAGES);
/** timeline B: the same shop, 10 % more turnover and margin from its third period */
const other = kpis.map((k) => (k.tick < 2 ? k : { ...k, turnover: k.turnover * 1.1, netMargin: k.netMargin * 1.1 }));
const compared = compareTimelines({ decisions: [], kpis }, { decisions: [], kpis: other });
const rungs = ladderModel(kpis, periods, named(LADDER));
const ladder = lineConfig(rungs, { beginAtZero: true, locale: 'fr-FR' });
const measured = (margin: number, error: number) => ({ ...last.programmes[0], incrementalMarginToDate: margin, incrementalMarginError: error });
const flows: { from: Stage; to: Stage; count: number }[] = [
  { from: 'prospect', to: 'nouveau', count: 40 },
  { from: 'actif', to: 'dormant', count: 12 },
  { from: 'dormant', to: 'perdu', count: 5 },
];
const rows = moveRows(flows);
const classRows: ClassRow[] = [classRow('Léa', 1, 3), classRow('Tom', 2, 1)];

/** Each builder of the app (its function's name) making a configuration as its screen does. */
const BUILDERS: Record<string, () => ChartConfiguration> = {
  // Graphiques: turnover, customers, arrivals; the ladder (lineConfig) and its small rungs without the big one (withoutRung)
  lineConfig: () => lineConfig(kpiSeriesModel(kpis, periods, [{ id: 'turnover', label: 'CA' }, { id: 'grossMargin', label: 'Marge' }], 'money'), { beginAtZero: true, locale: 'fr-FR' }) as ChartConfiguration,
  withoutRung: () => withoutRung(ladder, named(LADDER).client) as ChartConfiguration,
  retentionConfig: () => retentionConfig(retentionModel(kpis, periods, 'fr', 'week'), 'fr', 'fr-FR') as ChartConfiguration,
  stackedBarConfig: () => stackedBarConfig(segmentsModel(kpis, periods, named(COURSE_SEGMENTS)), 'fr-FR') as ChartConfiguration,
  funnelConfig: () => funnelConfig(funnelModel(last, [], stages, 'Clients'), 'fr-FR') as ChartConfiguration,
  measuredConfig: () =>
    measuredConfig(
      measuredPoints([{ method: 'questionnaire', sampleSize: 50, mean: 0.8, marginOfError: 0.1, tick: 2 }, { method: 'questionnaire', sampleSize: 60, mean: 0.85, marginOfError: 0.08, tick: 4 }], (t) => `S${t + 1}`),
      { mean: 'Moyenne', interval: 'Intervalle' },
      'fr-FR',
    ) as ChartConfiguration,
  histogramConfig: () => histogramConfig(histogramModel(last, (low, high) => `${low}–${high}`, 'Clients'), 'fr-FR') as ChartConfiguration,
  // a margin shown, one whose interval holds 0 and one too weak: the three datasets
  programmesConfig: () =>
    programmesConfig(
      programmesModel([measured(8000, 3000), measured(-14622, 36617), measured(9000, 3000)], (p) => String(p.incrementalMarginToDate), { cost: 'Coût', margin: 'Marge', notShown: 'Non démontré' }),
      'fr-FR',
      'Non démontré',
      [false, false, true],
    ) as ChartConfiguration,
  movesConfig: () => movesConfig(movesModel(rows, true, { stages, kinds: named(MOVE_KINDS), customers: 'Clients', kind: 'Mouvement' }), rows, stages, 'fr-FR') as ChartConfiguration,
  comparisonConfig: () =>
    comparisonConfig(
      comparisonModel(kpis, last.programmes[0].id, (t) => `S${t + 1}`, { members: 'Membres', control: 'Témoins', gap: 'Écart', memberShare: 'Membres restés', controlShare: 'Témoins restés' }),
      'fr-FR',
    ) as ChartConfiguration,
  // Et si… ?: each compared KPI, and the cumulated margin's gap B − A
  compareChartConfig: () => {
    const metric = compared.metrics.find((m) => m.id === 'turnover') ?? compared.metrics[0];
    return compareChartConfig(metricModel(metric, periods, { a: 'A', b: 'B' }), metric.differs, 'fr-FR') as ChartConfiguration;
  },
  gapChartConfig: () => {
    const margin = compared.metrics.find((m) => m.id === 'netMargin') ?? compared.metrics[0];
    return gapChartConfig(gapModel(cumulativeMargin(margin).gap, periods, 'B − A'), 'fr-FR') as ChartConfiguration;
  },
  // Vue classe
  classChartConfig: () => classChartConfig(classRows, 'points', { metric: 'Points', rowLabel: (r) => r.learner, format: String }) as ChartConfiguration,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What `config` asks for that TRIMMED_OUT says the built chart.js lacks, as « path: value ». A line's options are
 * looked for at any depth of the options and of every dataset (chart.js reads them from the dataset, its
 * `elements.line`, `datasets.line` and the chart's options themselves): any path, so none is missed. A scriptable
 * option (a function) counts as asked for: what it returns is not known before it is drawn.
 */
function trimmedOutAsked(config: ChartConfiguration): string[] {
  const asked: string[] = [];
  const animation = config.options?.animation;
  if (animation !== TRIMMED_OUT.animation) asked.push(`options.animation: ${JSON.stringify(animation)}`);
  const refused = (key: string, value: unknown): boolean => {
    if (key === TRIMMED_OUT.filler) return value !== undefined && value !== null && value !== false;
    if (!Object.hasOwn(TRIMMED_OUT.line, key)) return false;
    const rule = TRIMMED_OUT.line[key as keyof typeof TRIMMED_OUT.line];
    return typeof value === 'function' || (rule === true ? Boolean(value) : value === rule);
  };
  const walk = (value: unknown, path: string, seen: Set<object>) => {
    if (!isRecord(value) || seen.has(value)) return;
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) {
      if (refused(key, inner)) asked.push(`${path}.${key}: ${typeof inner === 'function' ? 'a function' : JSON.stringify(inner)}`);
      // a dataset's values are numbers, pairs or points: no options there
      if (key !== 'data') walk(inner, `${path}.${key}`, seen);
    }
  };
  walk(config.options, 'options', new Set());
  config.data.datasets.forEach((dataset, i) => walk(dataset, `data.datasets[${i}]`, new Set()));
  return asked;
}

/** src's files (.ts) and their exported functions that return a chart.js configuration (or a type bound to one). */
function configBuilders(): string[] {
  const found: string[] = [];
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('ChartConfiguration')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const returnsConfig = (fn: ts.SignatureDeclarationBase): boolean => {
      if (!fn.type) return false;
      const bound = (fn.typeParameters ?? []).filter((p) => p.constraint?.getText(source).includes('ChartConfiguration')).map((p) => p.name.text);
      const returned = fn.type.getText(source);
      return returned.includes('ChartConfiguration') || bound.includes(returned);
    };
    const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    for (const statement of source.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name && exported(statement) && returnsConfig(statement)) found.push(statement.name.text);
      if (ts.isVariableStatement(statement) && exported(statement))
        for (const d of statement.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)) && returnsConfig(d.initializer)) found.push(d.name.text);
    }
  }
  return found.sort();
}

describe('every chart the app builds asks only for what the built chart.js draws (src/app/chartJsTrim.ts)', () => {
  it('checks every configuration builder of src', () => {
    expect(Object.keys(BUILDERS).sort()).toEqual(configBuilders());
    // a component making its own configuration, not through a builder, would be missed: none does
    const components = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? components(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []));
    const inline = components(SRC)
      .filter((file) => {
        const scripts = [...readFileSync(file, 'utf8').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
        return /\btype:\s*['"](line|bar|pie|doughnut|radar|scatter|bubble|polarArea)['"]|\banimation:/.test(scripts);
      })
      .map((file) => relative(ROOT, file));
    expect(inline).toEqual([]);
  });

  it.each(Object.keys(BUILDERS))('%s: animation false, no curved, stepped nor filled line', (name) => {
    const config = BUILDERS[name]();
    expect(config.data.datasets.length).toBeGreaterThan(0);
    expect(trimmedOutAsked(config)).toEqual([]);
  });

  it('sees each option the trim refuses, wherever chart.js would read it', () => {
    const line = () => BUILDERS.lineConfig() as ChartConfiguration<'line'>;
    const cases: [string, (c: ChartConfiguration<'line'>) => void][] = [
      ['options.animation: {"duration":400}', (c) => (c.options!.animation = { duration: 400 })],
      ['options.animation: undefined', (c) => delete c.options!.animation],
      ['data.datasets[1].tension: 0.4', (c) => (c.data.datasets[1].tension = 0.4)],
      ['options.elements.line.tension: 0.2', (c) => (c.options!.elements = { line: { tension: 0.2 } })],
      ['options.datasets.line.cubicInterpolationMode: "monotone"', (c) => (c.options!.datasets = { line: { cubicInterpolationMode: 'monotone' } })],
      ['data.datasets[0].stepped: "before"', (c) => (c.data.datasets[0].stepped = 'before')],
      ['data.datasets[0].fill: "origin"', (c) => (c.data.datasets[0].fill = 'origin')],
      ['data.datasets[0].fill: 0', (c) => (c.data.datasets[0].fill = 0)],
      ['data.datasets[0].tension: a function', (c) => (c.data.datasets[0].tension = (() => 0.4) as never)],
    ];
    for (const [asked, change] of cases) {
      const config = line();
      change(config);
      expect(trimmedOutAsked(config as ChartConfiguration)).toEqual([asked]);
    }
    // what chart.js draws straight: the defaults written out
    const straight = line();
    Object.assign(straight.data.datasets[0], { tension: 0, stepped: false, cubicInterpolationMode: 'default', fill: false });
    expect(trimmedOutAsked(straight as ChartConfiguration)).toEqual([]);
  });
});
