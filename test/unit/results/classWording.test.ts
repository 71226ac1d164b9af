/**
 * The class view's wording of a refuted file (QA teacher #6, #7; robust #7, #8): objectives by their
 * label with their state in words, never « ((absent)) »; a rate contradicted by a few thousandths
 * shown with the decimals that tell the two apart; a shipped scenario changed under its own id told.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { editedShippedScenario, shippedFingerprints, shippedScenarioNote } from '../../../src/results/editedScenario.ts';
import { figurePair, wrongFigureLines } from '../../../src/results/figureChecks.ts';
import { fingerprint } from '../../../src/results/fingerprint.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const scenario = fixtureScenario();
const { state, reports } = engine.runSimulation(scenario, { seed: 7, ticks: 12, decisions: [] });
const honest = exportResultFile(
  buildResultFile({ learner: 'Léa', scenario, seed: 7, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' }),
).text;

/** `honest` with its « actifs » objective claimed met, with no value */
function flipped(): string {
  const file = JSON.parse(honest) as ResultFile;
  file.summary.objectives = file.summary.objectives.map((o) => (o.id === 'actifs' ? { ...o, state: o.state === 'atteint' ? 'manque' : 'atteint', value: null } : o));
  return JSON.stringify(file);
}

describe('class view wording of contradicted figures', () => {
  it('names an objective by its label, in words of the reader’s language, without double parentheses', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const result = await verifyResult(flipped(), engineReplayer(engine), locale);
      expect(result.status).toBe('refuted');
      if (result.status !== 'refuted') return;
      const objective = result.differences.find((d) => d.what === 'objective')!;
      const line = wrongFigureLines([objective], locale)[0];
      const text = plain([line.what, line.recorded, line.recomputed, objective.text].join(' | '));
      expect(text).not.toMatch(/\(\(|\bmanque\b|“actifs”|« actifs »/);
      if (locale === 'fr') {
        expect(plain(line.what)).toBe('objectif « Au moins 150 clients actifs en semaine 8 »');
        expect(plain(line.recorded)).toMatch(/^(atteint|non atteint) \(non mesuré\)$/);
        expect(plain(line.recomputed)).toMatch(/^(atteint|non atteint) \(\d[\d ]*\)$/);
      } else {
        expect(line.what).toBe('objective “At least 150 active customers by week 8”');
        expect(line.recorded).toMatch(/^(met|not met) \(not measured\)$/);
        expect(line.recomputed).toMatch(/^(met|not met) \([\d,]+\)$/);
      }
    }
  });

  it('shows a rate with the decimals that tell the claim from the replay', () => {
    const fr = figurePair('retentionRate', 0.993215, 0.993208, 'fr');
    expect(fr.recorded).not.toBe(fr.recomputed);
    expect([plain(fr.recorded), plain(fr.recomputed)]).toEqual(['99,322 %', '99,321 %']);
    expect(figurePair('churnRate', 0.006793, 0.006788, 'en')).toEqual({ recorded: '0.6793%', recomputed: '0.6788%' });
    // as the table shows them when that already differs
    expect(figurePair('retentionRate', 0.9951, 0.9934, 'en')).toEqual({ recorded: '99.5%', recomputed: '99.3%' });
  });

  it('names the file’s last rate by the scenario’s period, with the decimals that show the change', async () => {
    const file = JSON.parse(honest) as ResultFile;
    file.summary.retentionRate = (file.summary.retentionRate ?? 0) + 0.00001;
    const result = await verifyResult(JSON.stringify(file), engineReplayer(engine), 'fr');
    expect(result.status).toBe('refuted');
    if (result.status !== 'refuted') return;
    const [line] = wrongFigureLines(result.differences.filter((d) => d.what === 'retentionRate'), 'fr');
    expect(line.what).toBe('taux de fidélisation hebdomadaire');
    expect(line.recorded).not.toBe(line.recomputed);
    expect(plain(result.differences.find((d) => d.what === 'retentionRate')!.text)).toMatch(/^taux de fidélisation hebdomadaire : le fichier indique ([\d,]+) %, le rejeu donne (?!\1 )[\d,]+ %$/);
  });

  it('tells a shipped scenario changed under its own id, not a scenario of another id', () => {
    const shipped = shippedFingerprints([scenario]);
    const edited = fixtureScenario({ customers: { ...scenario.customers, initial: 201 } });
    expect(editedShippedScenario(scenario.id, fingerprint(scenario), shipped)).toBe(false);
    expect(editedShippedScenario(edited.id, fingerprint(edited), shipped)).toBe(true);
    expect(editedShippedScenario('ma-boutique', fingerprint(edited), shipped)).toBe(false);
    expect(editedShippedScenario(null, null, shipped)).toBe(false);
  });

  it('does not call a file of another model version « modifié » when the shipped scenario changed since', () => {
    const shipped = shippedFingerprints([scenario]);
    // the app retuned its scenario's objective after the file was made
    const before = fixtureScenario({ customers: { ...scenario.customers, initial: 201 } });
    const row = (status: string) => ({ status, scenarioId: before.id, scenarioFingerprint: fingerprint(before) });
    expect(shippedScenarioNote(row('otherModel'), shipped)).toBe('changedSince');
    // same model: the replay used the file's scenario, which is not the app's: said as edited
    expect(shippedScenarioNote(row('confirmed'), shipped)).toBe('edited');
    expect(shippedScenarioNote(row('refuted'), shipped)).toBe('edited');
    expect(shippedScenarioNote({ status: 'otherModel', scenarioId: scenario.id, scenarioFingerprint: fingerprint(scenario) }, shipped)).toBeNull();
  });

  it('calls a version the app shipped before an earlier version, not « modifié »; unknown content stays « modifié »', () => {
    const shipped = shippedFingerprints([scenario]);
    const before = fixtureScenario({ customers: { ...scenario.customers, initial: 201 } });
    const edited = fixtureScenario({ customers: { ...scenario.customers, initial: 202 } });
    const history = { [scenario.id]: [fingerprint(scenario), fingerprint(before)] };
    const row = (status: string, s = before) => ({ status, scenarioId: s.id, scenarioFingerprint: fingerprint(s) });
    for (const status of ['confirmed', 'refuted', 'otherModel']) expect(shippedScenarioNote(row(status), shipped, history)).toBe('earlierVersion');
    expect(shippedScenarioNote(row('confirmed', edited), shipped, history)).toBe('edited');
    expect(shippedScenarioNote(row('otherModel', edited), shipped, history)).toBe('changedSince');
    expect(shippedScenarioNote(row('confirmed', scenario), shipped, history)).toBeNull();
    // another shop's history says nothing of this one
    expect(shippedScenarioNote(row('confirmed'), shipped, { other: [fingerprint(before)] })).toBe('edited');
  });

  it('carries the run’s name to the class row, so a what-if branch is told from the original', async () => {
    const branch = JSON.parse(honest) as ResultFile;
    branch.runName = 'Ma partie — et si… (la semaine 2)';
    const rows = compareClass([
      { fileName: 'a.json', verification: await verifyResult(honest, engineReplayer(engine)) },
      { fileName: 'b.json', verification: await verifyResult(JSON.stringify(branch), engineReplayer(engine)) },
    ]);
    expect(rows.map((r) => r.runName)).toEqual([undefined, 'Ma partie — et si… (la semaine 2)']);
  });
});
