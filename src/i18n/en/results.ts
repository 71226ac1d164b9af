/** English strings of result files' verification (the teacher's): outcomes and reasons. Handing a file in is handIn.ts. */
import type { Messages } from '../fr.ts';

export const results: Messages['results'] = {
  status: {
    otherModel: 'other model version',
    confirmed: 'confirmed',
    refuted: 'refuted',
    invalid: 'invalid',
    pending: 'waiting',
    verifying: 'verifying…',
  },
  statusHelp: {
    otherModel: 'The file was made with another version of the simulation model: replaying it here cannot confirm it, which does not prove it was altered.',
    confirmed: 'Replaying the scenario with the same seed and the same decisions gives exactly this result.',
    refuted: 'The replay does not give what the file claims: the file was altered.',
    invalid: 'This file is not a readable Fidélis result file.',
  },
  invalid: {
    tooBig: 'file too large ({{size}} MB, at most {{max}} MB)',
    notText:
      'this file is not a Fidélis result file: it is an image or a binary file. Ask the learner for the .json file made by “Hand in my work” (Missions screen) or, in the Debrief, by “Hand in my work now” (game in progress) or “Download the result file” (game over)',
    tooDeep: 'JSON structure nested too deeply (more than {{max}} levels)',
    forbiddenKey: 'forbidden key “{{key}}” at {{where}}',
    table:
      'this is not a Fidélis result file: it looks like a table (CSV). Ask the learner for the .json file made by “Hand in my work” (Missions screen) or, in the Debrief, by “Hand in my work now” (game in progress) or “Download the result file” (game over)',
    notObject: 'a result file is a JSON object between braces {…}',
    notResult: 'this is not a Fidélis result file (field “format”: {{received}})',
    noFormat: 'this is not a Fidélis result file (it has no “format” field)',
    looksLikeScenario: 'this file is a scenario, not a result: import it as a scenario',
    empty: 'empty file (download or copy interrupted): ask the learner to download their result file again from their run’s Debrief and hand it in',
    truncated:
      'incomplete result file: it stops before its end (download or copy interrupted). Ask the learner to download their result file again from their run’s Debrief and hand it in',
    damaged: 'file edited by hand or damaged: ask the learner to download their result file again from their run’s Debrief and hand it in',
    runFile:
      'this is a run file (it resumes the run on the Home screen), not a result file: the learner opens their run’s Debrief, downloads the result file there (“Hand in my work now” if the game is in progress, “Download the result file” if it is over) and hands that one in',
    newerVersion: 'file made by a newer version of Fidélis (format {{version}}): update the app',
    replayFailed: 'the replay failed: {{detail}}',
    readFailed: 'cannot read the file: {{detail}}',
    notReadKept: 'file not read when it was imported, reason noted then: {{reason}}',
    /** the `format` a file claims, quoted in notResult (a non-string value is written as is) */
    quoted: '“{{value}}”',
  },
  model: {
    other:
      'File made with another version of the simulation model (fingerprint {{file}}; here {{current}}): this is not a proof of alteration. Ask the student to reload the app (update) and export the run again, or check the file with the same version as theirs.',
    unknown:
      'This file does not say which version of the model made it (a file from before 30/11/2026): a difference may come from an update of the simulator: this is not a proof of alteration. Ask the student to reload the app (update) and export the run again.',
  },
  difference: {
    stateHash: 'final state fingerprint',
    ticks: 'number of periods replayed',
    ticksPer: { week: 'number of weeks replayed', month: 'number of months replayed' },
    cumulativeTurnover: 'cumulative turnover',
    cumulativeGrossMargin: 'cumulative gross margin',
    cumulativeNetMargin: 'cumulative net margin',
    retentionRate: 'retention rate per period',
    churnRate: 'churn rate per period',
    retentionRatePer: { week: 'weekly retention rate', month: 'monthly retention rate' },
    churnRatePer: { week: 'weekly churn rate', month: 'monthly churn rate' },
    activeCustomers: 'active customers',
    budgetLeft: 'budget left',
    objectivePoints: 'objective points',
    objectiveMaxPoints: 'possible points',
    objective: 'objective “{{label}}”',
    line: '{{what}}: the file says {{recorded}}, the replay gives {{recomputed}}',
    none: '(missing)',
    objectiveState: { atteint: 'met', manque: 'not met', enCours: 'in progress' },
    objectiveValue: '{{state}} ({{value}})',
    notMeasured: 'not measured',
    claimAgainst: '{{state}}, whereas {{value}} {{relation}} {{target}}',
    claimInProgress: '{{state}}, whereas it is still “in progress” at this point of the game',
    claimLine: '{{what}}: the file says {{claim}}',
    seedTargets: 'objectives adjusted to the seed',
    seedTarget: '{{label}} {{comparator}} {{target}}',
    notAdjusted: 'no adjustment',
    seedTargetsRemoved: 'adjustment of the objectives to the seed removed from the file',
    seedTargetsRemovedModel: 'adjustment of the objectives to the seed removed from the file: its model ({{model}}) came after the adjustment, which it always writes on this seed',
  },
  /** between the items of a list written in a sentence (several recorded reasons) */
  listSeparator: '; ',
};
