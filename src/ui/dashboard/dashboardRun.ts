import type { SeedAdjustment } from '../../engine/seedTargets.ts';
import type { PeriodRefusals, TickKpis, TickReport } from '../../engine/types.ts';
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { ProgrammeReserve } from '../../engine/budgetReserve.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { ShownObjective } from '../../app/objectiveText.ts';

/**
 * The run as the dashboard shows it: what the shell gives DashboardScreen.svelte from the session (ui/App.svelte
 * screenProps), all but the first three optional there, and what it passes on, every one given, to its view of the
 * periods played (DashboardResults.svelte).
 */
export interface DashboardRun {
  scenario: Scenario;
  kpis: TickKpis[];
  reports: TickReport[];
  /** what the engine will reserve next period for each running programme (session.reserves) */
  reserves: ProgrammeReserve[];
  /** euros per complaint under the policy in force (app/complaintPolicy.ts): the budget card's complaint warning */
  complaintUnitCost: number;
  /** the run's objectives adjusted to its seed (session.seedTargets): graded against, and said in the objectives panel */
  seedTargets: SeedAdjustment | null;
  /** the mission objective as the run's mission shows it (missionController shownObjective): the objectives panel's label */
  shownObjective: ShownObjective | null;
  /** the run's decisions (session.decisions): the event feed names a refused action */
  decisions: DecisionsLog;
  /** the engine's refusals of every period played (session.rejections): a refused data collection ran nowhere */
  rejections: readonly PeriodRefusals[];
}
