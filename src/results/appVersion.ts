/** The app's version as written in result files (only the `version` field of package.json is bundled). */
import { version } from '../../package.json';

export const APP_VERSION: string = version;

/**
 * The version of the grading rules: how a result file is verified and graded, i.e. anything that can
 * change a verification's status or its differences for the same file and the same engine model —
 * verifyResult.ts (statuses, differences, otherModel), seedAdjustment.ts, figureChecks.ts, and how an
 * objective is valued and met (src/engine/objectives.ts, seedTargets.ts: objectives are not part of the
 * model fingerprint). The class view keeps each outcome with the number of the rules that made it
 * (storedVerification.ts `Verifier`, `KeptOutcome`) and verifies again, once, an outcome made under other
 * rules (one kept without a number: older than 1). Neither APP_VERSION (not bumped with each change) nor
 * the model fingerprint (the simulation only) sees a grading change, so RAISE THIS NUMBER with every
 * change of the grading: otherwise a file refuted or confirmed by the old rules stays so for good.
 * 1 (05/12/2026): the first number; its rules include an objective checked at every period
 * (`everyTick`), a file naming no model put with otherModel, and a file whose seed adjustment was
 * removed refuted (adjustmentRemoved).
 */
export const GRADING_RULES = 1;
