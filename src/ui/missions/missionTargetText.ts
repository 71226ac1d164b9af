/**
 * A mission's objective sentence for its run: « … sans que le budget marketing passe sous 1 000 € » with
 * the figure the run is graded on when its seed moved it (src/engine/seedTargets.ts; the mission's
 * objective has the mission's id in its scenario, missionScenario.ts).
 */
import { localized } from '../../app/localized.ts';
import { withTargetInText } from '../../app/objectiveText.ts';
import type { SeedAdjustment } from '../../engine/seedTargets.ts';
import type { Locale } from '../../i18n/translate.ts';
import type { Mission } from '../../missions/schema.ts';

export function missionObjectiveText(mission: Pick<Mission, 'id' | 'objective'>, locale: Locale, seedTargets?: SeedAdjustment | null): string {
  const text = localized(mission.objective, locale);
  const shift = seedTargets?.objectives.find((o) => o.id === mission.id);
  return shift ? withTargetInText(text, shift.base, shift.target, locale) : text;
}
