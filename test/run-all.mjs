// Runs every test of the project: type checks, unit and component tests (vitest + jsdom),
// then end-to-end tests in a real Chromium. Prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { ensureChromium } from './e2e/ensure-chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failures = [];
/** each failed test, named at the very end: CI shows only the output's last lines */
const failedTests = [];
/** each test that failed once and passed when run again (e2e retry), named at the end with its first failure */
const flakyTests = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function countVitest(label, file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numFailedTests > 0 || report.numTotalTestSuites === 0) failures.push(label);
    failedTests.push(...failedTestLines(report));
    flakyTests.push(...flakyTestLines(report));
    return report.numTotalTests > 0;
  } catch {
    failed += 1;
    failures.push(`${label} (pas de rapport)`);
    return false;
  }
}

/** « file › test : first line of the error » for each failed test or file that failed to load */
function failedTestLines(report) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const name = relative(process.cwd(), file.name);
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failed) lines.push(`${name} › ${test.fullName} : ${firstLine(test.failureMessages?.[0])}`);
    if (failed.length === 0 && file.status === 'failed') lines.push(`${name} : ${firstLine(file.message)}`);
  }
  return lines;
}

/** « file › test : its first failure's first line » for each test that passed only when run again, and what its page showed */
function flakyTestLines(report) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const name = relative(process.cwd(), file.name);
    for (const test of file.assertionResults ?? []) {
      const [failure, ...more] = test.status === 'passed' ? (test.failureMessages ?? []) : [];
      if (failure === undefined) continue;
      lines.push(`${name} › ${test.fullName} : ${firstLine(failure)}`);
      const shown = more.find((message) => message.includes('what the open pages showed'));
      if (shown) lines.push(...shown.split('\n').filter((line) => !line.trim().startsWith('at ')).slice(0, 12).map((line) => `    ${line}`));
    }
  }
  return lines;
}

function firstLine(text) {
  return String(text ?? '').split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 300) ?? '';
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

// 1. Types: the app (svelte-check) and the engine alone, without DOM types.
if (run('types + lint', 'npm', ['run', '--silent', 'check'])) passed += 1;
else {
  failed += 1;
  failures.push('types + lint');
}

// 2. Unit and component tests.
const unitOk = run('unit + component', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
countVitest('unit + component', 'test-results/unit.json');
if (!unitOk && !failures.includes('unit + component')) failures.push('unit + component');

// 3. End-to-end in real Chromium (IndexedDB, workers, canvas for real).
let e2eOk = false;
try {
  ensureChromium();
  e2eOk = run('e2e (Chromium)', bin('vitest'), [
    'run',
    '--config',
    'test/e2e/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/e2e.json',
  ]);
  countVitest('e2e', 'test-results/e2e.json');
} catch (error) {
  console.error(String(error));
  failed += 1;
  failures.push('e2e (Chromium absent)');
}
if (!e2eOk && !failures.some((f) => f.startsWith('e2e'))) failures.push('e2e');

// the tests passed on a second try first, the failures after them: CI shows only the output's last lines
const flaky = flakyTests.filter((line) => !line.startsWith('    ')).length;
if (flaky) console.log(`\nRéussis au second essai (instables : à comprendre, comptés réussis) :`);
for (const line of flakyTests) console.log(line.startsWith('    ') ? line : `  ~ ${line}`);
if (failures.length) console.log(`\nÉchecs : ${failures.join(', ')}`);
for (const line of failedTests) console.log(`  ✗ ${line}`);
console.log(`\n${passed} passed, ${failed} failed${flaky ? `, ${flaky} au second essai` : ''}`);
process.exit(failures.length === 0 && failed === 0 ? 0 : 1);
