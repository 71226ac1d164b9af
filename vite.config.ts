import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { serviceWorkerPlugin, singleFilePlugins } from './src/app/offline/vitePlugins.ts';
import { shippedScenariosPlugin } from './src/scenario/shippedBuild.ts';
import { modelFingerprintPlugin } from './src/app/modelFingerprintBuild.ts';
import { terserPassPlugin } from './src/app/terserPassPlugin.ts';
import { chartJsTrimPlugin } from './src/app/chartJsTrim.ts';
import { engineWorkerBuild, isWorkerChunk } from './src/app/engineWorkerBuild.ts';

/** The engine worker built with the app (src/app/engineWorkerBuild.ts): its modules stay out of the page's chunk groups. */
const ENGINE_WORKER = engineWorkerBuild();
/** A module of the page's groups: not one of the worker's, whose chunks must not import the page's. */
const pageOnly = (test: (id: string) => boolean) => (id: string) => !ENGINE_WORKER.inWorker(id) && test(id);

/**
 * Modules shared by several of the learner's game screens (decisions, dashboard, customers, charts, glossary, debrief). The
 * engine's here the engine worker imports too (src/app/engineWorkerBuild.ts PAGE_ENGINE) go to db-core, which both import.
 */
const LEARNER_HELPERS = new RegExp(
  [
    'ui/glossary/(GlossaryLink|GlossaryCard)\\.svelte',
    'ui/competencies/CompetencyTags\\.svelte',
    // not evidence.ts: only the debrief's competencies (CompetencyEvidence) use it
    'competencies/(referential|conceptCompetencies)\\.ts',
    'ui/dashboard/(satisfactionMeasure|scenarioText|period|programmeEffectText)\\.ts',
    'i18n/plural\\.ts',
    'app/actionText\\.ts',
    'engine/(params|towns|controlGroupSize|consent)\\.ts',
    'ui/decisions/(AdvanceControls|CheckboxGroup)\\.svelte',
    'engine/segmentMaps\\.ts',
    'app/(budgetRunway|programmesRunway|roi|programmeEffect)\\.ts',
    'ui/decisions/(runwayNotice|programmeName)\\.ts',
    'ui/dashboard/objectiveFormat\\.ts',
    'ui/charts/chartLink\\.ts',
    // not results/appVersion.ts nor ui/shell/download.ts: on a learner's path only the result file's making, fetched on
    // « Télécharger » (ui/verify/resultFileDownload.ts), and the saved runs' list, fetched apart, use them
    'results/yearlyRetention\\.ts',
    'ui/charts/TableScroll\\.svelte',
    'engine/costForecast\\.ts',
  ]
    .map((path) => `/src/${path}`)
    .join('|'),
);

/**
 * The learner's game screens (app/screens.ts): downloaded together, with the helpers and everything else they
 * import that startup, the database layer and the charts have not, when the first of them opens. Every game
 * goes through them all (the dashboard after Start, then decisions, customers, charts, debrief), and apart
 * they repeated the same Svelte runtime imports and compressed each on its own.
 */
const LEARNER_SCREENS = /\/src\/ui\/(dashboard\/DashboardScreen|decisions\/DecisionsScreen|customers\/CustomersScreen|charts\/ChartsScreen|glossary\/GlossaryScreen|shell\/DebriefRoute)\.svelte$/;

/**
 * The database layer the learner's page loads right after startup (teacher-only repositories and the what-if's branches, CSV, run export and import stay apart;
 * so do the stored runs' zod schemas, recordSchemas.ts, fetched when a saved run is first read: bench app-learner-js, no zod on a new learner's path;
 * and the customer table's sort on another column than the id, customerSort.ts, fetched when a header first asks for it).
 */
const STORAGE = /\/node_modules\/idb\/|\/src\/db\/(?!recordSchemas|classRecords|classRepository|csvExport|exportRun|runFile|importRun|verifyRun|commitTick|createRun|createBranch|rewriteHistory|tickRows|runsRepository|customerSort)|\/src\/app\/(browserStorage|dbRunStore)\.ts/;
/**
 * French's first-screen strings (src/i18n/frCore.ts), fetched at startup unless the learner chose English: one chunk rather than three (some of its areas are imported elsewhere too).
 * With them the shipped shops' cards' French texts, fetched at the same time (src/scenario/shippedShops.ts).
 */
