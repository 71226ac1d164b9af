/**
 * A kept verification is shown again only if this app version, engine model and grading rules made
 * it, in the app's language now (its texts are kept rendered), and the text still reads as a result file.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { inLocale, keepOutcome, restoreVerification, unreadVerification, type KeptOutcome, type Verifier } from '../../../src/results/storedVerification.ts';
import { GRADING_RULES } from '../../../src/results/appVersion.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { storedOutcomeSchema } from '../../../src/db/classRecords.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { wrongFigureLines, wrongFigures } from '../../../src/results/figureChecks.ts';

const scenario = fixtureScenario();
function text(tamper = 0, modelFingerprint?: string, played = scenario): string {
  const { state, reports } = engine.runSimulation(played, { seed: 5, ticks: 4, decisions: [] });
  const file = buildResultFile({
    learner: 'Anna',
    scenario: played,
    seed: 5,
    mode: 'committed',
    decisions: [],
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
    ...(modelFingerprint ? { modelFingerprint } : {}),
  });
  file.summary.cumulativeTurnover += tamper;
  return exportResultFile(file).text;
}
const replay = engineReplayer(engine);
const now: Verifier = { appVersion: '1.2.3', model: 'aaaa0000bbbb1111', gradingRules: GRADING_RULES };
/** `outcome` as an app kept it before the grading rules were numbered: the same, without the number. */
function beforeNumberedRules(outcome: KeptOutcome): KeptOutcome {
  const older = { ...outcome };
  delete older.gradingRules;
  return older;
}

