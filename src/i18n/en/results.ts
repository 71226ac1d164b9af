/** English strings of result files: export, verification outcomes and reasons. */
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
    notText: 'the file is not text',
    tooDeep: 'JSON structure nested too deeply (more than {{max}} levels)',
    forbiddenKey: 'forbidden key “{{key}}” at {{where}}',
    notObject: 'a result file is a JSON object between braces {…}',
    notResult: 'this is not a Fidélis result file (field “format”: {{received}})',
    looksLikeScenario: 'this file is a scenario, not a result: import it as a scenario',
    runFile:
      'this is a run file (it resumes the run on the Home screen), not a result file: the learner opens their run’s Debrief, downloads the result file there (“Download the result file”) and hands that one in',
    newerVersion: 'file made by a newer version of Fidélis (format {{version}}): update the app',
    replayFailed: 'the replay failed: {{detail}}',
    readFailed: 'cannot read the file: {{detail}}',
    notReadKept: 'file not read when it was imported, reason noted then: {{reason}}',
    /** the `format` a file claims, quoted in notResult (a non-string value is written as is) */
    quoted: '“{{value}}”',
  },
  handIn: {
    choice: 'Game in progress: period {{tick}} of {{total}}. To hand your work to the teacher, two ways.',
    title: 'Hand in my work now',
    introOne: 'Download the result file of the game as it stands, after {{tick}} period of {{total}}, and drop it where your teacher asked. The teacher replays it to check it; the class view marks it “game in progress”. You can go on playing afterwards and hand in a new file.',
    introOther: 'Download the result file of the game as it stands, after {{tick}} periods of {{total}}, and drop it where your teacher asked. The teacher replays it to check it; the class view marks it “game in progress”. You can go on playing afterwards and hand in a new file.',
    download: 'Hand in my work now',
    pendingLeftOutOne: 'The decision waiting for period {{next}} is not in the file: it has not been played yet.',
    pendingLeftOutOther: 'The {{n}} decisions waiting for period {{next}} are not in the file: they have not been played yet.',
    playing: 'The game is playing on its own: pause it to hand in your work.',
    endTitle: 'Go to the end',
    endTextOne: 'Plays the last period with the decisions in force: the programmes you launched go on, no new decision is taken. The full debrief then opens, with the result file of the finished game.',
    endTextOther: 'Plays the {{n}} remaining periods at once with the decisions in force: the programmes you launched go on, no new decision is taken. The full debrief then opens, with the result file of the finished game.',
    endPendingOne: 'The waiting decision applies to the first period played.',
    endPendingOther: 'The {{n}} waiting decisions apply to the first period played.',
    endCommitted: 'Committed mode: once played, these periods cannot be played again.',
    backToDecisions: 'Back to the decisions to go on playing',
  },
  export: {
    title: 'Result file',
    /** start of the downloaded file's name; the class view reads the file's content, never its name */
    filePrefix: 'fidelis-result',
    intro: 'This file lets your teacher replay your game and confirm your result.',
    learner: 'Your name (as your teacher will see it)',
    download: 'Download the result file',
    done: 'File “{{file}}” ready: hand it in where your teacher asked.',
    failed: 'The result file could not be prepared: {{detail}}',
    noRun: 'No game in progress: there is no result to export.',
    nameMissing: 'Write your name first: that is how the teacher recognises your file in the class view.',
  },
  model: {
    other:
      'File made with another version of the simulation model (fingerprint {{file}}; here {{current}}): this is not a proof of alteration. Ask the student to reload the app (update) and export the run again, or check the file with the same version as theirs.',
    unknown:
      'This file does not say which version of the model made it (a file from before 30/11/2026): a difference may also come from an update of the simulator.',
  },
  difference: {
    stateHash: 'final state fingerprint',
    ticks: 'number of periods replayed',
    cumulativeTurnover: 'cumulative turnover',
    cumulativeGrossMargin: 'cumulative gross margin',
    cumulativeNetMargin: 'cumulative net margin',
    retentionRate: 'retention rate',
    churnRate: 'churn rate',
    activeCustomers: 'active customers',
    budgetLeft: 'budget left',
    objectivePoints: 'objective points',
    objectiveMaxPoints: 'possible points',
    objective: 'objective “{{id}}”',
    line: '{{what}}: the file says {{recorded}}, the replay gives {{recomputed}}',
    none: '(missing)',
  },
  /** between the items of a list written in a sentence (several recorded reasons) */
  listSeparator: '; ',
};
