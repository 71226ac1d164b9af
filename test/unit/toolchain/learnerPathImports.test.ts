/**
 * What every learner downloads (bench app-learner-js, issue 4: under 250 KB gz) must not pull in code
 * that only saved runs, files or the teacher tools need. Read from the source: the modules the page's
 * startup (src/main.ts), its database layer (src/app/browserStorage.ts) and the learner's game screens
 * (app/screens.ts, vite.config.ts LEARNER_SCREENS) import statically — `import()` and type-only
 * imports aside, as the bundler sees them. Two of those regressions cost ~11 and ~24 KB gz each:
 *   - zod (its schemas check saved runs, files and links: imported when one is read, never at startup);
 *   - the engine's simulation in the page (the engine worker plays the games: src/app/engine.worker.ts).
 * The learner's strings come the same way: the first screen's and the rest of the learner part (i18n/areas.ts),
 * fetched by `import()` (i18n/locale.svelte.ts) with the first screen and the first game screen; what they and the
 * screens import statically comes with them. The glossary cards' texts (~10 KB gz a language) are not among them:
 * fetched when the glossary screen or a « ? » pop-up opens, which most learners do for few cards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../../vite.config.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

const LEARNER_ROOTS = [
  'src/main.ts',
  'src/app/browserStorage.ts',
  'src/ui/dashboard/DashboardScreen.svelte',
  'src/ui/decisions/DecisionsScreen.svelte',
  'src/ui/customers/CustomersScreen.svelte',
  'src/ui/charts/ChartsScreen.svelte',
  'src/ui/glossary/GlossaryScreen.svelte',
  'src/ui/shell/DebriefRoute.svelte',
];

/** The learner's strings every learner downloads with the first screen and the first game screen (i18n/locale.svelte.ts). */
const LEARNER_STRINGS = ['src/i18n/frCore.ts', 'src/i18n/frLearner.ts', 'src/i18n/enLearner.ts'];

/** `import … from '…'`, `import '…'` and `export … from '…'`, without the type-only ones. */
const STATIC_IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?([\w$*\s{},]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]/g;

function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(STATIC_IMPORT)) {
    if (m[5]) {
      found.push(m[5]);
      continue;
    }
    if (m[2]) continue;
    const names = m[3].trim();
    // `import { type A, type B } from` imports nothing at run time
    if (names.startsWith('{') && names.endsWith('}')) {
      const list = names
        .slice(1, -1)
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      if (list.length > 0 && list.every((n) => n.startsWith('type '))) continue;
    }
    found.push(m[4]);
  }
  return found;
}

