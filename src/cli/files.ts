/**
 * Reading scenario and decisions files from disk for the command line (Node only). A missing or
 * unreadable file (or a folder) becomes one French message like any other validation problem, never
 * a crash. A run file the app exports (`fidelis-run`) or a result file (`fidelis-result`) is read
 * too: its `scenario` or `decisions` field, with a note saying so and how to replay it exactly.
 */
import { readFileSync } from 'node:fs';
import { parseScenario, type ScenarioParseResult } from '../scenario/load.ts';
import { parseDecisions, type DecisionsParseResult } from '../scenario/loadDecisions.ts';
import type { FileProblem } from '../scenario/validate.ts';
import { scenario as texts } from '../i18n/fr/scenario.ts';
import { pluralForm } from '../i18n/plural.ts';

type ReadResult = { ok: true; text: string } | { ok: false; errors: FileProblem[] };

function fileProblem(message: string): FileProblem {
  return { severity: 'error', path: [], where: texts.error.root, field: '', message, text: message };
}

function readText(path: string): ReadResult {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? texts.error.fileMissing.replace('{{file}}', path)
        : code === 'EISDIR'
          ? texts.error.isFolder.replace('{{file}}', path)
          : texts.error.readFailed.replace('{{file}}', path).replace('{{reason}}', code ?? String(error));
    return { ok: false, errors: [fileProblem(message)] };
  }
}

const APP_FILE_FORMATS: readonly unknown[] = ['fidelis-run', 'fidelis-result'];

/** The parsed document when the text is a run or result file the app exports; null otherwise (then the text is validated as it is, with its lines). */
function appFile(text: string): Record<string, unknown> | null {
  if (!/"format"\s*:\s*"fidelis-(run|result)"/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && APP_FILE_FORMATS.includes((value as Record<string, unknown>).format)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function note(text: string): FileProblem {
  return { ...fileProblem(text), severity: 'warning' };
}

/** The options that replay an app file's run exactly: its seed, and its customer count when it says one. */
function replayOptions(file: Record<string, unknown>): string {
  const run = file.run as Record<string, unknown> | undefined;
  const customers = file.format === 'fidelis-run' ? run?.customerCount : file.customers;
  return [`--seed ${String(file.seed)}`, typeof customers === 'number' ? `--customers ${customers}` : ''].filter(Boolean).join(' ');
}

/**
 * What was read from an app file, named as the app names it (QA qa28whatif m5: « fichier de partie » for a handed-in
 * result file too, which the class view insists is not one): a game exported from the home screen, or a result file.
 */
function fileNote(template: string, path: string, file: Record<string, unknown>): string {
  const kind = file.format === 'fidelis-result' ? texts.error.resultFile : texts.error.runFile;
  return template.replace('{{file}}', path).replace('{{kind}}', kind);
}

/** Read and validate a scenario file (or the scenario of a run or result file). */
export function loadScenarioFile(path: string): ScenarioParseResult {
  const read = readText(path);
  if (!read.ok) return read;
  const file = appFile(read.text);
  if (!file) return parseScenario(read.text);
  const parsed = parseScenario(file.scenario);
  return parsed.ok ? { ...parsed, warnings: [note(fileNote(texts.error.runFileScenario, path, file)), ...parsed.warnings] } : parsed;
}

/** Read and validate a decisions log file (or the decisions of a run or result file). */
export function loadDecisionsFile(path: string): DecisionsParseResult {
  const read = readText(path);
  if (!read.ok) return read;
  const file = appFile(read.text);
  if (!file) return parseDecisions(read.text);
  const parsed = parseDecisions(file.decisions);
  return parsed.ok ? { ...parsed, warnings: [note(fileNote(texts.error.runFileDecisions, path, file).replace('{{replay}}', replayOptions(file))), ...parsed.warnings] } : parsed;
}

/** The problems of a failed load, as lines for stderr, headed by the file name. */
export function describeProblems(path: string, problems: readonly FileProblem[]): string {
  const head = texts.error[`summaryErrors${pluralForm('fr', problems.length)}`].replace('{{count}}', String(problems.length)).replace('{{file}}', path);
  return [head, ...problems.map((p) => `  - ${p.text}`)].join('\n');
}