describe('kept verification', () => {
  it('restores a confirmed, a refuted and an other-model outcome of the same version and model as verified, with the file read again', async () => {
    const statuses: string[] = [];
    for (const t of [text(0), text(500), text(500, 'ffff0000ffff0000')]) {
      const verified = await verifyResult(t, replay);
      const kept = JSON.parse(JSON.stringify(keepOutcome(verified, now, '2026-11-30T10:00:00.000Z', 'fr')));
      expect(kept).not.toHaveProperty('file');
      expect(kept.model).toBe(now.model);
      expect(restoreVerification(t, kept, now, 'fr')).toEqual(verified);
      statuses.push(verified.status);
    }
    expect(statuses).toEqual(['confirmed', 'refuted', 'otherModel']);
  });

  it('asks for a new verification when the version or the model differs or is unknown, no outcome is kept, or the text no longer reads', async () => {
    const t = text();
    const kept = keepOutcome(await verifyResult(t, replay), now, 'x', 'fr');
    expect(restoreVerification(t, kept, { ...now, appVersion: '1.2.4' }, 'fr')).toBeNull();
    // same app version, another model (a model change without a version bump)
    expect(restoreVerification(t, kept, { ...now, model: 'cccc2222dddd3333' }, 'fr')).toBeNull();
    expect(restoreVerification(t, kept, { ...now, model: null }, 'fr')).toBeNull();
    // kept before the fingerprint existed
    expect(restoreVerification(t, { ...kept, model: undefined }, now, 'fr')).toBeNull();
    expect(restoreVerification(t, null, now, 'fr')).toBeNull();
    expect(restoreVerification('{"format":"autre"}', kept, now, 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, status: 'refuted', differences: [{ what: 'inconnu', recorded: 1, recomputed: 2, text: '?' }] }, now, 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, status: 'refuted', differences: [{ what: 'stateHash', recorded: { x: 1 }, recomputed: 'b', text: '?' }] }, now, 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, status: 'refuted', differences: [{ what: 'stateHash', recorded: 'a', recomputed: 'b', text: 'empreinte' }] }, now, 'fr')).toMatchObject({
      status: 'refuted',
      differences: [{ what: 'stateHash', recorded: 'a', recomputed: 'b', text: 'empreinte' }],
    });
  });

  it('verifies again, once, any outcome kept under older grading rules (no number: kept before they were numbered) or other ones (review1 #2)', async () => {
    const t = text();
    const verified = await verifyResult(t, replay);
    expect(verified.status).toBe('confirmed');
    const kept = keepOutcome(verified, now, '2026-12-05T10:00:00.000Z', 'fr');
    expect(kept.gradingRules).toBe(GRADING_RULES);
    // same app version and model, older or other grading rules: verified again
    expect(restoreVerification(t, beforeNumberedRules(kept), now, 'fr')).toBeNull();
    expect(restoreVerification(t, kept, { ...now, gradingRules: GRADING_RULES + 1 }, 'fr')).toBeNull();
    // once verified again under these rules, kept with their number through the stored record: shown, not replayed again
    const stored = storedOutcomeSchema.parse(JSON.parse(JSON.stringify(kept)));
    expect(stored.gradingRules).toBe(GRADING_RULES);
    expect(restoreVerification(t, stored, now, 'fr')).toEqual(verified);
  });

  it('still reads a stored outcome kept before the grading rules were numbered (no field), and verifies it again', async () => {
    const t = text(500);
    const older = JSON.parse(JSON.stringify(beforeNumberedRules(keepOutcome(await verifyResult(t, replay), now, '2026-12-01T10:00:00.000Z', 'fr'))));
    expect(older).not.toHaveProperty('gradingRules');
    const stored = storedOutcomeSchema.safeParse(older);
    expect(stored.success).toBe(true);
    expect(stored.data).toMatchObject({ status: 'refuted', appVersion: now.appVersion, model: now.model });
    expect(restoreVerification(t, stored.data!, now, 'fr')).toBeNull();
    // a later app's number, whatever it is, keeps the record valid here (verified again)
    expect(storedOutcomeSchema.safeParse({ ...older, gradingRules: 7 }).success).toBe(true);
  });

  it('verifies again a refuted outcome kept for a file made before files named their model, by rules that refuted it: it is now another model’s, never refuted (QA qa15 F7)', async () => {
    const old = JSON.parse(text(500)) as Record<string, unknown>;
    delete old.seedAdjustment;
    const t = JSON.stringify(old);
    const verified = await verifyResult(t, replay);
    expect(verified.status).toBe('otherModel');
    // refuted by an app before that rule, which had no grading number
    const keptRefuted = beforeNumberedRules({ ...keepOutcome(verified, now, 'x', 'fr'), status: 'refuted' as const });
    expect(restoreVerification(t, keptRefuted, now, 'fr')).toBeNull();
    expect(restoreVerification(t, keepOutcome(verified, now, 'x', 'fr'), now, 'fr')).toEqual(verified);
  });

  it('verifies again a refuted outcome of a file with an objective checked at every period kept by an app that may have ignored `everyTick`, and restores one kept under these rules (review1 #2)', async () => {
    const everyTick = { ...scenario, objectives: scenario.objectives.map((o, i) => (i === 0 ? { ...o, everyTick: true } : o)) };
    const t = text(500, undefined, everyTick);
    const verified = await verifyResult(t, replay);
    expect(verified.status).toBe('refuted');
    // kept before the grading rules were numbered (an app before `everyTick` graded on the end value): verified again
    expect(restoreVerification(t, beforeNumberedRules(keepOutcome(verified, now, 'x', 'fr')), now, 'fr')).toBeNull();
    // refuted under these rules, which grade `everyTick`: shown as kept, not replayed at every visit
    expect(restoreVerification(t, keepOutcome(verified, now, 'x', 'fr'), now, 'fr')).toEqual(verified);
    const fine = text(0, undefined, everyTick);
    const confirmed = await verifyResult(fine, replay);
    expect(confirmed.status).toBe('confirmed');
    expect(restoreVerification(fine, keepOutcome(confirmed, now, 'x', 'fr'), now, 'fr')).toEqual(confirmed);
  });

  it('keeps the replay’s own figures with the outcome, through the stored record, and verifies again an outcome kept without them', async () => {
    const t = text(500);
    const verified = await verifyResult(t, replay);
    expect(verified.status).toBe('refuted');
    const kept = keepOutcome(verified, now, '2026-11-30T10:00:00.000Z', 'fr');
    const yearly = (verified as Extract<typeof verified, { status: 'refuted' }>).replayed!.yearlyRetention;
    expect(yearly).toBeGreaterThan(0);
    expect(kept.replayed).toEqual({ yearlyRetention: yearly, refused: [], budgetStop: null, questionnaireTick: null, setupStops: [], notActed: [] });
    // the db layer's schema keeps the field (an object schema drops unknown keys)
    const stored = storedOutcomeSchema.parse(JSON.parse(JSON.stringify(kept)));
    expect(stored.replayed?.setupStops).toEqual([]);
    const stop = { id: '1:0', type: 'personnalisation' as const, startTick: 1, tick: 2, effectTick: 7 };
    expect(storedOutcomeSchema.parse({ ...kept, replayed: { ...kept.replayed, setupStops: [stop] } }).replayed?.setupStops).toEqual([stop]);
    expect(restoreVerification(t, { ...kept, replayed: { ...kept.replayed!, setupStops: [{ ...stop, tick: 'x' }] } } as never, now, 'fr')).toBeNull();
    // GRADING_RULES 7: the tools that never acted, a launch too late among them, kept and read back too
    expect(stored.replayed?.notActed).toEqual([]);
    const late = { id: '9:0', type: 'personnalisation' as const, startTick: 9, tick: 12, effectTick: 15, late: true as const };
    expect(storedOutcomeSchema.parse({ ...kept, replayed: { ...kept.replayed, notActed: [late] } }).replayed?.notActed).toEqual([late]);
    expect(restoreVerification(t, { ...kept, replayed: { ...kept.replayed!, notActed: [{ ...late, late: 'yes' }] } } as never, now, 'fr')).toBeNull();
    expect(restoreVerification(t, stored, now, 'fr')).toMatchObject({ status: 'refuted', replayed: { yearlyRetention: yearly } });
    // kept before the figures existed, or damaged: replayed again
    expect(restoreVerification(t, { ...kept, replayed: undefined }, now, 'fr')).toBeNull();
    expect(restoreVerification(t, { ...kept, replayed: { yearlyRetention: 2 } }, now, 'fr')).toBeNull();
    expect(storedOutcomeSchema.safeParse({ ...kept, replayed: { yearlyRetention: 'x' } }).success).toBe(false);
  });

  it('keeps the reason of a file that could not be read, whatever the version (nothing to verify again)', () => {
    const kept = keepOutcome({ status: 'invalid', errors: ['trop volumineux'] }, now, 'x', 'fr');
    const later: Verifier = { appVersion: '2.0.0', model: 'ffff', gradingRules: GRADING_RULES + 1 };
    expect(restoreVerification(null, kept, later, 'fr')).toEqual({ status: 'invalid', errors: ['trop volumineux'] });
    expect(restoreVerification('pas du json', kept, now, 'fr')).toEqual({ status: 'invalid', errors: ['trop volumineux'] });
    expect(restoreVerification('pas du json', kept, later, 'fr')).toBeNull();
  });

  it('shows an outcome only in the language its texts were made in, or when it has no text; otherwise it is verified again', async () => {
    // a refuted file: its difference lines and warnings are French sentences
    const t = text(500);
    const verified = await verifyResult(t, replay, 'fr');
    const kept = JSON.parse(JSON.stringify(keepOutcome(verified, now, 'x', 'fr')));
    expect(kept.locale).toBe('fr');
    expect(kept.differences[0].text).toMatch(/le rejeu donne/);
    expect(restoreVerification(t, kept, now, 'fr')).toEqual(verified);
    expect(restoreVerification(t, kept, now, 'en')).toBeNull();
    // kept before the language was recorded: not known, verified again
    expect(restoreVerification(t, { ...kept, locale: undefined }, now, 'fr')).toBeNull();
    // verified again in English, it is shown in English from then on
    const english = await verifyResult(t, replay, 'en');
    const keptEnglish = keepOutcome(english, now, 'x', 'en');
    expect(restoreVerification(t, keptEnglish, now, 'en')).toEqual(english);
    expect(restoreVerification(t, keptEnglish, now, 'en')).toMatchObject({ differences: [expect.objectContaining({ text: expect.stringMatching(/the replay gives/) })] });
    expect(restoreVerification(t, keptEnglish, now, 'fr')).toBeNull();

    // a confirmed file without warning says nothing in any language: kept whatever its language
    const plain = text();
    const confirmed = await verifyResult(plain, replay, 'fr');
    expect(confirmed).toMatchObject({ status: 'confirmed', warnings: [] });
    const keptConfirmed = keepOutcome(confirmed, now, 'x', 'fr');
    expect(inLocale(keptConfirmed, 'en')).toBe(true);
    expect(restoreVerification(plain, keptConfirmed, now, 'en')).toEqual(confirmed);
    expect(restoreVerification(plain, { ...keptConfirmed, locale: undefined }, now, 'en')).toEqual(confirmed);
    // with a warning it says something: verified again in another language
    expect(restoreVerification(plain, { ...keptConfirmed, warnings: ['champ inconnu'] }, now, 'en')).toBeNull();
    // an invalid file with its text is verified again too (found invalid again without a replay)
    expect(restoreVerification('pas du json', keepOutcome({ status: 'invalid', errors: ['pas du JSON'] }, now, 'x', 'fr'), now, 'en')).toBeNull();
  });

  it('shows the recorded reason of a file that could not be read inside a sentence of the language now', () => {
    const kept = keepOutcome({ status: 'invalid', errors: ['fichier trop volumineux (20 Mo, au plus 16 Mo)'] }, now, 'x', 'fr');
    expect(unreadVerification(kept, 'fr')).toEqual({ status: 'invalid', errors: ['fichier trop volumineux (20 Mo, au plus 16 Mo)'] });
    expect(restoreVerification(null, kept, now, 'en')).toEqual({
      status: 'invalid',
      errors: ['file not read when it was imported, reason noted then: fichier trop volumineux (20 Mo, au plus 16 Mo)'],
    });
    expect(restoreVerification(null, { ...kept, locale: undefined }, now, 'fr')).toEqual({
      status: 'invalid',
      errors: [frenchText`fichier non lu lors de son import, raison notée alors : fichier trop volumineux (20 Mo, au plus 16 Mo)`],
    });
  });

  it('lists several recorded reasons with the separator of the language now', () => {
    // recorded in a language that is neither: both wrap the reasons in a sentence of their own
    const kept = { ...keepOutcome({ status: 'invalid', errors: ['raison un', 'raison deux'] }, now, 'x', 'fr'), locale: 'de' };
    expect(unreadVerification(kept, 'en')).toEqual({ status: 'invalid', errors: ['file not read when it was imported, reason noted then: raison un; raison deux'] });
    expect(unreadVerification(kept, 'fr')).toEqual({ status: 'invalid', errors: [frenchText`fichier non lu lors de son import, raison notée alors : raison un ; raison deux`] });
  });
});

