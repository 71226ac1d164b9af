/**
 * What a result file takes from the learner's session (ExportResult's run props), kept once for the
 * two places a learner hands in: the Bilan (DebriefRoute) and a mission's bilan (MissionHandIn).
 * A mission's run carries the learner's missions from either (session.handedMissions), so the two
 * files of one run are the same (the Bilan's once left them out: issue #4).
 */
import type { GameSession } from '../../app/session.svelte.ts';
import { runDisplayName } from '../../app/runName.ts';
import { t } from '../../i18n/locale.svelte.ts';

export function sessionResultFile(session: GameSession) {
  return {
    scenario: session.scenario,
    seed: session.seed,
    decisions: session.decisions,
    kpis: session.kpis,
    stateHash: () => session.stateHash(),
    modelFingerprint: () => session.modelFingerprint(),
    runName: runDisplayName(t, session.scenario?.tickUnit ?? 'week', session.namedRun),
    mode: session.mode,
    branchTick: session.branchTick,
    classSettings: session.classSettings,
    seedTargets: session.seedTargets,
    missions: () => session.handedMissions(),
  };
}
