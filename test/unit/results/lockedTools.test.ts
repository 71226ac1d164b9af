/** The tools the teacher's class link locked, carried by the result file, and the class view's flag on a decision that used one. */
import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { buildResultFile, exportResultFile, type ResultRun } from '../../../src/results/buildResultFile.ts';
import { compareClass, lockedToolsUsed } from '../../../src/results/classComparison.ts';
import { readResultFile } from '../../../src/results/readResultFile.ts';
import { replayFigures } from '../../../src/results/replayFigures.ts';
import type { Tool } from '../../../src/missions/tools.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const coupon = { type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1 } as const;
const club = { type: 'lienSocial', instrument: 'club', target: {} } as const;
const survey = { type: 'enquete', instrument: 'questionnaire', sampleSize: 50 } as const;
const played: DecisionsLog = [
  { tick: 0, actions: [coupon, survey] },
  { tick: 1, actions: [club] },
];

function run(extra: Partial<ResultRun> = {}): ResultRun {
  return {
    learner: 'Camille',
    scenario: fixtureScenario(),
    seed: 4242,
    mode: 'committed',
    decisions: played,
    kpis: makeKpiSeries(4),
    stateHash: 'abcdef0123456789',
    appVersion: '0.1.0',
    ...extra,
  };
}

function row(extra: Partial<ResultRun>) {
  const file = buildResultFile(run(extra));
  return compareClass([{ fileName: 'camille.json', verification: { status: 'confirmed', file, warnings: [], replayed: replayFigures(file.scenario, makeKpiSeries(4)) } }])[0];
}

describe('locked tools in the result file', () => {
  it('are written when the run knew them, read back, and a file without them is still valid', () => {
    const locks = { lock: ['financier'] as Tool[], hide: ['lienSocial'] as Tool[] };
    const read = readResultFile(exportResultFile(buildResultFile(run(locks))).text);
    expect(read.ok && [read.file.lock, read.file.hide]).toEqual([['financier'], ['lienSocial']]);
    const older = readResultFile(exportResultFile(buildResultFile(run())).text);
    expect(older.ok).toBe(true);
    expect(older.ok && 'lock' in older.file).toBe(false);
  });

  it('refuses a lock list naming something that is not a tool', () => {
    const file = { ...buildResultFile(run()), lock: ['toutCasser'] };
    expect(readResultFile(JSON.stringify(file)).ok).toBe(false);
  });

  it('the class view flags the locked or hidden tools a learner used anyway, in tool order', () => {
    expect(row({ lock: ['financier', 'acquisition'], hide: ['lienSocial'] }).lockedUsed).toEqual(['financier', 'lienSocial']);
    expect(row({ lock: ['acquisition'], hide: [] }).lockedUsed).toEqual([]);
  });

  it('flags nothing when the file says nothing of locks (older files, runs started before they were kept)', () => {
    expect(row({}).lockedUsed).toEqual([]);
    expect(lockedToolsUsed({ decisions: played })).toEqual([]);
  });
});
