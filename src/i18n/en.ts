/**
 * English strings, whole: the learner, teacher and missions parts the app loads separately
 * (enLearner.ts, enTeacher.ts, enMissions.ts, the glass box's en/glassBox.ts, the dashboard's view of the periods played en/dashboardResults.ts, the debrief's en/debrief.ts, the glossary cards' en/glossaryCards.ts, the database's en/db.ts, the saved runs' list's en/savedRuns.ts, the customers screen's CSV export's en/customersCsv.ts, the class link's en/presets.ts, see areas.ts) together, so the type checks that the
 * parts cover every area of the French reference. One section file per area in ./en/.
 */
import type { Messages } from './fr.ts';
import { enLearner } from './enLearner.ts';
import { enTeacher } from './enTeacher.ts';
import { enMissions } from './enMissions.ts';
import { glassBox } from './en/glassBox.ts';
import { dashboardResults } from './en/dashboardResults.ts';
import { debrief } from './en/debrief.ts';
import { glossaryCards } from './en/glossaryCards.ts';
import { db } from './en/db.ts';
import { savedRuns } from './en/savedRuns.ts';
import { customersCsv } from './en/customersCsv.ts';
import { presets } from './en/presets.ts';

export const en: Messages = { ...enLearner, ...enTeacher, ...enMissions, glassBox, dashboardResults, debrief, glossaryCards, db, savedRuns, customersCsv, presets };
