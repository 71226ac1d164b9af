/** English strings of handing in a run (same keys as src/i18n/fr/handIn.ts). */
import type { Messages } from '../fr.ts';

export const handIn: Messages['handIn'] = {
  titleWithName: 'Debrief — {{name}}',
  choice: {
    weekOne: 'Game in progress: {{n}} week played out of {{total}}. To hand your work to the teacher, two ways.',
    weekOther: 'Game in progress: {{n}} weeks played out of {{total}}. To hand your work to the teacher, two ways.',
    monthOne: 'Game in progress: {{n}} month played out of {{total}}. To hand your work to the teacher, two ways.',
    monthOther: 'Game in progress: {{n}} months played out of {{total}}. To hand your work to the teacher, two ways.',
  },
  self: {
    choice: {
      weekOne: 'Game in progress: {{n}} week played out of {{total}}. To save your result, two ways.',
      weekOther: 'Game in progress: {{n}} weeks played out of {{total}}. To save your result, two ways.',
      monthOne: 'Game in progress: {{n}} month played out of {{total}}. To save your result, two ways.',
      monthOther: 'Game in progress: {{n}} months played out of {{total}}. To save your result, two ways.',
    },
    introOne:
      'Download the result file of the game as it stands, after {{n}} {{tick}} of {{total}}. Keep it, or give it to whoever follows your work: the class view replays it to check it and marks it “game in progress”. You can go on playing afterwards and save a new file.',
    introOther:
      'Download the result file of the game as it stands, after {{n}} {{ticks}} of {{total}}. Keep it, or give it to whoever follows your work: the class view replays it to check it and marks it “game in progress”. You can go on playing afterwards and save a new file.',
  },
  title: 'Hand in my work now',
  introOne: 'Download the result file of the game as it stands, after {{n}} {{tick}} of {{total}}, and drop it where your teacher asked. The teacher replays it to check it; the class view marks it “game in progress”. You can go on playing afterwards and hand in a new file.',
  introOther: 'Download the result file of the game as it stands, after {{n}} {{ticks}} of {{total}}, and drop it where your teacher asked. The teacher replays it to check it; the class view marks it “game in progress”. You can go on playing afterwards and hand in a new file.',
  download: 'Hand in my work now',
  pendingLeftOutOne: 'The decision waiting for {{tick}} {{next}} is not in the file: it has not been played yet.',
  pendingLeftOutOther: 'The {{n}} decisions waiting for {{tick}} {{next}} are not in the file: they have not been played yet.',
  playing: 'The game is playing on its own: pause it to hand in your work.',
  endTitle: 'Go to the end',
  endText: {
    weekOne: 'Plays the last week with the decisions in force: the programmes you launched go on, no new decision is taken. The full debrief then opens, with the result file of the finished game.',
    weekOther: 'Plays the {{n}} remaining weeks at once with the decisions in force: the programmes you launched go on, no new decision is taken. The full debrief then opens, with the result file of the finished game.',
    monthOne: 'Plays the last month with the decisions in force: the programmes you launched go on, no new decision is taken. The full debrief then opens, with the result file of the finished game.',
    monthOther: 'Plays the {{n}} remaining months at once with the decisions in force: the programmes you launched go on, no new decision is taken. The full debrief then opens, with the result file of the finished game.',
  },
  endTextPlanned: {
    weekOne: 'Plays the last week with the decisions in force and those already planned for it: the programmes you launched go on, no other decision is taken. The full debrief then opens, with the result file of the finished game.',
    weekOther: 'Plays the {{n}} remaining weeks at once with the decisions in force and those already planned, each in its week: the programmes you launched go on, no other decision is taken. The full debrief then opens, with the result file of the finished game.',
    monthOne: 'Plays the last month with the decisions in force and those already planned for it: the programmes you launched go on, no other decision is taken. The full debrief then opens, with the result file of the finished game.',
    monthOther: 'Plays the {{n}} remaining months at once with the decisions in force and those already planned, each in its month: the programmes you launched go on, no other decision is taken. The full debrief then opens, with the result file of the finished game.',
  },
  endPendingOne: 'The waiting decision applies from {{tick}} {{next}}.',
  endPendingOther: 'The {{n}} waiting decisions apply from {{tick}} {{next}}.',
  endCommitted: 'Committed mode: once played, these {{ticks}} cannot be played again.',
  backToDecisions: 'Back to the decisions to go on playing',
  progress: {
    label: { week: 'Week {{n}} of {{total}}…', month: 'Month {{n}} of {{total}}…' },
    labelTo: { week: 'Week {{n}} of {{total}} (up to {{end}})…', month: 'Month {{n}} of {{total}} (up to {{end}})…' },
    started: 'The remaining {{ticks}} are played one by one, each one saved: “Stop” stops after the {{tick}} being played.',
    startedSome: 'The {{n}} {{ticks}} are played one by one, each one saved: “Stop” stops after the {{tick}} being played.',
    stop: 'Stop',
    stopping: { week: 'Stopping after the week being played…', month: 'Stopping after the month being played…' },
    /** {{n}}: the last period played and saved */
    stopped: 'Stopped after {{tick}} {{n}} of {{total}}: the game is saved, nothing is lost. You can go on whenever you like.',
  },
  export: {
    title: 'Result file',
    /** start of the downloaded file's name; the class view reads the file's content, never its name */
    filePrefix: 'fidelis-result',
    branchPart: { week: 'what if week {{n}}', month: 'what if month {{n}}' },
    playedPart: { week: 'week {{n}}', month: 'month {{n}}' },
    intro: 'This file lets your teacher replay your game and confirm your result.',
    learner: 'Your name (as your teacher will see it)',
    team: 'Your team’s name (optional)',
    download: 'Download the result file',
    done: 'File “{{file}}” ready: hand it in where your teacher asked.',
    failed: 'The result file could not be prepared: {{detail}}',
    noRun: 'No game in progress: there is no result to export.',
    nameMissing: 'Write your name first: that is how the teacher recognises your file in the class view.',
    self: {
      intro: 'This file lets Fidélis’s class view replay your game and confirm your result.',
      learner: 'Your name (written in the file)',
      done: 'File “{{file}}” ready: it is in your downloads.',
      nameMissing: 'Write your name first: that is how the class view recognises your file.',
    },
  },
  debriefLaterOne: 'The debrief opens at the end of the game: {{n}} more {{tick}} to play. It reveals what is hidden during play, such as the customers’ real satisfaction.',
  debriefLaterOther: 'The debrief opens at the end of the game: {{n}} more {{ticks}} to play. It reveals what is hidden during play, such as the customers’ real satisfaction.',
  branchBilan: 'What-if timeline: this is the debrief of a branch of the game “{{parent}}”, replayed from {{from}}, not of the original game. Its result file says so too: the class view shows it as a variant, not ranked.',
  branchBilanNoParent: 'What-if timeline: this is the debrief of a branch replayed from {{from}}, not of the original game. Its result file says so too: the class view shows it as a variant, not ranked.',
  branchBilanHandIn: 'To appear in the ranking, hand in the original game.',
  branchBilanOriginGone: 'The original game has been deleted: this branch is kept as a game of its own, still a variant. To appear in the ranking, hand in a game that is not a branch.',
  branchBilanFrom: { week: 'week {{n}}', month: 'month {{n}}' },
};