const FRENCH_CORE = /\/src\/i18n\/(frCore|fr\/(app|shell|home|tour|vocabularyCore))\.ts$|shipped-shop-texts\/fr$/;
/** English's first screen (the whole learner part, src/i18n/locale.svelte.ts) and the shipped shops' cards' English texts, fetched together. */
const ENGLISH_LEARNER = /\/src\/i18n\/enLearner\.ts$|shipped-shop-texts\/en$/;
/**
 * The rest of French's learner strings (frLearner.ts) in one chunk: the whole vocabulary (fr/vocabulary.ts: no longer
 * in frCore), imported elsewhere too, would otherwise be a chunk of its own. Not the database's messages (fr/db.ts): a part
 * of their own, fetched when a notice needs them (i18n/areas.ts DB_AREAS; the CSV export imports them too).
 */
const FRENCH_LEARNER = /\/src\/i18n\/(frLearner|fr\/vocabulary)\.ts$/;

/**
 * chart.js with the chart components every chart screen shares (the dashboard's and the charts screen's), in the
 * helpers chunk: the game screens there import them, so every page that fetched helpers fetched them too, and the
 * other screens that draw charts (the teacher tools, the debrief, the missions) import helpers as well. In a chunk of
 * their own they compressed apart: bench app-learner-js -1.5 KB gz on each learner's path (helpers + charts
 * 113.6 -> 112.2 KB gz), same files fetched.
 */
const CHARTS = /\/node_modules\/(chart\.js|@kurkle)\/|\/src\/ui\/charts\/(chartLegend|ChartLegend|valueText|DataTable|chartSetup|chartAttachment|ChartFigure|palette|kpiSeriesConfig|rfGrid|RfmGrid)\./;

/**
 * The teacher tools' chunks (app/screens.ts TEACHER_ROUTES) and their strings: the startup chunk does not
 * list the files they import for preloading (see build.modulePreload).
 */
const TEACHER_CHUNKS = /(^|\/)(AnalyticsScreen|ClassScreen|ScenarioEditorScreen|ScoringLabScreen|WhatIfScreen|frTeacher|enTeacher)-[\w-]+\.js$/;

/**
 * Svelte's compiler options for the app and the tests. cssHash: a component's scoped class is « s » and five
 * characters of the hash of its CSS, not « svelte- » and seven: the class is written on every styled element of
 * the compiled templates (bench app-learner-js: -0.3 KB gz on each learner's path; 36^5 hashes for ~150
 * components). discloseVersion: the page does not write Svelte's version into window.__svelte.
 */
const SVELTE = { compilerOptions: { cssHash: ({ hash, css }: { hash: (input: string) => string; css: string }) => `s${hash(css).slice(0, 5)}`, discloseVersion: false } };

