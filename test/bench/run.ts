/**
 * `npm run bench [-- <substring>]`: runs every test/bench/*.bench.ts in name order. Each file's
 * default export receives `emit` (prints one JSON line with at least `name`) and the optional
 * filter from the command line. Exits non-zero when a bench throws or emits a result without
 * a name, after running the others, so one broken case does not hide the rest.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type BenchResult = Record<string, unknown> & { name: string };
export type Emit = (result: Record<string, unknown>) => void;
export type Bench = (emit: Emit, filter?: string) => Promise<void>;

/** Bench files of a folder, sorted by name. */
export function benchFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.bench.ts'))
    .sort()
    .map((file) => join(folder, file));
}

/** Run the given bench files; returns the number of failures. */
export async function runBenches(
  files: readonly string[],
  filter: string | undefined,
  print: (line: string) => void,
  report: (line: string) => void,
): Promise<number> {
  let failures = 0;
  for (const file of files) {
    const emit: Emit = (result) => {
      if (typeof result.name !== 'string' || result.name === '') {
        failures++;
        report(`${file} : résultat sans nom (champ "name" obligatoire) : ${JSON.stringify(result)}`);
        return;
      }
      print(JSON.stringify(result));
    };
    try {
      const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
      if (typeof module.default !== 'function') throw new Error('pas de fonction exportée par défaut');
      await (module.default as Bench)(emit, filter);
    } catch (error) {
      failures++;
      report(`${file} : échec du benchmark : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return failures;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const filter = process.argv[2] || undefined;
  const folder = dirname(fileURLToPath(import.meta.url));
  const failures = await runBenches(
    benchFiles(folder),
    filter,
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
  process.exit(failures === 0 ? 0 : 1);
}