/** Every module `roots` reach by static imports: source files as paths from the repository, packages by name. */
function reached(roots: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const path = join(ROOT, file);
    if (!existsSync(path)) throw new Error(`${file} : introuvable`);
    for (const spec of staticImports(readFileSync(path, 'utf8'))) {
      if (spec.startsWith('.')) queue.push(relative(ROOT, join(dirname(path), spec)));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('the learner’s path (what every student downloads)', () => {
  const path = reached(LEARNER_ROOTS);

  it('reads the whole static graph of the startup, storage and game screens', () => {
    expect(path.files.size).toBeGreaterThan(200);
    expect(path.files).toContain('src/app/session.svelte.ts');
    expect(path.packages).toContain('svelte');
  });

  it('imports no zod: the decisions and customers are checked without it, saved runs and files fetch their schemas', () => {
    expect([...path.packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
  });

  it('leaves the class link’s texts out: fetched with a class link’s notice, a locked tool, the remembered link or the missions (i18n/areas.ts PRESETS_AREAS)', () => {
    const withStrings = reached([...LEARNER_ROOTS, ...LEARNER_STRINGS]);
    expect(withStrings.files).toContain('src/ui/decisions/ToolGate.svelte');
    expect([...withStrings.files].filter((f) => /^src\/i18n\/(fr|en)\/presets\.ts$/.test(f))).toEqual([]);
    // nor does the first screen's home area hold the home cards' class link note, the objectives' lock notes, the other
    // shops' fold or a fixed seed's help: fetched with the link's reading (ClassPresets.svelte)
    for (const file of ['src/i18n/fr/home.ts', 'src/i18n/en/home.ts'])
      expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/^\s*(classChosen|classSeed|classMode|classLocked|objectiveLocked|objectiveHidden|objectiveHarderLocked|objectiveHarderHidden|otherShops|seedFixedHelp):/m);
  });

  it('leaves the glossary cards’ texts out: fetched when the glossary screen or a « ? » pop-up opens (i18n/areas.ts GLOSSARY_CARD_AREAS)', () => {
    const withStrings = reached([...LEARNER_ROOTS, ...LEARNER_STRINGS]);
    expect(withStrings.files).toContain('src/i18n/fr/glossary.ts'); // the screen's own strings and the cards' titles
    expect(withStrings.files).toContain('src/ui/glossary/GlossaryLink.svelte');
    expect([...withStrings.files].filter((f) => /^src\/i18n\/(fr|en)\/glossaryCards\.ts$/.test(f))).toEqual([]);
    // and the learner part does not hold the cards' fields in the glossary area either
    for (const file of ['src/i18n/fr/glossary.ts', 'src/i18n/en/glossary.ts'])
      expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/^\s*(short|body|where|keywords):/m);
  });

  it('leaves the database’s messages out: fetched when a notice or an import needs them (i18n/areas.ts DB_AREAS; -2.0 KB gz a path)', () => {
    const withStrings = reached([...LEARNER_ROOTS, ...LEARNER_STRINGS]);
    expect(withStrings.files).toContain('src/ui/shell/NoticesArea.svelte');
    expect([...withStrings.files].filter((f) => /^src\/i18n\/(fr|en)\/db\.ts$/.test(f))).toEqual([]);
  });

  it('leaves out the saved runs’ list and its actions: fetched once there is a run to list (ui/home/SavedRuns.svelte)', () => {
    expect(path.files).toContain('src/ui/home/SavedRuns.svelte');
    expect(path.files.has('src/ui/home/SavedRunList.svelte')).toBe(false);
    // nor what only the list's actions use: the deletion's confirmation, the export's download
    const savedRuns = reached(['src/ui/home/SavedRuns.svelte']).files;
    expect(['src/ui/home/ConfirmDialog.svelte', 'src/ui/shell/download.ts'].filter((f) => savedRuns.has(f))).toEqual([]);
  });

  it('leaves out the customers screen’s export for a spreadsheet and its strings: fetched when the screen offers it (review16 M2)', () => {
    const withStrings = reached([...LEARNER_ROOTS, ...LEARNER_STRINGS]);
    expect(withStrings.files).toContain('src/ui/customers/CustomersScreen.svelte');
    expect(['src/ui/customers/SpreadsheetExport.svelte', 'src/results/csvDecimalComma.ts'].filter((f) => withStrings.files.has(f))).toEqual([]);
    expect([...withStrings.files].filter((f) => /^src\/i18n\/(fr|en)\/customersCsv\.ts$/.test(f))).toEqual([]);
    for (const file of ['src/i18n/fr/customers.ts', 'src/i18n/en/customers.ts']) expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/^\s*csv:/m);
  });

  it('leaves out the dashboard’s view of the periods played: fetched once the dashboard has one to show (ui/dashboard/dashboardResultsCode.ts)', () => {
    expect(path.files).toContain('src/ui/dashboard/DashboardScreen.svelte');
    expect(path.files).toContain('src/ui/dashboard/dashboardResultsCode.ts');
    // the view, and what only it shows: the event feed, the programmes' table, the campaigns, the levers, the satisfaction cards
    const only = ['DashboardResults.svelte', 'EventFeed.svelte', 'eventFeed.ts', 'feedText.ts', 'ProgrammesTable.svelte', 'CampaignReturns.svelte', 'LeversPanel.svelte', 'SatisfactionCard.svelte'];
    expect(only.map((f) => `src/ui/dashboard/${f}`).filter((f) => path.files.has(f))).toEqual([]);
  });

  it('leaves out the saved runs’ list’s strings: fetched with the list (i18n/areas.ts SAVED_RUN_AREAS), not in the first screen’s home area', () => {
    const withStrings = reached([...LEARNER_ROOTS, ...LEARNER_STRINGS]);
    expect(withStrings.files).toContain('src/i18n/fr/home.ts');
    expect([...withStrings.files].filter((f) => /^src\/i18n\/(fr|en)\/savedRuns\.ts$/.test(f))).toEqual([]);
    for (const file of ['src/i18n/fr/home.ts', 'src/i18n/en/home.ts'])
      expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/^\s*(resume|rename|export|confirmDelete|deleted):/m);
  });

  it('leaves out the debrief’s competency evidence and the missions screen’s referential: the learner part’s competencies are what a glossary card names', () => {
    for (const file of ['src/i18n/fr/competencies.ts', 'src/i18n/en/competencies.ts'])
      expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/^\s*(evidence|blocShort|diploma|referentialIntro|untrained|trainedBy|noMission):/m);
  });

  it('gives the student’s mission banner and card the closed tools of a mission without the link builder’s checks (ui/presets/missionClosedTools.ts, not lockConflicts.ts)', () => {
    const student = reached(['src/ui/missions/MissionBanner.svelte', 'src/ui/missions/MissionBrief.svelte', 'src/ui/home/ScenarioCard.svelte']).files;
    expect(student).toContain('src/ui/presets/missionClosedTools.ts');
    expect(student.has('src/ui/presets/lockConflicts.ts')).toBe(false);
  });

  it('leaves out importing a run file: read, checked and stored by app/importRunFile.ts, fetched when a learner imports one', () => {
    expect(path.files).toContain('src/app/dbRunStore.ts');
    expect(['src/app/importRunFile.ts', 'src/app/runFileCheck.ts', 'src/db/importRun.ts'].filter((f) => path.files.has(f))).toEqual([]);
  });

  it('leaves out the guided tour’s offer: fetched on a class link’s first visit, the only time it shows (ui/tour/TourOffer.svelte, review19 n6)', () => {
    expect(path.files).toContain('src/ui/tour/GuidedTour.svelte');
    expect(path.files.has('src/ui/tour/TourOffer.svelte')).toBe(false);
  });

  it('leaves out a read-only tab’s follow of the other tab: fetched when that tab first saves a period (app/readOnlyFollow.ts)', () => {
    expect(path.files).toContain('src/app/session.svelte.ts');
    expect(path.files.has('src/app/readOnlyFollow.ts')).toBe(false);
  });

  it('leaves out reading one stored run, renaming and deleting one: fetched when first needed (db/runsRepository.ts), the list stays (db/runList.ts)', () => {
    expect(path.files).toContain('src/db/runList.ts');
    expect(path.files.has('src/db/runsRepository.ts')).toBe(false);
  });

  it('leaves out the « ? » pop-up’s placement: fetched with the cards’ texts before a first pop-up opens (GlossaryLink)', () => {
    expect(path.files).toContain('src/ui/glossary/GlossaryLink.svelte');
    expect(path.files.has('src/ui/glossary/popupPlacement.ts')).toBe(false);
  });

  it('gives chart.js its colour library trimmed to the app’s colours: no table of colour names (src/ui/charts/kurkleColour.ts; -2.4 KB gz a path)', () => {
    expect(path.packages).toContain('chart.js');
    const alias = (config.resolve?.alias ?? {}) as Record<string, string>;
    expect(alias['@kurkle/color']).toMatch(/\/src\/ui\/charts\/kurkleColour\.ts$/);
  });

  it('leaves out reading a class link: fetched with the link’s parser when the address has one or a link is kept (ui/presets/readClassLink.ts)', () => {
    expect(path.files).toContain('src/ui/presets/ClassPresets.svelte');
    // the startup only reads the kept link, to know whether to fetch the reading; keeping a new link is the reading's
    const keeping = [...path.files].filter((f) => /\brememberClassLink\(/.test(readFileSync(join(ROOT, f), 'utf8').replace(/export function rememberClassLink\(/, '')));
    expect(keeping).toEqual([]);
    expect(path.files.has('src/ui/presets/readClassLink.ts')).toBe(false);
    // nor applying it (the language, the display, the ignored parameters' notice): the reading imports it
    expect(path.files).toContain('src/presets/classSettings.svelte.ts');
    expect(path.files.has('src/presets/applyClassLink.ts')).toBe(false);
    expect(readFileSync(join(ROOT, 'src/presets/classSettings.svelte.ts'), 'utf8')).not.toMatch(/presets\.notice|dataset\.display/);
  });

  it('builds chart.js and the chart components into the helpers chunk, with the game screens that import them (one chunk compressed together: -1.5 KB gz a path)', () => {
    const output = config.build?.rolldownOptions?.output;
    const groups = ((Array.isArray(output) ? output[0] : output)?.codeSplitting as { groups: { name: string; tags?: string[]; test: (id: string) => boolean }[] }).groups;
    // the startup chunk's group takes only what the entry imports statically (its tag), chart.js never
    const groupOf = (id: string) => groups.filter((g) => !g.tags && g.test(id)).map((g) => g.name);
    expect(groupOf(join(ROOT, 'node_modules/chart.js/dist/chart.js'))).toEqual(['helpers']);
    expect(groupOf(join(ROOT, 'src/ui/charts/ChartFigure.svelte'))).toEqual(['helpers']);
    expect(groupOf(join(ROOT, 'src/ui/dashboard/DashboardScreen.svelte'))).toEqual(['helpers']);
  });

  it('does not run the engine in the page: no simulation, no step (the engine worker plays the games)', () => {
    expect([...path.files].filter((f) => /^src\/engine\/(simulation|step|state)\.ts$/.test(f))).toEqual([]);
  });

  it('leaves out what only the end of a game, a download or another seed needs (issue 4: 252.7 -> 251.0 KB gz in French)', () => {
    // the engine's math but sqrt (the cost forecast's): exp, log, pow, lgamma are the simulation's and the teacher tools'
    expect(path.files).toContain('src/engine/detSqrt.ts');
    // the result file is made on « Télécharger » (ExportResult), the no-action games played for another seed or the Bilan's comparison (session)
    // (with its download, ui/verify/resultFileDownload.ts: -0.17 KB gz a path)
    const later = ['src/engine/detMath.ts', 'src/results/buildResultFile.ts', 'src/ui/verify/resultFileDownload.ts', 'src/results/runSummary.ts', 'src/results/seedAdjustment.ts', 'src/results/noActionGame.ts'];
    expect(later.filter((f) => path.files.has(f))).toEqual([]);
    // nor the download and the app's version, which only the file's making imports on a learner's path: no group takes
    // them into helpers.js (vite.config.ts LEARNER_HELPERS; -0.12 KB gz a path)
    expect(['src/ui/shell/download.ts', 'src/results/appVersion.ts'].filter((f) => path.files.has(f))).toEqual([]);
    const output = config.build?.rolldownOptions?.output;
    const groups = ((Array.isArray(output) ? output[0] : output)?.codeSplitting as { groups: { name: string; tags?: string[]; test: (id: string) => boolean }[] }).groups;
    const groupOf = (id: string) => groups.filter((g) => !g.tags && g.test(id)).map((g) => g.name);
    expect(groupOf(join(ROOT, 'src/ui/shell/download.ts'))).toEqual([]);
    expect(groupOf(join(ROOT, 'src/results/appVersion.ts'))).toEqual([]);
  });

  it('carries the shipped shops’ cards without their texts: each language’s come with its first-screen strings (scenario/shippedShops.ts; -0.8 KB gz in French and in English)', () => {
    expect(path.packages).toContain('virtual:fidelis/shipped-shops');
    expect([...path.packages].filter((p) => /^virtual:fidelis\/shipped-(shop-texts?|scenarios?)\//.test(p) || p === 'virtual:fidelis/shipped-scenarios')).toEqual([]);
    // and the build puts each language's texts in the chunk of that language's first screen (vite.config.ts FRENCH_CORE, ENGLISH_LEARNER)
    const output = config.build?.rolldownOptions?.output;
    const groups = ((Array.isArray(output) ? output[0] : output)?.codeSplitting as { groups: { name: string; tags?: string[]; test: (id: string) => boolean }[] }).groups;
    const groupOf = (id: string) => groups.filter((g) => !g.tags && g.test(id)).map((g) => g.name);
    expect(groupOf('\0virtual:fidelis/shipped-shop-texts/fr')).toEqual(['frCore']);
    expect(groupOf('\0virtual:fidelis/shipped-shop-texts/en')).toEqual(['enLearner']);
    expect(groupOf(join(ROOT, 'src/i18n/enLearner.ts'))).toEqual(['enLearner']);
  });

  it('leaves out the question « Aller jusqu’à la fin » asks: fetched when the button is first pressed (ui/decisions/endConfirmCode.ts; -0.2 KB gz a path)', () => {
    expect(path.files).toContain('src/ui/decisions/AdvanceControls.svelte');
    expect(['src/ui/decisions/EndConfirm.svelte', 'src/ui/decisions/endLosses.ts'].filter((f) => path.files.has(f))).toEqual([]);
  });

  it('leaves out the customer table’s sort on another column than the id: fetched when a header first asks for it (db/customerSort.ts; -0.4 KB gz a path)', () => {
    expect(path.files).toContain('src/db/customerTable.ts');
    expect(path.files.has('src/db/customerSort.ts')).toBe(false);
    // and the storage group does not take it back (vite.config.ts STORAGE): it would be in storage.js all the same
    const output = config.build?.rolldownOptions?.output;
    const groups = ((Array.isArray(output) ? output[0] : output)?.codeSplitting as { groups: { name: string; tags?: string[]; test: (id: string) => boolean }[] }).groups;
    const groupOf = (id: string) => groups.filter((g) => !g.tags && g.test(id)).map((g) => g.name);
    expect(groupOf(join(ROOT, 'src/db/customerTable.ts'))).toEqual(['storage']);
    expect(groupOf(join(ROOT, 'src/db/customerSort.ts'))).toEqual([]);
  });
});