export default defineConfig({
  // svelteTesting() switches Svelte to its browser build for jsdom; it must not touch the real build.
  // serviceWorkerPlugin: sw.js with the build's file list; singleFilePlugins: `vite build --mode singlefile`.
  // shippedScenariosPlugin: scenarios/*.json validated and parsed at build time (src/scenario/shippedBuild.ts).
  // terserPassPlugin: terser over every chunk and the workers' (the chart.js parts the app does not register go, the rest is written shorter: src/app/terserPassPlugin.ts).
  // chartJsTrimPlugin: chart.js without the animations, curves and Filler interpolation its core calls behind options the app never sets (src/app/chartJsTrim.ts).
  // modelFingerprintPlugin: here for the engine worker, built with the app (ENGINE_WORKER: src/app/engineWorkerBuild.ts),
  // and for the dev server, which serves the worker's modules with these plugins.
  plugins: process.env.VITEST
    ? [svelte(SVELTE), svelteTesting(), shippedScenariosPlugin(), modelFingerprintPlugin()]
    : [svelte(SVELTE), ENGINE_WORKER.plugin, serviceWorkerPlugin(), ...singleFilePlugins(), shippedScenariosPlugin(), chartJsTrimPlugin(), terserPassPlugin(), modelFingerprintPlugin()],
  base: './',
  // chart.js's colour library trimmed to what it uses for the app's colours (src/ui/charts/kurkleColour.ts): charts chunk -2.6 KB gz
  resolve: { alias: { '@kurkle/color': fileURLToPath(new URL('./src/ui/charts/kurkleColour.ts', import.meta.url)) } },
  // vite's own builds of the Web Workers: the analytics worker's, and the engine worker's in the single-file build (which
  // drops it: no worker from file://); elsewhere the engine worker is built with the app (ENGINE_WORKER, src/app/engineWorkerBuild.ts).
  // modelFingerprintPlugin: the engine worker's model fingerprint worked out at build time (src/app/modelFingerprintBuild.ts).
  worker: { format: 'es', plugins: () => [modelFingerprintPlugin(), terserPassPlugin()] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    // Every learner downloads the startup chunk, which held the list of the files each lazy chunk imports, so
    // that the browser fetches them all at once: the teacher tools' lists (file names) go, those tools
    // fetching their imports once their own chunk has arrived (their styles are still listed: vite adds
    // them after this). No polyfill either: vite's preloading falls back to rel="preload" where modulepreload
    // is missing, and index.html lists nothing to preload. Bench app-learner-js: index 57.9 -> 57.3 KB gz.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, { hostId, hostType }) => (hostType === 'js' && (TEACHER_CHUNKS.test(file) || isWorkerChunk(hostId)) ? [] : deps),
    },
    rolldownOptions: {
      output: {
        // Everything the entry imports statically is downloaded at startup anyway: one chunk instead of
        // ~15 (most under 2 KB) compresses better and every lazy chunk still imports it from there.
        // The service worker (its own entry) stays apart. Bench app-learner-js: 246.2 -> 240.8 KB gz.
        // Then the small helpers the learner's game screens share (LEARNER_HELPERS) in one chunk rather
        // than a dozen of 0.1-1.5 KB: 237.9 -> 235.8. Teacher-only code stays out of that list.
        // Then the same for the small chunks that had split off again (run budget, ROI, RFM, db layer,
        // chart components): storage and charts, 252.8 -> 248.7. Then the six game screens themselves
        // (LEARNER_SCREENS) in the helpers chunk: 252.3 -> 246.0. The engine worker's modules stay out of
        // every page group (pageOnly): the database code its writer shares with the page in db-core, 247.7 -> 245.8.
        // Then chart.js and the chart components (CHARTS) in helpers too: 249.5 -> 248.0.
        codeSplitting: {
          groups: [
            // the engine worker's database writer and the page's storage share these (src/app/engineWorkerBuild.ts),
            // with vite's preloading helper, which the worker imports too
            { name: 'db-core', test: (id) => ENGINE_WORKER.sharedWithPage(id), priority: 4 },
            // the rest of the writer, fetched by the worker when a first tick is saved (and by the page's own writers)
            { name: 'tickWriter', test: (id) => ENGINE_WORKER.inWriter(id) && !ENGINE_WORKER.sharedWithPage(id), priority: 3 },
            { name: 'index', tags: ['$initial'], test: pageOnly((id) => !id.includes('/offline/serviceWorker')), priority: 2 },
            // storage first: a group also takes the modules its own import (those not taken yet)
            { name: 'storage', test: pageOnly((id) => STORAGE.test(id)), priority: 1 },
            { name: 'helpers', test: pageOnly((id) => LEARNER_HELPERS.test(id) || LEARNER_SCREENS.test(id) || CHARTS.test(id)), priority: 1 },
            { name: 'frCore', test: pageOnly((id) => FRENCH_CORE.test(id)), priority: 1 },
            { name: 'frLearner', test: pageOnly((id) => FRENCH_LEARNER.test(id)), priority: 1 },
            { name: 'enLearner', test: pageOnly((id) => ENGLISH_LEARNER.test(id)), priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    testTimeout: 60_000,
    // vitest's default, 1 s, is short on a loaded machine (CI, stop 38)
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'], exclude: ['test/unit/**/*.svelte.test.ts'], setupFiles: ['test/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.ts', 'test/unit/**/*.svelte.test.ts'],
          setupFiles: ['test/setup.ts'],
        },
      },
    ],
  },
});
