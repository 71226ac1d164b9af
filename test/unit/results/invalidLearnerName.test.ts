import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { readableLearner } from '../../../src/results/readResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { keepOutcome, restoreVerification, type Verifier } from '../../../src/results/storedVerification.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

// QA robust #5: an invalid result file was listed as « (sans nom) » even when its learner's name was readable.
const scenario = fixtureScenario();
const replay = engineReplayer(engine);
const now: Verifier = { appVersion: '1.2.3', model: 'aaaa0000bbbb1111', gradingRules: 1 };

function fileOf(learner: string, edit: (file: Record<string, unknown>) => void): string {
  const { state, reports } = engine.runSimulation(scenario, { seed: 5, ticks: 4, decisions: [] });
  const file = buildResultFile({ learner, scenario, seed: 5, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  const data = JSON.parse(exportResultFile(file).text) as Record<string, unknown>;
  edit(data);
  return JSON.stringify(data, null, 2);
}

describe('an invalid result file keeps its readable learner name', () => {
  it('names the row of a newer-format file, of one with too many periods, and of a name too long (cut)', async () => {
    const newer = fileOf('Fanny', (d) => (d.formatVersion = 2));
    const tooManyTicks = fileOf('Eve', (d) => (d.ticks = 400));
    const long = fileOf('x', (d) => (d.learner = `Zoé ${'a'.repeat(5000)}`));
    const entries = [];
    for (const [fileName, text] of [
      ['fanny.json', newer],
      ['eve.json', tooManyTicks],
      ['long.json', long],
    ]) {
      const verification = await verifyResult(text, replay);
      expect(verification.status).toBe('invalid');
      entries.push({ fileName, verification });
    }
    const rows = compareClass(entries);
    const byFile = Object.fromEntries(rows.map((r) => [r.fileName, r]));
    expect(byFile['fanny.json'].learner).toBe('Fanny');
    expect(byFile['eve.json'].learner).toBe('Eve');
    expect(byFile['long.json'].learner).toHaveLength(120);
    expect(byFile['long.json'].learner).toMatch(/^Zoé a+…$/);
    // still marked invalid, with the reason
    expect(rows.every((r) => r.status === 'invalid' && r.problems.length > 0)).toBe(true);
  });

  it('keeps the name when the class is reopened (the stored outcome restored from the file text)', async () => {
    const text = fileOf('Fanny', (d) => (d.formatVersion = 2));
    const verified = await verifyResult(text, replay);
    const restored = restoreVerification(text, keepOutcome(verified, now, '2026-12-02T10:00:00Z', 'fr'), now, 'fr');
    expect(restored).toEqual(verified);
    expect(compareClass([{ fileName: 'f.json', verification: restored! }])[0].learner).toBe('Fanny');
  });

  it('has no name to read in a file that is not a JSON object, or whose learner is not text', () => {
    expect(readableLearner('not json')).toBe('');
    expect(readableLearner('[1, 2]')).toBe('');
    expect(readableLearner('{"learner": 42}')).toBe('');
    expect(readableLearner(JSON.stringify({ learner: '  Ana\u0007 ' }))).toBe('Ana');
    expect(readableLearner(JSON.parse('{"__proto__": {"learner": "x"}}'))).toBe('');
  });
});
