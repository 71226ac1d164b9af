/**
 * The mission path file format (scenarios/missions/<scenario id>.json): short missions (10 to 20
 * minutes of class) on one shipped scenario, each unlocking tools, with one objective checked
 * either by a question answered in a form (read the database) or by the engine's objectives
 * mechanism (src/engine/objectives.ts) at the mission's last tick. Every type comes from here.
 */
import { z } from 'zod/mini';
import { COURSE_SEGMENTS } from '../engine/vocabulary.ts';
import { localizedText, objectiveMetric } from '../scenario/schema.ts';
import { CONCEPT_IDS } from '../ui/glossary/concepts.ts';
import { COMPETENCY_IDS } from '../competencies/referential.ts';
import { toolSchema } from '../presets/runClassSchema.ts';

/** "How many customers are in segment X right now?": answered from the customer base or the target builder. */
export const questionCheck = z.object({
  kind: z.literal('question'),
  ask: z.literal('segmentCount'),
  segment: z.enum(COURSE_SEGMENTS),
  /** accepted gap with the exact count (0 = exact) */
  tolerance: z._default(z.int().check(z.gte(0), z.lte(1000)), 0),
});

/** An engine objective over the mission's ticks, plus the tools the learner must have used. */
export const objectiveCheck = z.object({
  kind: z.literal('objective'),
  metric: objectiveMetric,
  segment: z.optional(z.enum(COURSE_SEGMENTS)),
  comparator: z.enum(['>=', '<=']),
  target: z.number(),
  /**
   * the target must hold after every period of the mission, not only at its end (the worst value counts,
   * engine objectives.ts): a brief that says « sans que le budget passe sous 1 000 € » (QA qa19 F1)
   */
  everyTick: z.optional(z.boolean()),
  /** tools the learner must have used (their actions in the decisions log), e.g. the tool the mission is about */
  requires: z._default(z.array(toolSchema), []),
  /**
   * a brief that names whom a tool is for (« sur les clients qui le méritent »): at least one action of
   * `tool` must target course segments, all of them among `segments`; otherwise the mission is not won (`target` is the objective's figure)
   */
  aim: z.optional(z.object({ tool: toolSchema, segments: z.array(z.enum(COURSE_SEGMENTS)).check(z.minLength(1)) })),
  /**
   * a programme the budget stopped during the mission (engine: it could no longer pay it) fails the mission: a budget
   * that stays above its floor because the engine cut the learner's programme is not a budget the learner kept (mission
   * 2: a 15 % coupon for everyone stopped after a week passed, an 8 % one that ran the four weeks failed); missions 2 and
   * 4 to 6 of every shop (an end reserve: a programme stopped early let the budget recover by the end)
   */
  keepProgrammes: z.optional(z.boolean()),
  /**
   * the questionnaire that counts must be run in a period after the first one where the learner applied this tool (mission
   * 3, `politiqueReclamations`: « mesurez la satisfaction après avoir appliqué votre politique »): a questionnaire of the
   * policy's own period or earlier measured nothing of it (QA qa27missions m9: a week-1 questionnaire passed mission 3
   * after one « Avancer »); with `metric` measuredSatisfaction, a tool of `requires`
   */
  measuredAfter: z.optional(toolSchema),
  /**
   * a programme of this tool the learner stopped during its set-up fails the mission (mission 5, `personnalisation`, since
   * GRADING_RULES 6): launched then stopped before it could act, it cost little and kept the budget, but taught nothing of a
   * slow, costly, strong tool that needs data. « During its set-up »: ended (the learner's stop or the duration they chose,
   * not the budget: keepProgrammes) in the period its first effect was due or before, the engine's ProgrammeKpi.setupUntilTick
   * (the programme acts from that period while it runs, so one ended then never acted); unless another programme of the
   * tool was kept past its set-up or to the end (a launch corrected). A tool of `requires`; a programme without a recorded
   * set-up is not judged
   */
  keepRunning: z.optional(toolSchema),
});

export const missionCheck = z.discriminatedUnion('kind', [questionCheck, objectiveCheck]);

/**
 * One piece of a mission's objective sentence, written in the file as a list of them (joined as they are, so each
 * carries its own spaces and punctuation). A piece that asks for a tool names it in `tools`: once the teacher's class
 * link closes that tool the mission no longer asks for it (evaluate.ts missionTools), and the sentence the learner
 * reads leaves the piece out (ui/missions/missionTargetText.ts shownObjective), rather than ask for a tool the learner
 * cannot use. A piece between two tools' pieces (« et ») names both: it goes once either goes. `anyTool`: it goes only
 * once every one of `tools` is closed (a verb two tools' pieces share).
 * `missionOnly`: a condition only the mission's own check grades (ObjectiveCheck.keepProgrammes), shown on the mission's
 * card, banner and bilan but not in the engine objective's label (missionScenario.ts): the dashboard, the Bilan, the
 * competencies and the result file grade that label with the engine, which knows nothing of it (review13 M1).
 */
