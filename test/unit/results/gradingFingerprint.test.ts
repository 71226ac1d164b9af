/**
 * The grading's fingerprint (src/results/gradingFingerprint.ts) pins GRADING_RULES (src/results/appVersion.ts):
 * its canonical files grade as their names say, it is deterministic, model-independent, kept out of the app,
 * and equal to the fingerprint recorded for the current GRADING_RULES. When that pin fails, the grading
 * changed: raise GRADING_RULES (with a line in its comment) and record the new fingerprint under the new
 * number in GRADING_FINGERPRINTS, so that the class view verifies again the outcomes it kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRADING_FINGERPRINTS, GRADING_RULES } from '../../../src/results/appVersion.ts';
import { GRADING_CASES, GRADING_SCENARIO, KEEP_RUNNING_FLAGS, KEEP_RUNNING_FOUND, gradingFingerprint, gradingOutcomes } from '../../../src/results/gradingFingerprint.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';

type Outcome = {
  verification: {
    status: string;
    differences?: { what: string; id: string | null; claim: boolean }[];
    flags?: boolean[];
    warnings?: number;
    replayed?: { yearlyRetention: number | null; refused: { tick: number; actionIndex: number }[] | null } | null;
  };
  graded: unknown[][];
};

/** What each canonical case is: its status and what differs (what[:id][! for a claim against the target]). */
const EXPECTED: Record<string, [string, string[] | null]> = {
  honest: ['confirmed', []],
  halfWay: ['confirmed', []],
  noAction: ['confirmed', []],
  changedFigures: ['refuted', ['cumulativeTurnover', 'retentionRate', 'activeCustomers']],
  claimedObjective: ['refuted', ['objectivePoints', 'objective:marge!']],
  claimedTooEarly: ['refuted', ['objective:marge!']],
  changedObjectiveValue: ['refuted', ['objective:marge']],
  objectivesOff: ['refuted', ['objective:marge', 'objective:inconnu']],
  // confirmed, the coupon the replay refused kept apart (checked below)
  refusedAction: ['confirmed', []],
  // the replay itself and most figures (checked below)
  changedDecisions: ['refuted', null],
  otherModel: ['otherModel', ['cumulativeTurnover', 'retentionRate', 'activeCustomers']],
  noModelOlder: ['otherModel', ['cumulativeTurnover', 'retentionRate', 'activeCustomers']],
  modelRemoved: ['refuted', ['cumulativeTurnover', 'retentionRate', 'activeCustomers']],
  otherSeedAdjusted: ['confirmed', []],
  otherSeedNoAction: ['confirmed', []],
  otherSeedHalfWay: ['confirmed', []],
  adjustmentForged: ['refuted', ['seedTargets', 'objectivePoints', 'objective:marge!', 'objective:reserve!']],
  adjustmentRemoved: ['refuted', ['seedTargets', 'objectivePoints', 'objective:marge!']],
  adjustmentAndMarkerRemoved: ['refuted', ['seedTargets', 'objectivePoints', 'objective:marge!']],
  olderUnadjusted: ['confirmed', []],
  invalid: ['invalid', []],
};

