/**
 * `npx tsx src/cli/scenarioHistory.ts`: rewrites src/scenario/shippedHistory.json, the fingerprint
 * of every version each shipped scenario (scenarios/*.json) has had, newest first: the file as it
 * is now, then each version git has of it. The class view tells a result file played on an earlier
 * shipped version (the app retuned an objective since) from a scenario someone edited
 * (src/results/editedScenario.ts). A version is fingerprinted as the class view fingerprints a
 * result file's scenario: parsed, defaults applied (src/results/fingerprint.ts); a version the
 * current format refuses is left out (no result file can hold it today). Run it after changing a
 * shipped scenario (test/unit/scenario/shippedHistory.test.ts fails until then). Node only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseScenario } from '../scenario/load.ts';
import { scenarioFiles } from '../scenario/shippedBuild.ts';
import { fingerprint } from '../results/fingerprint.ts';

const root = process.cwd();
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The fingerprint of a scenario file's text, or null when the current format refuses it. */
function fingerprintOf(text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = parseScenario(data);
  return parsed.ok ? fingerprint(parsed.scenario) : null;
}

const history: Record<string, string[]> = {};
for (const path of scenarioFiles(join(root, 'scenarios'))) {
  const file = `scenarios/${basename(path)}`;
  const current = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!current.ok) throw new Error(`${file}: not a valid scenario`);
  const versions = [fingerprint(current.scenario)];
  for (const commit of git('log', '--format=%H', '--', file).split('\n').filter(Boolean)) {
    const hash = fingerprintOf(git('show', `${commit}:${file}`));
    if (hash !== null && !versions.includes(hash)) versions.push(hash);
  }
  history[current.scenario.id] = versions;
}
writeFileSync(join(root, 'src/scenario/shippedHistory.json'), `${JSON.stringify(history, null, 2)}\n`);
console.log(Object.entries(history).map(([id, versions]) => `${id}: ${versions.length}`).join('\n'));
