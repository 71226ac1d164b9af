import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import { frLearner } from '../../src/i18n/frLearner.ts';
import { frTeacher } from '../../src/i18n/frTeacher.ts';
import { enLearner } from '../../src/i18n/enLearner.ts';
import { enTeacher } from '../../src/i18n/enTeacher.ts';
import { frMissions } from '../../src/i18n/frMissions.ts';
import { enMissions } from '../../src/i18n/enMissions.ts';
import { frCore } from '../../src/i18n/frCore.ts';
import { CORE_AREAS, DASHBOARD_RESULT_AREAS, DB_AREAS, DEBRIEF_AREAS, GLASS_BOX_AREAS, GLOSSARY_CARD_AREAS, LEARNER_AREAS, MISSION_AREAS, PRESETS_AREAS, SAVED_RUN_AREAS, CUSTOMERS_CSV_AREAS, TEACHER_AREAS } from '../../src/i18n/areas.ts';

const sorted = (keys: readonly string[]) => [...keys].sort();

describe('the parts a language downloads in (areas.ts)', () => {
  it('the learner, teacher, missions, glass box, dashboard results, debrief and glossary cards parts hold exactly their areas, and together every area of fr.ts, once', () => {
    for (const [learner, teacher, missions] of [
      [frLearner, frTeacher, frMissions],
      [enLearner, enTeacher, enMissions],
    ]) {
      expect(sorted(Object.keys(learner))).toEqual(sorted(LEARNER_AREAS));
      expect(sorted(Object.keys(teacher))).toEqual(sorted(TEACHER_AREAS));
      expect(sorted(Object.keys(missions))).toEqual(sorted(MISSION_AREAS));
    }
    expect(sorted([...LEARNER_AREAS, ...TEACHER_AREAS, ...MISSION_AREAS, ...GLASS_BOX_AREAS, ...DASHBOARD_RESULT_AREAS, ...DEBRIEF_AREAS, ...GLOSSARY_CARD_AREAS, ...DB_AREAS, ...SAVED_RUN_AREAS, ...CUSTOMERS_CSV_AREAS, ...PRESETS_AREAS])).toEqual(
      sorted(Object.keys(fr)),
    );
  });

  it('the parts give the same strings as the whole language; the French first-screen (core) part is learner areas only', () => {
    expect({ ...frLearner, ...frTeacher, ...frMissions, glassBox: fr.glassBox, dashboardResults: fr.dashboardResults, debrief: fr.debrief, glossaryCards: fr.glossaryCards, db: fr.db, savedRuns: fr.savedRuns, customersCsv: fr.customersCsv, presets: fr.presets }).toEqual(fr);
    expect(sorted(Object.keys(frCore))).toEqual(sorted(CORE_AREAS));
    for (const area of CORE_AREAS) expect(LEARNER_AREAS).toContain(area);
  });
});
