/** Mission path screen, mission banner, question form and mission debrief. */
import type { Messages } from '../fr.ts';

export const missions: Messages['missions'] = {
  title: 'Missions',
  intro: 'Short missions (10 to 20 minutes) to learn step by step: read the customer database first, then each loyalty tool, one after another.',
  shopLabel: 'Shop',
  shopName: 'Shop of the mission path',
  pathLabel: 'Mission path: {{shop}}',
  none: 'No mission path for this shop.',
  number: 'Mission {{n}}',
  minutes: '{{n}} min',
  duration: {
    week: '{{n}} weeks',
    month: '{{n}} months',
  },
  status: {
    locked: 'Locked (succeed in the previous mission)',
    open: 'To do',
    active: 'In progress',
    reussie: 'Succeeded',
    reussieAgain: 'Succeeded · new attempt in progress',
    echouee: 'To redo',
  },
  show: 'Show mission',
  briefTitle: 'The situation',
  objectiveTitle: 'Objective',
  seedAdjustedAtStart: 'This figure is set for seed {{defaultSeed}}: on seed {{seed}}, it will be adjusted when the mission starts by what that seed gives with no action at all.',
  durationTitle: 'Duration',
  durationText: '{{duration}} of play, about {{minutes}} minutes',
  toolsTitle: 'Tools unlocked',
  newTools: 'New: {{tools}}',
  noNewTools: 'No decision tool: observe the customer database.',
  availableTools: 'Available: {{tools}}',
  teacherLockedTools: 'Locked by the teacher (class link): {{tools}}',
  conceptsTitle: 'Concepts trained',
  /** the course segments in a mission's concepts (ui/missions/conceptName.ts): the glossary title keeps the French names, not these lists (QA qa19 F11) */
  conceptSegments: 'Customer segments',
  start: 'Start mission {{n}}',
  restart: 'Restart mission {{n}}',
  continue: 'Continue mission {{n}}',
  restartConfirm: {
    weekOne: 'You have already played {{n}} week of this mission. Restarting it starts a new game at week 1, without your decisions or their results. This game stays in the home page’s “Saved games”: opened again, it goes on where you are.',
    weekOther: 'You have already played {{n}} weeks of this mission. Restarting it starts a new game at week 1, without your decisions or their results. This game stays in the home page’s “Saved games”: opened again, it goes on where you are.',
    monthOne: 'You have already played {{n}} month of this mission. Restarting it starts a new game at month 1, without your decisions or their results. This game stays in the home page’s “Saved games”: opened again, it goes on where you are.',
    monthOther: 'You have already played {{n}} months of this mission. Restarting it starts a new game at month 1, without your decisions or their results. This game stays in the home page’s “Saved games”: opened again, it goes on where you are.',
  },
  startedAs: 'Random seed {{seed}} (the same seed gives the same customers and the same events) · {{mode}} mode: {{modeHelp}}.',
  mode: {
    sandbox: 'sandbox',
    committed: 'committed',
  },
  modeHelp: {
    sandbox: 'you may go back and play past {{ticks}} again',
    committed: 'your decisions are final, no going back',
  },
  freePlay: 'Play this shop freely',
  current: 'Current mission',
  banner: {
    label: 'Current mission',
    title: 'Mission {{n}}: {{title}}',
    objective: 'Objective: {{objective}}',
    details: 'Objective',
    open: 'My mission',
    finished: 'Mission over: see the debrief',
    progress: { week: '{{ticks}} / {{total}} weeks', month: '{{ticks}} / {{total}} months' },
  },
  teacherLock: {
    waived: '{{closed}}. The objective above no longer asks for this: meet it to pass this mission.',
    impossible: '{{closed}}. So this objective cannot be met: ask your teacher what to do.',
    locked: 'Locked by your teacher: {{tools}}',
    hidden: 'Hidden by your teacher: {{tools}}',
    lockedAndHidden: 'Locked by your teacher: {{locked}}; hidden: {{hidden}}',
  },
  question: {
    legend: 'Your answer',
    label: 'Number of customers in the “{{segment}}” segment',
    /** {{period}}: « week 1 » (dashboard.periodIn.from), the period played now: the engine counts the answer there (missionController.answer) */
    hint: 'Tip: in Decisions, tick the segment in the target and read the number of customers; or filter the customer database. The number expected is that of {{period}}, where you are now: it changes as soon as you move time forward.',
    /** the run over, Decisions has no target builder any more (QA qa28class55 F3); {{period}}: the last one, « week 4 » */
    hintEnded:
      'Tip: the game is over and Decisions has no target any more: filter the customer database on this segment and read the number of customers. The number expected is that of the end of {{period}}, the one the customer database shows.',
    submit: 'Check my answer',
    checking: 'Checking…',
    right: 'Right answer: {{count}} customers.',
    wrong: 'That is not the right number. Check the segment and try again.',
    /** not checked, not counted in the tries (the bilan's « in n attempts »: QA qa28class55 F6) */
    invalid: 'Give a whole positive number: this entry does not count as an attempt.',
    readOnly: 'This run is open in another tab: answer there, nothing is saved here.',
    /** from the 2nd try on, {{n}}: the tries the bilan counts (« in n attempts »), checked answers only (QA qa28class55 F6) */
    again: 'Attempt {{n}}: {{message}}',
  },
  played: { week: '{{ticks}} / {{total}} weeks played', month: '{{ticks}} / {{total}} months played' },
  objectiveProgress: 'Where the objective stands: {{value}} (target {{comparator}} {{target}}), {{played}}.',
  objectiveProgressLowest: 'Where the objective stands: lowest value so far {{value}} (target {{comparator}} {{target}} in every {{tick}}), {{played}}.',
  objectiveProgressHighest: 'Where the objective stands: highest value so far {{value}} (target {{comparator}} {{target}} in every {{tick}}), {{played}}.',
  notMeasured: 'not measured yet',
  missingTools: 'Tools still to use: {{tools}}',
  missingPolicy: 'A complaint policy counts only once confirmed with “Apply this policy” (Decisions screen), even to keep Standard, the one already in force.',
  /** missions 2 and 4 to 6 (ObjectiveCheck.keepProgrammes): the budget stopped a programme during the mission, which fails it */
  budgetStopped: '“{{programme}}” was stopped for lack of budget in {{period}}: the objective asked for a budget that could pay for it, so this mission can no longer be passed.',
  playHint: 'Take your decisions on the Decisions screen, then move time forward.',
  goDecisions: 'Go to decisions',
  debrief: {
    title: 'Debrief of mission {{n}}',
    did: 'What you did',
    didAnswer: 'You found the size of the “{{segment}}” segment: {{count}} customers, in {{attempts}} attempts.',
    didAnswerFirst: 'You found the size of the “{{segment}}” segment: {{count}} customers, at the first attempt.',
    didNothing: 'No decision taken.',
    campaignRecruits: '{{recruits}} for {{spent}}',
    campaignPerRecruit: '{{recruits}} for {{spent}}, i.e. {{cost}} per recruit',
    result: 'Result',
    success: 'Mission succeeded.',
    failure: 'Mission failed.',
    refusedBudget: 'Your decisions were refused for lack of budget: target fewer customers (“Maximum number of customers”).',
    refusedBudgetCost: 'Your decisions were refused for lack of budget: make them cost less (fewer customers targeted, fewer survey answers, a smaller campaign).',
    objective: 'Objective: {{objective}}',
    value: 'Value reached: {{value}} (target {{comparator}} {{target}}).',
    /** a check with everyTick (missions/schema.ts): the worst value over the mission's periods */
    valueLowest: 'Lowest value during the mission: {{value}} (target {{comparator}} {{target}} in every {{tick}}).',
    valueHighest: 'Highest value during the mission: {{value}} (target {{comparator}} {{target}} in every {{tick}}).',
    /** valueLowest when the value is the budget left (every shipped mission's « every period » check, QA qa21 F5) */
    budgetLowest: 'Lowest budget left during the mission: {{value}} (target {{comparator}} {{target}} in every {{tick}}).',
    neverMeasured: 'never measured',
    mysteryShopper: 'A mystery shopper rates the service, not your customers’ satisfaction: it took a questionnaire.',
    recap: 'Key points',
    competencies: 'BTS competencies trained',
    next: 'Next mission: {{title}}',
    retry: 'Restart the mission',
    /** asked before a succeeded mission's run is left for a new one (QA qa19 F4: the hand-in carries the run being played) */
    retryConfirm:
      'You have succeeded in this mission. If you restart it, “Hand in my work” will hand in the new game, not this one: the teacher will no longer be able to check your success by replaying it. Hand in your work below first. This game stays in the home page’s “Saved games”: opened again, it can still be handed in.',
    retryConfirmYes: 'Restart anyway',
    retryConfirmCancel: 'Cancel',
    pathDone: 'Path complete: all the missions of this shop have been passed.',
    pathLeft: 'Last mission of the path passed. To complete the path, still to pass: {{missions}}.',
    pathNext: 'Now play the whole game of this shop ({{duration}}) to see what your actions bring in over time.',
    pathNextButton: 'Play the whole game',
    pathRevise: 'To revise: no mission of the path worked these course notions. Read their glossary cards again:',
    noActionWhy: {
      week: 'A loyalty action is paid for at once, but it pays back over the length of the relationship: a kept customer goes on buying for months. A few weeks therefore rarely show what it brings in.',
      month: 'A loyalty action is paid for at once, but it pays back over the length of the relationship: a kept customer goes on buying for years. A few months therefore rarely show what it brings in.',
    },
    fullDebrief: 'Full debrief of the run',
    successBut: 'Mission succeeded, but…',
    caveatConquestShort:
      'During the mission, {{arrivals}} (including {{recruits}} from your campaigns) against {{departures}}: conquest alone did not make up for the departures. Recruiting costs more than keeping: loyalty is what limits departures.',
    conquestCovered: 'During the mission, {{arrivals}} (including {{recruits}} from your campaigns) for {{departures}}.',
    arrivalsOne: '{{count}} new customer',
    arrivalsOther: '{{count}} new customers',
    departuresOne: '{{count}} departure',
    departuresOther: '{{count}} departures',
    caveatsIntro: 'What the course says about your choices:',
    caveatUntargeted: 'Your {{action}} was aimed at the whole customer base: the course advises fitting each action to the segment it suits; given to everyone, it also costs money on customers who do not need it.',
    /** the whole-base programme the engine refused (missionCaveats.ts untargeted with `refused`, QA qa28class55 F2): it never ran */
    caveatUntargetedRefused:
      'Your refused decision ({{action}}, {{reason}}) was aimed at the whole customer base: even with the budget, the course advises fitting each action to the segment it suits; given to everyone, it would also cost money on customers who do not need it.',
    /** a programme the budget stopped during the mission (missionCaveats.ts budgetStop, QA qa19 F1) */
    caveatBudgetStop: '“{{programme}}” was stopped for lack of budget in {{period}}: this stop is what kept the budget from falling further, and its members lost the advantage they were promised.',
    /** the failure of a mission that keeps its programmes (ObjectiveCheck.keepProgrammes), said in place of caveatBudgetStop, when its objective was reached */
    budgetStopFailed: '“{{programme}}” was stopped for lack of budget in {{period}}: the budget could no longer pay for it, which the objective did not allow. This stop, not your management, is what kept the budget above the target, and its members lost the advantage they were promised.',
    /** budgetStopFailed when the budget also ended under the target (objective missed): the stop did not keep it above (review15 F1) */
    budgetStopAlso: '“{{programme}}” was stopped for lack of budget in {{period}}: the objective asked for a budget that could pay for it to the end, and its members lost the advantage they were promised.',
    caveatPersonalisationNoData:
      'You launched personalisation without collecting any profile data first: it could only rely on what the shop already knew about its members, through their loyalty card when they have one. Without profile data on a customer, it does nothing for them; the more the shop knows, the more it works. Collect first (loyalty card, prize draw, staff).',
    caveatPersonalisationNoProfileOne:
      'You launched personalisation without collecting any profile data first, and the shop held none on its only member: without profile data on a customer, it does nothing for them. Collect first (loyalty card, prize draw, staff).',
    caveatPersonalisationNoProfileOther:
      'You launched personalisation without collecting any profile data first, and the shop held none on any of its {{count}} members: without profile data on a customer, it does nothing for them. Collect first (loyalty card, prize draw, staff).',
    caveatPersonalisationSomeProfileOne:
      'You launched personalisation without collecting any profile data first: your only member already had some, through their loyalty card, and the shop knew {{known}} of what would be useful about them. It only works as far as that data goes: the more the shop knows, the more it works. Collect first (loyalty card, prize draw, staff).',
    caveatPersonalisationSomeProfileOther:
      'You launched personalisation without collecting any profile data first: {{withData}} of your {{count}} members already had some, through their loyalty card, and the shop knew on average {{known}} of what would be useful about a member. It only works as far as that data goes: nothing for a member without profile data, and the more the shop knows, the more it works. Collect first (loyalty card, prize draw, staff).',
    caveatPersonalisationMissedOne:
      'You launched personalisation while the shop held no profile data on its only member: the data collections run before its launch had not gathered theirs. Without profile data on a customer, it does nothing for them. Collect first, from its target (loyalty card, prize draw, staff).',
    caveatPersonalisationMissedOther:
      'You launched personalisation while the shop held no profile data on any of its {{count}} members: the data collections run before its launch had gathered none of theirs. Without profile data on a customer, it does nothing for them. Collect first, from its target (loyalty card, prize draw, staff).',
    wrongTarget: 'The “{{tool}}” action had to aim at the customers who deserve it: tick in the target only segments among {{segments}} (one is enough).',
    /** each programme of the mission's run and its measured effect (ui/missions/missionProgrammes.ts, the dashboard's words: QA play F21) */
    effects: 'What your programmes brought',
    effectsIntro: 'Measured by comparing the enrolled customers with a control group held out at random: the ROI is the extra margin earned, minus what the programme cost, divided by that cost.',
    programmeRoi: '{{programme}}: ROI {{roi}}',
    /** what the course says of a financial advantage's target; {{target}}: “target: segments Very good customer” (debrief/actionText.ts targetText) */
    targetFinancialBest:
      'Your financial advantage ({{target}}): very good customers would have come anyway. The discount gives them money back on purchases they would have made without it.',
    targetFinancialGood:
      'Your financial advantage ({{target}}): good customers can still come more often, they are the ones a discount can make buy more than they would have without it.',
    targetFinancialOther:
      'Your financial advantage ({{target}}): a discount only pays on the purchases it adds, not on those its customers would have made without it.',
    roiBeyond: 'The ROI above says what it brought beyond that.',
    roiCovered: 'The ROI above says whether that extra covered its cost.',
    roiUnmeasurable: 'Its gain over what these customers would have bought anyway cannot be measured here: the target was too small for a control group.',
  },
  lessonPlan: {
    title: 'For the teacher: a 55-minute lesson',
    intro: 'One possible plan for a class of 30 students, each on a tablet or computer.',
    steps: {
      open: { time: '0–5 min', text: 'Make the class link (shop, mission 1, a common seed) and project it as a QR code: students scan it and open Fidélis with your settings.' },
      read: { time: '5–15 min', text: 'Mission 1 “Read the customer database”: each student finds the size of an RFM segment. Have someone say aloud what a “lapsing customer” (futur non-client) is and how to spot one.' },
      play: {
        time: '15–45 min',
        text: 'Missions 2 and 3 (financial advantage, complaints and surveys, 15 minutes each): each mission passed opens the next one, on the “Missions” screen. The decisions and answers are saved in the student’s browser, then in their file: nothing to write down; each student only prepares, for the debrief, the reason for one of their decisions. (To rank strategies against each other, have the whole class play a free game in committed mode instead, with a class link without a mission: the file is then handed in from the “Debrief” tab.)',
      },
      collect: {
        time: '45–48 min',
        text: 'Each student goes to the “Missions” screen, under their mission (over or in progress), and clicks “Hand in my work”: their result file says which missions were passed in this browser, with mission 1’s answer and the date, and carries the game of the last mission. They type their name and team, then drop the file where you asked (school platform, shared folder, USB stick). The “Debrief” tab of the same game hands in the same file, missions included.',
      },
      debrief: {
        time: '48–55 min',
        text: 'Class view: import all the files at once and project the table. Mission files are listed apart, without a rank: each row says which missions were passed. Discuss an answer to mission 1 and a choice of target in mission 2.',
        details:
          'The Verification column says what the replay checked: “game confirmed by the replay”, then the mission that game plays, “confirmed by the replay” when its replayed decisions reach the objective with the tools asked for, “not confirmed by the replay” otherwise. Mission 1’s answer, to a question, cannot be replayed: “answer declared (not verifiable)”. The other successes are declared by the student’s browser: “declared (not verifiable)”. A mission played in another game is “confirmed by the file …” when the class holds the same student’s file of that mission (same name, same team, same shop) and its replay confirms it. Mission files carry neither “identical result” nor “simple strategy”: a mission asks the whole class for the same action, on a common seed. The class stays saved in this browser for the next lesson. For free games, sort the table by “Difference from “no action”” (the chart opens on it): it ranks the strategies by what they brought in over doing nothing, while an objective point can come from a single survey.',
      },
    },
    free: {
      note: 'Plan of a free game, as the class link made below (no mission). For the plan of missions 1 to 3, choose in that link a shop that comes with the app and its mission 1.',
      openPosted:
        'Make the class link and post it on the school platform, or send it by copy and paste in the messaging: it is too long for a QR code. Students open it with a click and find Fidélis with your settings.',
      open: { time: '0–5 min', text: 'Make the class link (shop, a common seed, committed mode) and project it as a QR code: students scan it and open Fidélis with your settings.' },
      read: { time: '5–10 min', text: 'Each student reads the shop’s card on the home page (objectives, budget, length) and starts the game. Have someone say aloud what each objective asks for.' },
      play: {
        time: '10–45 min',
        text: 'Free game: each student chooses their targets and tools to meet the objectives, and plays to the end. The decisions are saved in the student’s browser, then in their file: nothing to write down; each student only prepares, for the debrief, the reason for one of their decisions.',
      },
      collect: {
        time: '45–48 min',
        text: 'Each student opens the “Debrief” tab of their game, types their name and team, downloads their file (“Download the result file”, or “Hand in my work now” if the game is not over) and drops it where you asked (school platform, shared folder, USB stick).',
      },
      debrief: {
        time: '48–55 min',
        text: 'Class view: import all the files at once, sort the table by “Difference from “no action”” and project it: it ranks the strategies by what they brought in over doing nothing. Discuss the best one and the weakest.',
      },
    },
    classView: 'Open the class view',
    details: 'Details',
  },
  handIn: {
    title: 'Hand in my work',
    introOne:
      'Download your file and drop it where your teacher asked. It says which missions of this shop you passed in this browser ({{passed}} of {{total}} missions passed), with your answers, and carries this mission’s game, which the class view replays to check it.',
    introOther:
      'Download your file and drop it where your teacher asked. It says which missions of this shop you passed in this browser ({{passed}} of {{total}} missions passed), with your answers, and carries this mission’s game, which the class view replays to check it.',
    download: 'Hand in my work (download the file)',
    self: {
      introOne:
        'Download your file. It says which missions of this shop you passed in this browser ({{passed}} of {{total}} missions passed), with your answers, and carries this mission’s game, which the class view replays to check it.',
      introOther:
        'Download your file. It says which missions of this shop you passed in this browser ({{passed}} of {{total}} missions passed), with your answers, and carries this mission’s game, which the class view replays to check it.',
    },
  },
  teacher: {
    title: 'For the teacher: class link',
    referential: 'Referentials and competencies',
    heading: 'For the teacher',
    shortcut: 'Are you a teacher? Lesson plan and class link',
  },
  referential: {
    intro: 'The competency blocks of both BTS and what Fidélis lets learners practise. Titles follow the French referentials; only the competencies the app really exercises are detailed.',
    untrained: 'Not trained in Fidélis.',
    trainedBy: 'Missions: {{missions}}',
    noMission: 'No mission trains it directly.',
    diploma: {
      mco: 'BTS MCO — Operational sales management',
      ndrc: 'BTS NDRC — Negotiation and digitalisation of customer relations',
    },
  },
  strategyLockedOne: '{{tools}}: not available yet, the current mission locks it; a later mission unlocks it.',
  strategyLockedOther: '{{tools}}: not available yet, the current mission locks them; a later mission unlocks them.',
};
