/** The app's version as written in result files (only the `version` field of package.json is bundled). */
import { version } from '../../package.json';

export const APP_VERSION: string = version;

/**
 * The version of the grading rules: how a result file is verified and graded, i.e. anything that can
 * change a verification's status or its differences for the same file and the same engine model —
 * verifyResult.ts (statuses, differences, otherModel), seedAdjustment.ts, figureChecks.ts, the replay's own
 * figures kept with each outcome (replayFigures.ts: refused actions, yearlyRetention.ts), and how an
 * objective is valued and met (src/engine/objectives.ts, seedTargets.ts: objectives are not part of the
 * model fingerprint). The class view keeps each outcome with the number of the rules that made it
 * (storedVerification.ts `Verifier`, `KeptOutcome`) and verifies again, once, an outcome made under other
 * rules (one kept without a number: older than 1). Neither APP_VERSION (not bumped with each change) nor
 * the model fingerprint (the simulation only) sees a grading change, so this number is raised with every
 * change of the grading: otherwise a file refuted or confirmed by the old rules stays so for good.
 * Enforced like the model fingerprint: gradingFingerprint() (src/results/gradingFingerprint.ts, test
 * support the app never imports) verifies and grades a fixed set of result files through these very
 * functions, on fixed replays (not the engine's: a model change does not move it), and hashes the
 * outcomes (statuses, differences, figures shown, objective values, states and points, the number of
 * warnings, refused actions and yearly retention);
 * test/unit/results/gradingFingerprint.test.ts fails (« grading changed: raise GRADING_RULES and record
 * the new fingerprint ») when it differs from GRADING_FINGERPRINTS[GRADING_RULES]. So a grading change
 * adds a line below and a row to GRADING_FINGERPRINTS; a refactoring leaves both as they are.
 * 1 (05/12/2026): the first number; its rules include an objective checked at every period
 * (`everyTick`), a file naming no model put with otherModel, and a file whose seed adjustment was
 * removed refuted (adjustmentRemoved). Its fingerprint was recorded again the same day, the rules
 * unchanged: the fingerprint then covered more (the refused actions and yearly retention kept with each
 * outcome, the number of warnings; review5 #1) and made the no-break spaces of French numbers plain (#2).
 * 2 (06/12/2026): the replay keeps the first programme the budget stopped (replayFigures.ts `budgetStop`), and a mission
 * that keeps its programmes (mission 2, ObjectiveCheck.keepProgrammes) is not confirmed with one (missionRows.ts): « non
 * confirmée » when the file says its run played under the rule, « déclarée » when it does not (a run started before the
 * rule, or a file edited); outcomes kept under rules 1 are verified again.
 * 3 (06/12/2026): missions 4 to 6 of every shop keep their programmes too (scenarios/missions/*.json keepProgrammes): such a
 * file with a programme the budget stopped is no longer « confirmée », as mission 2's (missionRows.ts, unchanged). The
 * fingerprint now also hashes that check on every combination of what it reads and the shipped missions' rules it applies
 * (a mission's rule is grading); outcomes kept under rules 2 are verified again.
 * 4 (07/12/2026): mission 3 of every shop measures satisfaction after the complaint policy (ObjectiveCheck.measuredAfter):
 * a file whose last questionnaire is in the policy's first period or before is no longer « confirmée » (missionRows.ts
 * `measuredEarly`, QA qa27missions m9: a week-1 questionnaire passed the mission after one « Avancer »), « non confirmée »
 * when the file says its run played under the rule, « déclarée » when it does not (a run started before, as with rules 3).
 * The fingerprint also hashes that check and the shipped missions' measuredAfter; outcomes kept under rules 3 are verified again.
 * Recorded again before it shipped (review19 m1): the questionnaire is the last one the replay measured (replayFigures.ts
 * `questionnaireTick`), not the last one in the decisions (a mystery shopper after it in the same period, or none answering).
 * 5 (07/12/2026): the class view's check of a mission file reads a failure of the file's own mission too (missionRows.ts
 * `replayFailed`, QA qa30missions M1): on a confirmed replay of a finished run, the reason the learner's screens gave (the
 * figure missed, a programme the budget stopped, the wrong target, a questionnaire too early, a tool missing), else the
 * browser's word as before. A success the replay does not confirm is no longer among the missions passed (`unconfirmed`,
 * m3). Recorded again before it shipped (review20 M1): a success of a run started before a rule (budgetStopBeforeRule,
 * measuredEarlyBeforeRule) stays « déclarée » and counted, as the learner's own check grades it (its detail now says so,
 * m2). Outcomes kept under rules 4 are verified again.
 * 6 (07/12/2026): mission 5 of every shop keeps its personalisation through its set-up (ObjectiveCheck.keepRunning): a run
 * whose personalisation the learner stopped during its set-up (it never acted, the budget kept, the lesson skipped) fails, and
 * such a file is no longer « confirmée » (missionRows.ts `setupStop`, read on the replay's replayFigures.ts `setupStops`):
 * « non confirmée » when the file says its run played under the rule, « déclarée » and counted when it does not
 * (setupStopBeforeRule, a run started before); a failure the replay finds so is « échec retrouvé par le rejeu ». The
 * fingerprint also hashes that check (keepRunningChecks), the shipped missions' keepRunning, and a failed mission-3 file the
 * replay finds measured too early (replayFailed:measuredEarly, which it lacked). Outcomes kept under rules 5 are verified again.
 * 7 (07/12/2026): mission 5's personalisation must act within the game (evaluate.ts `notActed`, read by keptRunningStop on the
 * learner's KPIs and on the replay's replayFigures.ts `notActed`): rule 6 counted a programme still running at the end as kept,
 * so one stopped during its set-up then launched again in the last weeks, or only launched then, its first effect period after
 * the game's last, passed (review21 m8, QA qa30missions). Such a run fails (« lancé trop tard »: why `lateStart`, or the set-up
 * stop); the attempt and the hand-in say the run played under it (keepRunningActs). A file of a run started under rule 6 keeps
 * its rule (« non confirmée » for a set-up stop rule 6 finds, else « déclarée » and counted: lateStartBeforeRule,
 * setupStopBeforeRule), one started before either stays declared as under rule 6. The fingerprint's keepRunningChecks also
 * cover the two loopholes, a replay kept without notActed and the three rule flags. Outcomes kept under rules 6 are verified again.
 */
export const GRADING_RULES = 7;

/** The grading fingerprint each GRADING_RULES was recorded with (see above); one row per number, never changed once recorded. */
export const GRADING_FINGERPRINTS: Readonly<Record<number, string>> = {
  1: '0358e537bc0bd008',
  2: 'f09ceef138c9e224',
  3: 'e3d3ab7e7300d743',
  4: 'bfb98592d0ee11e8',
  5: 'fa3da361041f6327',
  6: '0316c072f3822adf',
  7: '9aa07aeca157463d',
};