export const objectivePart = z.object({
  fr: z.string().check(z.minLength(1, 'frenchTextRequired')),
  en: z.optional(z.string().check(z.minLength(1))),
  tools: z.optional(z.array(toolSchema).check(z.minLength(1))),
  anyTool: z.optional(z.boolean()),
  missionOnly: z.optional(z.boolean()),
});
export type ObjectivePart = z.output<typeof objectivePart>;

/** The engine objective's sentence: the parts but the mission-only ones, English only when every part has it. */
function joinedParts(all: readonly ObjectivePart[]): z.output<typeof localizedText> {
  const parts = all.filter((p) => !p.missionOnly);
  const fr = parts.map((p) => p.fr).join('');
  const en = all.every((p) => p.en !== undefined) ? parts.map((p) => p.en).join('') : undefined;
  return en === undefined ? { fr } : { fr, en };
}

const missionFields = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'slugFormat')),
  title: localizedText,
  /** the situation, told to the learner */
  brief: localizedText,
  /**
   * what must be achieved, in one sentence: the sentence, or its parts (objectivePart: the pieces a closed tool leaves
   * out); read, it is the sentence without its mission-only parts (the engine objective's label), and `objectiveParts`
   * keeps every part when the file gives them
   */
  objective: z.union([localizedText, z.array(objectivePart).check(z.minLength(1))]),
  /** what the course says, shown in the debrief */
  recap: localizedText,
  /** expected class time */
  minutes: z.int().check(z.gte(5), z.lte(30)),
  /** ticks the mission lasts (the mission's run ends there) */
  durationTicks: z.int().check(z.gte(4), z.lte(26)),
  /** tools that become usable with this mission (earlier missions' tools stay usable) */
  unlocks: z._default(z.array(toolSchema), []),
  concepts: z.array(z.enum(CONCEPT_IDS)).check(z.minLength(1)),
  competencies: z.array(z.enum(COMPETENCY_IDS)).check(z.minLength(1)),
  check: missionCheck,
});

/**
 * A mission as the app reads it: `objective` the whole sentence but its mission-only parts (the mission scenario's
 * objective label, stored in its runs and result files, the same whether the file gives the sentence or its parts).
 */
export const missionSchema = z.pipe(
  missionFields,
  z.transform(({ objective, ...mission }): Omit<z.output<typeof missionFields>, 'objective'> & { objective: z.output<typeof localizedText>; objectiveParts?: ObjectivePart[] } =>
    Array.isArray(objective) ? { ...mission, objective: joinedParts(objective), objectiveParts: objective } : { ...mission, objective },
  ),
);

export const missionPathSchema = z
  .object({
    formatVersion: z.literal(1),
    /** id of the scenario the path plays */
    scenario: z.string().check(z.minLength(1)),
    missions: z.array(missionSchema).check(z.minLength(1), z.maxLength(12)),
  })
  .check(
    z.superRefine((path, ctx) => {
      const ids = new Set<string>();
      for (const [i, m] of path.missions.entries()) {
        if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['missions', i, 'id'], message: 'duplicateMission', params: { id: m.id } });
        ids.add(m.id);
        if (m.check.kind === 'objective' && m.check.measuredAfter && (m.check.metric !== 'measuredSatisfaction' || !m.check.requires.includes(m.check.measuredAfter)))
          ctx.addIssue({ code: 'custom', path: ['missions', i, 'check', 'measuredAfter'], message: 'measuredAfterTool' });
        if (m.check.kind === 'objective' && m.check.keepRunning && !m.check.requires.includes(m.check.keepRunning))
          ctx.addIssue({ code: 'custom', path: ['missions', i, 'check', 'keepRunning'], message: 'keepRunningTool' });
        if (m.check.kind === 'objective' && (m.check.metric === 'segmentShare' || m.check.metric === 'segmentRetention') && !m.check.segment)
          ctx.addIssue({ code: 'custom', path: ['missions', i, 'check', 'segment'], message: 'segmentMissing' });
        for (const [j, part] of (m.objectiveParts ?? []).entries()) {
          // a piece left out for a tool the mission does not ask for would go for nothing
          const asked: readonly string[] = m.check.kind === 'objective' ? m.check.requires : [];
          for (const tool of part.tools ?? [])
            if (!asked.includes(tool)) ctx.addIssue({ code: 'custom', path: ['missions', i, 'objective', j, 'tools'], message: 'objectivePartTool', params: { tool } });
        }
        // an English sentence with French pieces in it: every piece has its English, or none
        const parts = m.objectiveParts ?? [];
        if (parts.some((p) => p.en !== undefined) && parts.some((p) => p.en === undefined))
          ctx.addIssue({ code: 'custom', path: ['missions', i, 'objective'], message: 'objectivePartsEnglish' });
      }
    }),
  );

export type QuestionCheck = z.output<typeof questionCheck>;
export type ObjectiveCheck = z.output<typeof objectiveCheck>;
export type MissionCheck = z.output<typeof missionCheck>;
export type Mission = z.output<typeof missionSchema>;
export type MissionPath = z.output<typeof missionPathSchema>;
export type MissionPathInput = z.input<typeof missionPathSchema>;