describe('a refuted file’s lines after the class view is reloaded (QA F13)', () => {
  /** Anna's file with a claimed objective state and a last-week retention rate the replay does not give. */
  function tampered(): string {
    const { state, reports } = engine.runSimulation(scenario, { seed: 5, ticks: 4, decisions: [] });
    const file = buildResultFile({
      learner: 'Anna',
      scenario,
      seed: 5,
      mode: 'committed',
      decisions: [],
      kpis: reports.map((r) => r.kpis),
      stateHash: engine.hashState(state),
      appVersion: '0.1.0',
    });
    const objective = file.summary.objectives.find((o) => o.id === 'retention')!;
    objective.state = objective.state === 'atteint' ? 'manque' : 'atteint';
    file.summary.retentionRate = (file.summary.retentionRate ?? 0) + 0.01;
    return exportResultFile(file).text;
  }

  for (const [locale, objectiveLine, rateLine] of [
    ['fr', frenchText`objectif « ${'Garder 90 % des clients'} »`, 'taux de fidélisation hebdomadaire'],
    ['en', 'objective “Keep 90% of customers”', 'weekly retention rate'],
  ] as const) {
    it(`names the objective and the rate by their labels, not by their ids, once stored and read back (${locale})`, async () => {
      const t = tampered();
      const verified = await verifyResult(t, replay, locale);
      expect(verified.status).toBe('refuted');
      const shown = (v: ReturnType<typeof restoreVerification>) => wrongFigureLines(wrongFigures(v!), locale).map((l) => l.what);
      expect(shown(verified)).toEqual(expect.arrayContaining([objectiveLine, rateLine]));
      // through the db layer's schema, as the class view keeps it between two visits
      const stored = storedOutcomeSchema.parse(JSON.parse(JSON.stringify(keepOutcome(verified, now, '2026-12-02T04:00:00.000Z', locale))));
      const restored = restoreVerification(t, stored, now, locale);
      expect(restored).toEqual(verified);
      // the declared state against the target (QA qa19 F7) is kept too
      const claim = (v: ReturnType<typeof restoreVerification>) => (v?.status === 'refuted' ? v.differences.find((d) => d.what === 'objective')?.claim : undefined);
      expect(claim(verified)).toMatch(locale === 'fr' ? /^(atteint|non atteint|en cours), alors (que|qu’il) / : /^(met|not met|in progress), whereas /);
      expect(claim(restored)).toBe(claim(verified));
      expect(shown(restored)).toEqual(shown(verified));
      expect(shown(restored).join(' ')).not.toMatch(/« retention »|“retention”/);
    });
  }

  it('names them again from the file’s scenario in an outcome kept before the labels were', async () => {
    const t = tampered();
    const verified = await verifyResult(t, replay, 'fr');
    const kept = JSON.parse(JSON.stringify(keepOutcome(verified, now, '2026-12-02T04:00:00.000Z', 'fr')));
    for (const d of kept.differences) delete d.label;
    const restored = restoreVerification(t, storedOutcomeSchema.parse(kept), now, 'fr');
    expect(restored).toEqual(verified);
    expect(wrongFigureLines(wrongFigures(restored!), 'fr').map((l) => l.what)).toEqual(
      expect.arrayContaining([frenchText`objectif « ${'Garder 90 % des clients'} »`, 'taux de fidélisation hebdomadaire']),
    );
  });
});
