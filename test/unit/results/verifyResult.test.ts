import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const scenario = fixtureScenario();
const decisions: DecisionsLog = [
  { tick: 0, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 40 }] },
  { tick: 2, actions: [{ type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon', 'bon'] } }] },
  { tick: 5, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1, durationTicks: 3 }] },
];
const replay = engineReplayer(engine);

/** What the app would export after playing `ticks` ticks of the fixture scenario. */
function playedFile(ticks = 12, log: DecisionsLog = decisions, seed = 7): ResultFile {
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks, decisions: log });
  return buildResultFile({
    learner: 'Camille Martin',
    scenario,
    seed,
    mode: 'committed',
    decisions: log,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
  });
}

const honest = playedFile();
const honestText = exportResultFile(honest).text;
const tampered = (edit: (file: ResultFile) => void): string => {
  const copy = JSON.parse(honestText) as ResultFile;
  edit(copy);
  return JSON.stringify(copy, null, 2);
};

describe('verifying a result file by replay', () => {
  it('confirms an honest run, complete or stopped half way', async () => {
    await expect(verifyResult(honestText, replay)).resolves.toMatchObject({ status: 'confirmed' });
    await expect(verifyResult(exportResultFile(playedFile(6)).text, replay)).resolves.toMatchObject({ status: 'confirmed' });
    await expect(verifyResult(exportResultFile(playedFile(0, [])).text, replay)).resolves.toMatchObject({ status: 'confirmed' });
  });

  it('refutes a changed KPI and says which one', async () => {
    const result = await verifyResult(
      tampered((f) => {
        f.summary.cumulativeTurnover *= 1.2;
      }),
      replay,
    );
    expect(result.status).toBe('refuted');
    if (result.status !== 'refuted') return;
    expect(result.differences.map((d) => d.what)).toEqual(['cumulativeTurnover']);
    expect(result.differences[0].text).toMatch(/^chiffre d’affaires cumulé\u00a0: le fichier indique .*, le rejeu donne /);
  });

  it('writes the differing amounts in the language: money with cents and a decimal comma in French, not raw floats', async () => {
    const doubled = tampered((f) => {
      f.summary.cumulativeTurnover = 1203703.9002507178;
      f.summary.retentionRate = 0.5;
    });
    const fr = await verifyResult(doubled, replay);
    const frLines = fr.status === 'refuted' ? fr.differences.map((d) => d.text) : [];
    expect(frLines[0]).toMatch(/^chiffre d’affaires cumulé\u00a0: le fichier indique 1\u202f203\u202f703,90\u00a0€, le rejeu donne [\d\u202f]+,\d\d\u00a0€$/);
    expect(frLines.find((l) => l.startsWith('taux de fidélisation hebdomadaire'))).toMatch(/le fichier indique 50\u00a0%, le rejeu donne [\d,]+\u00a0%$/);
    expect(frLines.join(' ')).not.toMatch(/\d\.\d/);
    const en = await verifyResult(doubled, replay, 'en');
    expect(en.status === 'refuted' && en.differences[0].text).toMatch(/^cumulative turnover: the file says €1,203,703\.90, the replay gives €[\d,]+\.\d\d$/);
  });

  it('refutes claimed objective points and a claimed objective state', async () => {
    const flipped = await verifyResult(
      tampered((f) => {
        f.summary.objectives = f.summary.objectives.map((o) =>
          o.state === 'atteint' ? { ...o, state: 'manque', pointsEarned: 0 } : { ...o, state: 'atteint', pointsEarned: o.pointsPossible },
        );
        f.summary.objectivePoints = f.summary.objectives.reduce((sum, o) => sum + o.pointsEarned, 0);
      }),
      replay,
    );
    expect(flipped.status).toBe('refuted');
    if (flipped.status !== 'refuted') return;
    expect(flipped.differences.filter((d) => d.what === 'objective').map((d) => d.id)).toEqual(honest.summary.objectives.map((o) => o.id));
    expect(flipped.differences.map((d) => d.what)).toContain('objectivePoints');
  });

  it('says a state declared against a confirmed value with the objective\'s comparison, never the same number twice (QA qa19 F7)', async () => {
    const missed = honest.summary.objectives.filter((o) => o.state === 'manque' && o.value !== null);
    expect(missed.length).toBeGreaterThan(0);
    const text = tampered((f) => {
      f.summary.cumulativeNetMargin = 199_999;
      f.summary.objectives = f.summary.objectives.map((o) => ({ ...o, state: 'atteint' }));
    });
    for (const locale of ['fr', 'en'] as const) {
      const result = await verifyResult(text, replay, locale);
      if (result.status !== 'refuted') throw new Error(result.status);
      // the forged margin first, as the CSV and the row list them
      expect(result.differences[0].what).toBe('cumulativeNetMargin');
      for (const o of missed) {
        const line = result.differences.find((d) => d.what === 'objective' && d.id === o.id)!;
        const objective = scenario.objectives.find((x) => x.id === o.id)!;
        const relation = objective.comparator === '>=' ? '<' : '>';
        const claim = locale === 'fr' ? new RegExp(`^atteint, alors que \\S.* ${relation} \\S.*$`) : new RegExp(`^met, whereas \\S.* ${relation} \\S.*$`);
        expect(line.claim).toMatch(claim);
        expect(line.text).toBe(locale === 'fr' ? frenchText`objectif « ${line.label!} » : le fichier indique ${line.claim!}` : `objective “${line.label!}”: the file says ${line.claim!}`);
      }
    }
  });

  it('names a claimed objective in French in English when the scenario left its English label blank (the editor can leave spaces)', async () => {
    const blankLabels = { ...scenario, objectives: scenario.objectives.map((o) => ({ ...o, label: { fr: o.label.fr, en: '  ' } })) };
    const { state, reports } = engine.runSimulation(blankLabels, { seed: 7, ticks: 12, decisions });
    const file = buildResultFile({ learner: 'Camille Martin', scenario: blankLabels, seed: 7, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
    file.summary.objectives = file.summary.objectives.map((o) => ({ ...o, state: o.state === 'atteint' ? 'manque' : 'atteint' }));
    const result = await verifyResult(exportResultFile(file).text, replay, 'en');
    expect(result.status).toBe('refuted');
    const labels = result.status === 'refuted' ? result.differences.filter((d) => d.what === 'objective').map((d) => d.label) : [];
    expect(labels).toEqual(blankLabels.objectives.map((o) => o.label.fr));
  });

  it('refutes a changed decision, seed or scenario (the replay reaches another state)', async () => {
    const decision = await verifyResult(
      tampered((f) => {
        f.decisions[2].actions[0] = { type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.3, durationTicks: 3 };
      }),
      replay,
    );
    expect(decision.status).toBe('refuted');
    if (decision.status === 'refuted') expect(decision.differences.map((d) => d.what)).toContain('stateHash');

    const removed = await verifyResult(tampered((f) => void f.decisions.splice(1, 1)), replay);
    expect(removed.status).toBe('refuted');

    const seed = await verifyResult(tampered((f) => void (f.seed = 8)), replay);
    expect(seed.status).toBe('refuted');

    const scenarioEdit = await verifyResult(tampered((f) => void (f.scenario.service.incidentRate = 0.2)), replay);
    expect(scenarioEdit.status).toBe('refuted');
  });

  it('refutes a changed state hash', async () => {
    const result = await verifyResult(tampered((f) => void (f.stateHash = f.stateHash.replace(/^./, (c) => (c === '0' ? '1' : '0')))), replay);
    expect(result.status).toBe('refuted');
    if (result.status === 'refuted') expect(result.differences.map((d) => d.what)).toEqual(['stateHash']);
  });

  it('refutes a run claimed longer or shorter than what its figures show', async () => {
    const result = await verifyResult(tampered((f) => void (f.ticks = 11)), replay);
    expect(result.status).toBe('refuted');
  });

  it('says invalid, without replaying, for hostile or broken files', async () => {
    let replays = 0;
    const counting: typeof replay = (request) => {
      replays += 1;
      return replay(request);
    };
    for (const input of [
      'pas du JSON',
      honestText.replace('"learner"', '"__proto__": {}, "learner"'),
      tampered((f) => void ((f as unknown as Record<string, unknown>).seed = '7')),
      tampered((f) => void (f.decisions[0].actions = 'tout' as never)),
      JSON.stringify(scenario),
    ]) {
      const result = await verifyResult(input, counting);
      expect(result.status).toBe('invalid');
      if (result.status === 'invalid') expect(result.errors.length).toBeGreaterThan(0);
    }
    expect(replays).toBe(0);
  });

  it('says invalid when the replay itself fails', async () => {
    const result = await verifyResult(honestText, async () => {
      throw new Error('mémoire insuffisante');
    });
    expect(result).toEqual({ status: 'invalid', errors: [frenchText`le rejeu a échoué : mémoire insuffisante`], learner: 'Camille Martin' });
  });

  it('gives English messages on request', async () => {
    const result = await verifyResult(tampered((f) => void (f.summary.budgetLeft += 1)), replay, 'en');
    expect(result.status === 'refuted' && result.differences[0].text).toMatch(/^budget left: the file says/);
  });
});

describe('a file from another version of the model', () => {
  const current = engine.modelFingerprint();
  // an earlier model's (a tablet on an old cached version): the file, on a seed that moves its targets, may then lack their
  // adjustment (seedAdjustment.ts: a later model's may not)
  const other = current === '7bc003ec77128940' ? '5c38c1f03de4f68b' : '7bc003ec77128940';
  /** the honest file, saying which model made it; `results` stands for another model's different figures */
  const madeBy = (model: string, results?: (f: ResultFile) => void) =>
    tampered((f) => {
      f.modelFingerprint = model;
      results?.(f);
    });
  const otherFigures = (f: ResultFile) => {
    f.stateHash = '0123456789abcdef';
    f.summary.cumulativeTurnover += 12.5;
  };

  it('is not called altered when it does not replay: otherModel, with both fingerprints and the differences', async () => {
    const result = await verifyResult(madeBy(other, otherFigures), replay);
    expect(result.status).toBe('otherModel');
    if (result.status !== 'otherModel') return;
    expect(result.warnings[0]).toContain(`empreinte ${other}`);
    expect(result.warnings[0]).toContain(`ici ${current}`);
    expect(result.warnings[0]).toContain('pas une preuve de modification');
    expect(result.differences.map((d) => d.what).sort()).toEqual(['cumulativeTurnover', 'stateHash']);
  });

  it('is refuted when it names this very model and does not replay, and confirmed when it replays whatever model it names', async () => {
    const same = await verifyResult(madeBy(current, otherFigures), replay);
    expect(same).toMatchObject({ status: 'refuted', warnings: [] });
    await expect(verifyResult(madeBy(other), replay)).resolves.toMatchObject({ status: 'confirmed' });
  });

  /** a file made before files named their model (30/11/2026), hence before the seed adjustment's marker (2/12/2026) */
  const unnamed = (results?: (f: ResultFile) => void) =>
    tampered((f) => {
      delete f.modelFingerprint;
      delete f.seedAdjustment;
      results?.(f);
    });

  it('is never refuted when it predates model fingerprints and does not replay: otherModel, the unknown version said first (QA qa15 F7)', async () => {
    const result = await verifyResult(unnamed(otherFigures), replay);
    expect(result.status).toBe('otherModel');
    if (result.status !== 'otherModel') return;
    expect(result.warnings).toEqual([
      frenchText`Ce fichier ne dit pas avec quelle version du modèle il a été produit (fichier antérieur au 30/11/2026) : une différence peut venir d’une mise à jour du simulateur, ce n’est pas une preuve de modification. Demandez à l’élève de recharger l’application (mise à jour) et de réexporter sa partie.`,
    ]);
    expect(result.differences.map((d) => d.what).sort()).toEqual(['cumulativeTurnover', 'stateHash']);
    // a figure retouched in such a file, the state left alone: not verifiable either, to be exported again
    await expect(verifyResult(unnamed((f) => void (f.summary.cumulativeNetMargin += 1000)), replay)).resolves.toMatchObject({ status: 'otherModel' });
  });

  it('is refuted when it names no model but records what only later apps write: its model’s name was removed', async () => {
    // every file since the seed adjustment (2/12/2026) has the marker, and names its model (since 30/11/2026)
    const result = await verifyResult(tampered(otherFigures), replay);
    expect(result).toMatchObject({ status: 'refuted', warnings: [] });
  });

  it('is confirmed when it predates model fingerprints and replays', async () => {
    await expect(verifyResult(unnamed(), replay)).resolves.toMatchObject({ status: 'confirmed', warnings: [] });
  });

  it('explains in English on request', async () => {
    const result = await verifyResult(madeBy(other, otherFigures), replay, 'en');
    expect(result.status === 'otherModel' && result.warnings[0]).toContain('not a proof of alteration');
  });
});
