import { describe, expect, it } from 'vitest';
import { benchFiles, runBenches } from '../../../test/bench/run.ts';

const FIXTURES = 'test/unit/cli/fixtures/bench';

async function run(filter?: string, files = benchFiles(FIXTURES)) {
  const lines: string[] = [];
  const problems: string[] = [];
  const failures = await runBenches(files, filter, (l) => lines.push(l), (l) => problems.push(l));
  return { failures, results: lines.map((l) => JSON.parse(l) as Record<string, unknown>), problems };
}

describe('bench runner', () => {
  it('finds *.bench.ts files only, sorted by name', () => {
    expect(benchFiles(FIXTURES).map((f) => f.split('/').pop())).toEqual(['a-cases.bench.ts', 'b-throws.bench.ts', 'c-unnamed.bench.ts']);
  });

  it('prints one JSON line per result, in file order, and counts a throwing bench and an unnamed result as failures', async () => {
    const { failures, results, problems } = await run();
    expect(results.map((r) => r.name)).toEqual(['alpha-small', 'alpha-large', 'beta-before-failure', 'gamma']);
    expect(results[0]).toEqual({ name: 'alpha-small', customers: 10, ticks: 2, seconds: 0.5, customerTicksPerSecond: 40 });
    expect(failures).toBe(2);
    expect(problems.join('\n')).toContain('panne simulée');
    expect(problems.join('\n')).toContain('sans nom');
  });

  it('passes the filter to every bench', async () => {
    const { failures, results } = await run('large', benchFiles(FIXTURES).slice(0, 1));
    expect(failures).toBe(0);
    expect(results.map((r) => r.name)).toEqual(['alpha-large']);
  });
});

describe('engine bench verdict', () => {
  it('prints the targets beside the measures and whether a case meets them (speed per CPU second, state at the end)', async () => {
    const { targetVerdict } = await import('../../../test/bench/engine.bench.ts');
    expect(targetVerdict({ customerTicksPerCpuSecond: 25e6, stateMBAtCreate: 36, stateMB: 45 })).toEqual({
      targetCustomerTicksPerSecond: 20_000_000,
      meetsSpeedTarget: true,
      targetStateMB: 50,
      meetsStateTargetAtCreate: true,
      meetsStateTarget: true,
      meetsTarget: true,
    });
    // the bakery of the QA run: fast enough nowhere, 36 MB at creation, 57,8 MB at the end
    const bakery = targetVerdict({ customerTicksPerCpuSecond: 2.6e6, stateMBAtCreate: 36, stateMB: 57.8 });
    expect(bakery).toMatchObject({ meetsSpeedTarget: false, meetsStateTargetAtCreate: true, meetsStateTarget: false, meetsTarget: false });
    expect(targetVerdict({ customerTicksPerCpuSecond: 21e6, stateMBAtCreate: 36, stateMB: 57.8 }).meetsTarget).toBe(false);
  });
});
