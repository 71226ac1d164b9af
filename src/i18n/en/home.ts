import type { Messages } from '../fr.ts';

export const home: Messages['home'] = {
  title: 'Home',
  intro:
    'You run the customer relationship of a shop: target customers, apply loyalty strategies and watch what happens over time.',
  firstStep:
    'New to this? Start with the missions path: short missions (10 to 20 minutes) to learn step by step, first the customer database, then each loyalty tool. Then play a whole game by choosing a scenario below.',
  firstStepLink: 'Start with the missions',
  scenarios: 'Choose a scenario',
  noScenario: 'No scenario is available.',
  sector: 'Sector: {{sector}}',
  sectorName: { bakery: 'bakery and pastry', cosmeticsOnline: 'cosmetics (online)', optician: 'optician', sport: 'sporting goods' },
  difficulty: 'Difficulty: {{level}}',
  difficultyLevel: { '1': 'easy', '2': 'medium', '3': 'hard' },
  duration: 'Duration: {{n}} {{unit}}',
  unitPlural: { week: 'weeks', month: 'months' },
  customers: '{{n}} customers in the database at the start, former customers already lost included',
  budget: 'Budget: {{initial}} then {{perTick}} per {{unit}}',
  objectives: 'Objectives',
  objectiveHelp: 'Definition: {{title}}',
  objectiveConcept: {
    retention: 'Retention and churn',
    cycleDeVie: 'Customer lifecycle',
    equationCa: 'Turnover (CA) = frequency × average basket × length',
    margeBrute: 'Gross margin',
    margeNette: 'Net margin',
    budget: 'Budget',
    mesureSatisfaction: 'Measuring satisfaction',
    segments: 'Customer segments',
    acquisition: 'Acquisition',
  },
  seed: 'Random seed',
  seedRange: 'The seed is a whole number from 0 to {{max}}.',
  seedHelp: 'Same scenario, same seed and same decisions give exactly the same result.',
  seedNotDefault:
    'These objectives are set for seed {{seed}}: on this other seed, the figure objectives (margin, active customers…) will be adjusted when the game starts by what it gives with no action at all, and the dashboard will say by how much.',
  start: 'Start “{{name}}”',
  starting: 'Creating the game…',
  readingLink: 'Reading your teacher’s class link…',
  classNoteUnloaded: 'Set by your teacher’s class link: the details could not be downloaded. Reload the page once the connection is back.',
  savedRuns: 'Saved games',
  storageOpening: 'Looking for your saved games…',
  noSavedRuns: 'No saved game yet.',
  cancel: 'Cancel',
  delete: 'Delete',
  importTitle: 'Import a game',
  importLabel: 'Game file (.json)',
  importDone: 'Game “{{name}}” imported: it is in “Saved games”.',
  importReading: 'Reading and checking the file…',
  storageUnavailable: 'Browser storage is not available: the game will not be saved.',
  /** a new run's name (App.svelte, MissionsScreen.svelte; « … (1907) 2 » when taken: app/runName.ts distinctRunName); still as given, it is shown
   * in the reader's language (app/defaultRunName.ts reads it back with copies of both languages', test/unit/app/defaultRunName.test.ts) */
  runName: { free: '{{shop}} ({{seed}})', mission: '{{shop}} — Mission {{n}} ({{seed}})', attempt: '{{shop}} — Mission {{n}}, attempt {{attempt}} ({{seed}})' },
  /** a what-if branch's name, composed in the reader's language (app/runName.ts; read back by results/runNameKind.ts) */
  branchRunName: '{{name}} — what if… ({{period}})',
  branchRunPeriod: { week: 'from week {{n}}', month: 'from month {{n}}' },
  teacher: {
    title: 'Are you a teacher? Your tools for the class',
    prepare: 'Prepare the lesson',
  },
};