describe('grading fingerprint', () => {
  it('grades a valid scenario, every case as its name says', async () => {
    expect(scenarioSchema.parse(GRADING_SCENARIO)).toEqual(GRADING_SCENARIO);
    expect(Object.keys(GRADING_CASES)).toEqual(Object.keys(EXPECTED));
    const outcomes = (await gradingOutcomes()) as Record<string, Outcome>;
    for (const [name, [status, differences]] of Object.entries(EXPECTED)) {
      const { verification } = outcomes[name];
      expect(verification.status, name).toBe(status);
      if (differences) expect((verification.differences ?? []).filter((d) => d.what !== 'stateHash').map((d) => d.what + (d.id ? `:${d.id}` : '') + (d.claim ? '!' : '')), name).toEqual(differences);
    }
    // a changed decision changes the replay itself
    expect(outcomes.changedDecisions.verification.differences?.[0].what).toBe('stateHash');
    // the objective checked at every period misses on the plan's dip in period 2, which its last period meets
    const reserve = (o: Outcome) => o.graded.find((g) => g[0] === 'reserve')!;
    expect(reserve(outcomes.honest)[5]).toBe('manque');
    expect(reserve(outcomes.noAction)[5]).toBe('atteint');
    // met and missed objectives both, in the plan and without action
    for (const name of ['honest', 'noAction']) expect(new Set(outcomes[name].graded.map((g) => g[5]))).toEqual(new Set(['atteint', 'manque']));
    // the flags: adjustment removed, older unadjusted file, predates the model fingerprint
    expect(outcomes.adjustmentRemoved.verification.flags?.[0]).toBe(true);
    expect(outcomes.olderUnadjusted.verification.flags?.[1]).toBe(true);
    expect(outcomes.noModelOlder.verification.flags?.[2]).toBe(true);
    // the replay's own figures the class view keeps: the refused coupon (period 4, first action), the yearly retention
    expect(outcomes.refusedAction.verification.replayed?.refused).toEqual([{ tick: 3, actionIndex: 0 }]);
    expect(outcomes.honest.verification.replayed?.refused).toEqual([]);
    expect(outcomes.honest.verification.replayed?.yearlyRetention).toBeGreaterThan(0);
    expect(outcomes.honest.verification.replayed?.yearlyRetention).toBeLessThan(1);
    // the warnings, counted: another model's file starts with the explanation
    expect(outcomes.honest.verification.warnings).toBe(0);
    expect(outcomes.otherModel.verification.warnings).toBe(1);
  });

  it('grades mission files as the class view does, under the shipped missions’ rules', async () => {
    const outcomes = (await gradingOutcomes()) as unknown as { missionChecks: ([string, string][] | null)[]; missionRules: [string, unknown[][]][] };
    // every reason the class view gives its own mission's check is reached (a budget stop under the rule and before it too)
    const whys = new Set(outcomes.missionChecks.flatMap((row) => (row ?? []).map(([check, why]) => `${check}:${why}`)));
    expect([...whys].sort()).toEqual(
      [
        'declared:failure',
        'replayConfirmed:confirmed',
        // a failure of the file's own mission, with the reason the replay finds (GRADING_RULES 5, QA qa30missions M1)
        'replayFailed:budgetStop',
        'replayFailed:missingTools',
        'replayFailed:notReached',
        'replayFailed:wrongTarget',
        // a file of a run started before the rule keeps its outcome: declared and counted (review20 M1)
        'declared:budgetStopBeforeRule',
        'replayNotConfirmed:budgetStop',
        'replayNotConfirmed:missingTools',
        'replayNotConfirmed:notReached',
        'replayNotConfirmed:notReproduced',
        'replayNotConfirmed:wrongTarget',
      ].sort(),
    );
    // the rules hashed: missions 2 and 4 to 6 of every shop keep their programmes (GRADING_RULES 3)
    expect(outcomes.missionRules.length).toBeGreaterThanOrEqual(4);
    for (const [shop, missions] of outcomes.missionRules) expect(missions.map((m) => m[4] === true), shop).toEqual([false, true, false, true, true, true]);
    // mission 3 of every shop measures satisfaction after the complaint policy (GRADING_RULES 4), no other mission
    for (const [shop, missions] of outcomes.missionRules) expect(missions.map((m) => m[5] ?? null), shop).toEqual([null, null, 'politiqueReclamations', null, null, null]);
    // mission 5 of every shop keeps its personalisation through its set-up (GRADING_RULES 6), no other mission
    for (const [shop, missions] of outcomes.missionRules) expect(missions.map((m) => m[6] ?? null), shop).toEqual([null, null, null, null, 'personnalisation', null]);
  });

  it('does not confirm a mission measured before the policy it must follow, ; a file of a run started before that rule stays declared', async () => {
    const outcomes = (await gradingOutcomes()) as unknown as { measuredAfterChecks: ([string, string][] | null)[] };
    // per case, without the mission's rule then with it, the replay's questionnaire not known then known, each file without
    // then with the run's flag (measuredAfterChecks)
    const both = outcomes.measuredAfterChecks.map((row) => row!.map(([check, why]) => `${check}:${why}`).join());
    // each file says passed, then failed (GRADING_RULES 6: the fingerprint lacked a failure found measured too early)
    const cells = both.filter((_, i) => i % 2 === 0);
    const failed = both.filter((_, i) => i % 2 === 1);
    const cases = 11;
    const without = cells.slice(0, 4 * cases);
    const withRule = cells.slice(4 * cases);
    expect(new Set(without)).toEqual(new Set(['replayConfirmed:confirmed']));
    const early = ['declared:measuredEarlyBeforeRule', 'replayNotConfirmed:measuredEarly'];
    const ok = ['replayConfirmed:confirmed', 'replayConfirmed:confirmed'];
    const all = [...Array(cases).keys()];
    // the replay's questionnaire known: the one the figure is (a mystery shopper after a questionnaire in the same period, case 8,
    // or a questionnaire nobody answered, case 9, leaves the earlier one: review19 m1)
    expect(all.map((i) => withRule.slice(4 * i + 2, 4 * i + 4))).toEqual([early, early, ok, ok, early, early, early, ok, early, early, ok]);
    // not known (a verification kept before the replay gave it): the last accepted questionnaire of the decisions
    expect(all.map((i) => withRule.slice(4 * i, 4 * i + 2))).toEqual([early, early, ok, ok, early, early, early, ok, ok, ok, ok]);
    // the same file saying failed: the replay finds it measured too early when its run played under the rule, else the
    // browser's word; without the mission's rule, the browser's word
    expect(new Set(failed.slice(0, 4 * cases))).toEqual(new Set(['declared:failure']));
    expect(failed.slice(4 * cases)).toEqual(withRule.map((c) => (c === 'replayNotConfirmed:measuredEarly' ? 'replayFailed:measuredEarly' : 'declared:failure')));
    expect(failed).toContain('replayFailed:measuredEarly');
  });

  it('does not confirm a mission whose personalisation never acted (stopped during its set-up, or launched too late); finds that failure; a run started before the rule stays declared', async () => {
    const outcomes = (await gradingOutcomes()) as unknown as { keepRunningChecks: ([string, string][] | null)[] };
    const cells = outcomes.keepRunningChecks.map((row) => row!.map(([check, why]) => `${check}:${why}`).join());
    // in keepRunningChecks' order: the rule, what the replay found, the class link's lock, the run's rules, the outcome, the figure reached
    const expected: string[] = [];
    for (const rule of [false, true])
      for (const found of KEEP_RUNNING_FOUND)
        for (const locked of [false, true])
          for (const flag of KEEP_RUNNING_FLAGS)
            for (const outcome of ['reussie', 'echouee'])
              for (const reached of [false, true]) {
                const judged = rule && !locked;
                // GRADING_RULES 7: no programme acted (a kept replay without notActed: its set-up stops); rule 6: stopped, none kept to the end
                const acts = judged && ['stopped', 'late', 'stoppedThenLate', 'stoppedBefore7'].includes(found);
                const kind = found === 'late' ? 'lateStart' : 'setupStop';
                const stopped6 = judged && ['stopped', 'stoppedBefore7'].includes(found);
                if (!reached) expected.push(outcome === 'reussie' ? 'replayNotConfirmed:notReached' : 'replayFailed:notReached');
                else if (outcome === 'reussie')
                  expected.push(
                    !acts
                      ? 'replayConfirmed:confirmed'
                      : flag === 'rule7'
                        ? `replayNotConfirmed:${kind}`
                        : flag === 'rule6' && stopped6
                          ? 'replayNotConfirmed:setupStop'
                          : `declared:${kind}BeforeRule`,
                  );
                else expected.push(flag === 'rule7' && acts ? `replayFailed:${kind}` : flag === 'rule6' && stopped6 ? 'replayFailed:setupStop' : 'declared:failure');
              }
    expect(cells).toEqual(expected);
    // both loopholes of rule 6 are found under rule 7 (review21 m8): launched too late, stopped then launched again too late
    expect(cells).toContain('replayNotConfirmed:lateStart');
    expect(cells).toContain('replayFailed:lateStart');
    expect(cells).toContain('declared:lateStartBeforeRule');
  });

  it('is the same on every call', async () => {
    expect(await gradingFingerprint()).toBe(await gradingFingerprint());
  });

  it('is test support only: no module of the app imports it', () => {
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|svelte|js)$/.test(entry.name) && !path.endsWith('gradingFingerprint.ts') && /(from|import\()\s*['"][^'"]*gradingFingerprint/.test(readFileSync(path, 'utf8'))) importers.push(path);
      }
    };
    walk('src');
    expect(importers).toEqual([]);
  });

  it('is the one recorded for the current GRADING_RULES, and each number has its own', async () => {
    const recorded = GRADING_FINGERPRINTS[GRADING_RULES];
    expect(recorded, `no fingerprint recorded for GRADING_RULES ${GRADING_RULES} in src/results/appVersion.ts GRADING_FINGERPRINTS`).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(Object.values(GRADING_FINGERPRINTS)).size).toBe(Object.keys(GRADING_FINGERPRINTS).length);
    const computed = await gradingFingerprint();
    expect(
      computed,
      `grading changed: raise GRADING_RULES and record the new fingerprint (src/results/appVersion.ts: GRADING_FINGERPRINTS[${GRADING_RULES + 1}] = '${computed}'). ` +
        `Or only the number formatting changed (src/app/format.ts, or Node's ICU/CLDR for French: the figures are hashed as shown); check the format tests first, and if so, no grading changed: record it again as GRADING_FINGERPRINTS[${GRADING_RULES}] and say why in the comment`,
    ).toBe(recorded);
  });
});
