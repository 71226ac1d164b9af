/**
 * Engine throughput and memory: customer-ticks per second with no actions (RFM included each
 * tick) and the state's size. Target (issue 2): >= 20 million customer-ticks/s on one core for
 * 100,000 customers x 156 weekly ticks, state < 50 MB.
 *
 * Wall time and this process's CPU time (process.cpuUsage) are both reported, with the 1-minute load
 * average before and after: the development machine is shared, and under load even CPU time grows
 * (caches and cores are shared). customerTicks counts state.n each tick (the base grows with
 * recruits). stateMBAtCreate is the state created for `customers` customers (the memory target; its
 * arrays also hold room for the walk-ins expected over the scenario's duration, createSimulation);
 * stateMB is the state at the end (capacity grows by 1/4 when recruits need more room).
 *
 * Each case also prints the targets and whether it meets them (targetVerdict): the speed is judged on
 * customer-ticks per CPU second (one core; wall time counts the other processes of a shared machine),
 * the size on the state at the end of the run (the larger). A verdict is printed, never asserted: the
 * bench is not a test, and a loaded machine misses the speed target without any regression.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulation, stateBytes, stepSimulation } from '../../src/engine/index.ts';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema.ts';

type Emit = (result: Record<string, unknown>) => void;

/** The targets: 20 million customer-ticks per second on one core, a state under 50 MB (100,000 customers x 156 weekly ticks). */
export const ENGINE_TARGETS = { customerTicksPerSecond: 20_000_000, stateMB: 50 } as const;

/** The targets beside a case's measures, and whether it meets each (speed per CPU second, state at creation and at the end). */
export function targetVerdict(measured: { customerTicksPerCpuSecond: number; stateMBAtCreate: number; stateMB: number }) {
  const meetsSpeedTarget = measured.customerTicksPerCpuSecond >= ENGINE_TARGETS.customerTicksPerSecond;
  const meetsStateTargetAtCreate = measured.stateMBAtCreate < ENGINE_TARGETS.stateMB;
  const meetsStateTarget = measured.stateMB < ENGINE_TARGETS.stateMB;
  return {
    targetCustomerTicksPerSecond: ENGINE_TARGETS.customerTicksPerSecond,
    meetsSpeedTarget,
    targetStateMB: ENGINE_TARGETS.stateMB,
    meetsStateTargetAtCreate,
    meetsStateTarget,
    meetsTarget: meetsSpeedTarget && meetsStateTarget,
  };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function scenario(file: string, ticks: number): Scenario {
  const raw = JSON.parse(readFileSync(join(root, 'scenarios', file), 'utf8'));
  return scenarioSchema.parse({
    ...raw,
    durationTicks: Math.max(raw.durationTicks, ticks),
    events: raw.events ?? [],
  });
}

const CASES = [
  {
    name: 'engine 10k x 52 weekly (cosmetiques)',
    file: 'cosmetiques-en-ligne.json',
    customers: 10_000,
    ticks: 52,
  },
  {
    name: 'engine 100k x 156 weekly (cosmetiques)',
    file: 'cosmetiques-en-ligne.json',
    customers: 100_000,
    ticks: 156,
  },
  {
    name: 'engine 100k x 156 weekly (boulangerie)',
    file: 'boulangerie-du-marche.json',
    customers: 100_000,
    ticks: 156,
  },
];

export default async function engineBench(emit: Emit, filter?: string): Promise<void> {
  for (const c of CASES) {
    if (filter && !c.name.includes(filter) && !'engine'.includes(filter)) continue;
    const sc = scenario(c.file, c.ticks);
    const loadBefore = loadavg()[0];
    const t0 = performance.now();
    const state = createSimulation(sc, { seed: 1, customers: c.customers });
    const t1 = performance.now();
    const stateMBAtCreate = stateBytes(state) / 1e6;
    const cpu0 = process.cpuUsage();
    let customerTicks = 0;
    for (let t = 0; t < c.ticks; t++) {
      customerTicks += state.n;
      stepSimulation(state, sc, []);
    }
    const seconds = (performance.now() - t1) / 1000;
    const cpu = process.cpuUsage(cpu0);
    // CPU time of this process: closer to "one core" than wall time when the machine is shared
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const stateMBAtEnd = stateBytes(state) / 1e6;
    const customerTicksPerCpuSecond = customerTicks / cpuSeconds;
    emit({
      name: c.name,
      customers: c.customers,
      ticks: c.ticks,
      seconds,
      customerTicksPerSecond: customerTicks / seconds,
      cpuSeconds,
      customerTicksPerCpuSecond,
      finalCustomers: state.n,
      createSeconds: (t1 - t0) / 1000,
      historyTicks: sc.customers.historyTicks,
      stateMBAtCreate,
      stateMB: stateMBAtEnd,
      load1Before: loadBefore,
      load1After: loadavg()[0],
      ...targetVerdict({ customerTicksPerCpuSecond, stateMBAtCreate, stateMB: stateMBAtEnd }),
    });
  }
}
