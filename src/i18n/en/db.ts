import type { Messages } from '../fr.ts';

export const db: Messages['db'] = {
  unavailable:
    'Browser storage is unavailable (private browsing or storage disabled). The run is played in memory: your data will not be kept after the tab is closed. Remember to export the run.',
  inMemory: 'No saving: your data will not be kept after the tab is closed.',
  versionChange: 'Fidélis was updated or opened in a newer version in another tab. Reload the page to continue: your saved work is kept.',
  blocked: 'Another Fidélis tab prevents the database upgrade. Close the other Fidélis tabs: opening will then resume by itself.',
  terminated:
    'The browser closed the database (site data cleared, or a browser fault): nothing more can be saved in this tab. Reload the page: the run will resume at the last saved period, unless the site data was cleared; it is then no longer on the Home screen, and only a file exported earlier (“Export” button) can bring it back.',
  recalculated:
    'This run was saved with an earlier version of the simulation model: its figures were recomputed with the current one (same decisions, same seed) and may differ from what you saw. The saved history (customer files, exports) is updated with these figures.',
  recalculatedNotSaved:
    'The recomputed figures could not be saved: the run’s saved history (customer files, exports) is still the earlier version’s. Fidélis will try again before playing the next period, which will not be played while this save fails.',
  runLocked:
    'This run is open in another tab: here it is only shown, kept up to date with what the other tab saves (no decision, no advance here, nothing would be saved). Continue it in the other tab, or close that tab and resume here.',
  takeOverHere: 'Resume here',
  stillOpenElsewhere:
    'The run is still open in another tab: it cannot be resumed here while it is open there. Close that tab (or open another run in it), then click “Resume here” again.',
  otherTabSaved: {
    week: 'The other tab has moved on: week {{n}} (here, still week {{here}}: updating).',
    month: 'The other tab has moved on: month {{n}} (here, still month {{here}}: updating).',
  },
  advanceInterrupted: {
    week: 'Resumed at week {{n}}: the advance of several weeks was interrupted (page reloaded or closed, or another game opened), the following weeks were not played (planned weeks not played: {{missing}}).',
    month: 'Resumed at month {{n}}: the advance of several months was interrupted (page reloaded or closed, or another game opened), the following months were not played (planned months not played: {{missing}}).',
  },
  stopNoteNotKept: 'The browser’s storage is full: the header’s “stopped after…” note will not be shown after a reload. The game itself is saved: nothing is lost.',
  otherTabClosed: 'The other tab has left this run: you can resume it here, at its last saved period.',
  readOnly: 'Run open read-only (it is used in another tab): nothing was changed.',
  runOpenElsewhere: 'This run is open in another tab: it cannot be deleted while it is open there. Close that tab, then try again.',
  quotaBranch:
    'Browser storage is full: the “What if…?” branch was not made, and the game in progress has not changed (nothing was lost). Export then delete old games, or free some space on the computer (downloaded files, recycle bin), then try again.',
  quotaExceeded:
    'Browser storage is full: the last period was not saved and the run stays at its last complete period. Export then delete old runs to free some space; if this is your only run, free some space on the computer (downloaded files, recycle bin) or ask the teacher for help, then advance again.',
  recordInvalidOne: '{{count}} damaged record was skipped ({{store}}). The rest of the run is usable; if in doubt, verify it by recomputing it.',
  recordInvalidOther: '{{count}} damaged records were skipped ({{store}}). The rest of the run is usable; if in doubt, verify it by recomputing it.',
  runChanged: 'The list of runs changed in another tab (a branch made or deleted): nothing was deleted. Check the updated list, then try again.',
  runNotFound: 'Run not found: it may have been deleted in another tab.',
  tickOutOfOrder: 'Period {{tick}} does not follow the last saved period ({{expected}}): the run probably moved on in another tab. Reload the run.',
  writeFailed: 'Saving failed, nothing was changed. Detail: {{detail}}',
  readFailed: 'Reading the database failed. Detail: {{detail}}',
  importNotText: 'This file is not an exported Fidélis run: it is an image or a binary file. Choose the .json file made by the Home screen’s “Export” button.',
  importTable: 'This is not a Fidélis run file: it looks like a table (CSV). Choose the .json file made by the Home screen’s “Export” button.',
  importNotJson:
    'This file is not a readable JSON file: {{reason}}. It was probably changed or damaged: export the run again from the computer and browser it was played in.',
  importNotJsonAt:
    'This file is not a readable JSON file (line {{line}}, column {{column}}): {{reason}}. It was probably changed or damaged: export the run again from the computer and browser it was played in.',
  importTruncated:
    'This run file is incomplete: it stops before its end, an interrupted copy or a damaged file. Export the run again from the computer and browser it was played in.',
  importTooLarge: 'File too large or too much data: {{detail}} (limit: {{limit}}).',
  importForbiddenKey: 'File rejected: it contains a forbidden key ("{{key}}").',
  importWrongFormat: 'This file is not an exported Fidélis run. Choose the .json file made by the Home screen’s “Export” button.',
  importResultFile:
    'This is a result file: it is handed to the teacher, who opens it in the class view. To continue a run on another computer, import the run file made by the “Export” button of the Home screen.',
  importScenarioFile:
    'This file is a scenario (a shop), not a game: open it in the Scenario editor (“Import a JSON file”), then save it there: it will be on the home page, ready to play.',
  importUnsupportedVersion: 'This file comes from an unsupported version of Fidélis (version {{version}}, expected: {{expected}}): update the app.',
  importInvalid: 'Invalid run file: {{reason}}. It was probably changed or damaged: export the run again from the computer and browser it was played in.',
  importInvalidContent:
    'Invalid run file: its content is not that of a run exported by Fidélis. It was probably changed or damaged: export the run again from the computer and browser it was played in.',
  importDuplicateCustomer: 'Invalid run file: customer no. {{number}} is in it twice. It was probably changed or damaged: export the run again from the computer and browser it was played in.',
  importKpisAhead: 'Invalid run file: it holds indicators of periods not played yet. It was probably changed or damaged: export the run again from the computer and browser it was played in.',
  importTampered:
    'Import refused, this file was modified: its figures (from period {{period}} on) do not match the replay of its scenario, seed and decisions by the same model. Nothing was imported.',
  importMismatch:
    'Import refused, this file was modified: its scenario is not the one of the run saved with it (id or customer base). Nothing was imported.',
  importChecking: 'Checking the file: replaying the run, period {{tick}} of {{total}}…',
  importOtherModel:
    'The game “{{name}}” comes from another version of Fidélis (or its file does not say which): its figures could not be checked. They will be recomputed with the current version when you resume it (same decisions, same seed) and may differ from the file’s.',
  importedAsCopy: 'This run was already in this browser: the file is imported as a copy, “{{name}}”.',
  quotaImport:
    'Cannot import: the browser’s storage is full. Delete an old run (exported first if needed) or, if you have none, free some space on the computer (downloaded files, recycle bin) or ask the teacher for help, then try again.',
  quotaNewGame:
    'Cannot start the run: the browser’s storage is full. Delete an old run (exported first if needed) or, if you have none, free some space on the computer (downloaded files, recycle bin) or ask the teacher for help, then try again.',
  quotaDecision:
    'Your decision could not be saved: the browser’s storage is full. The list of pending decisions shows only what is saved. Delete an old run (exported first if needed) or free some space on the computer, then try again.',
  quotaRemoval:
    'The removal could not be saved: the browser’s storage is full. Nothing is lost: the decision is still planned, as saved. Delete an old run (exported first if needed) or free some space on the computer, then try again.',
  importConflict: 'A run "{{name}}" already exists with the same id. Replace it, or import the file as a copy.',
  verifyMismatch: 'Recomputing the run (scenario, seed and decisions) does not give the saved state (expected fingerprint {{expected}}, got {{actual}}).',
  csv: {
    id: 'Customer no.',
    firstName: 'First name',
    lastName: 'Last name',
    age: 'Age',
    town: 'Town',
    channel: 'Preferred channel',
    motive: 'Buying motive (SONCAS)',
    firstPurchase: 'First purchase',
    lastPurchase: 'Last purchase',
    purchasesTotal: 'Purchases',
    spendTotal: 'Total spend (€)',
    loyaltyCard: 'Loyalty card',
    clubMember: 'Club member',
    stage: 'Lifecycle stage',
    ladder: 'Loyalty ladder',
    r: 'R',
    f: 'F',
    m: 'M',
    segment: 'RFM segment',
    rfSegment: 'R x F segment',
    measuredSatisfaction: 'Last stated satisfaction',
    dataKnown: 'Data known',
    consent: 'Consent',
    referred: 'Referred',
    departureCause: 'Departure cause',
    date: 'Date',
    period: 'Period',
    customer: 'Customer no.',
    amount: 'Amount (€)',
    productType: 'Product type',
    purchaseChannel: 'Channel',
    yes: 'yes',
    no: 'no',
  },
};
