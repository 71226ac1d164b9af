/**
 * Reading scenario and decisions files from disk for the command line (Node only). A missing or
 * unreadable file becomes one French message like any other validation problem, never a crash.
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
        : texts.error.readFailed.replace('{{file}}', path).replace('{{reason}}', code ?? String(error));
    return { ok: false, errors: [fileProblem(message)] };
  }
}

/** Read and validate a scenario file. */
export function loadScenarioFile(path: string): ScenarioParseResult {
  const read = readText(path);
  return read.ok ? parseScenario(read.text) : read;
}

/** Read and validate a decisions log file. */
export function loadDecisionsFile(path: string): DecisionsParseResult {
  const read = readText(path);
  return read.ok ? parseDecisions(read.text) : read;
}

/** The problems of a failed load, as lines for stderr, headed by the file name. */
export function describeProblems(path: string, problems: readonly FileProblem[]): string {
  const head = texts.error[`summaryErrors${pluralForm('fr', problems.length)}`].replace('{{count}}', String(problems.length)).replace('{{file}}', path);
  return [head, ...problems.map((p) => `  - ${p.text}`)].join('\n');
}
