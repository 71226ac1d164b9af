/**
 * Reading mission path files: validation with French messages, and the check that each path
 * plays a known scenario. Pure (no Vite), so it is tested under Node; shipped.ts bundles the files.
 */
import { z } from 'zod/mini';
import { missionPathSchema, type MissionPath } from './schema.ts';
import { frenchText } from '../i18n/frenchSpacing.ts';

export type MissionPathResult = { ok: true; path: MissionPath } | { ok: false; errors: string[] };

export function parseMissionPath(data: unknown, scenarioIds: readonly string[]): MissionPathResult {
  const parsed = missionPathSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: [z.prettifyError(parsed.error)] };
  if (!scenarioIds.includes(parsed.data.scenario)) return { ok: false, errors: [frenchText`scénario inconnu : ${parsed.data.scenario}`] };
  return { ok: true, path: parsed.data };
}

/** Validates bundled files (path -> JSON); the unit tests keep `broken` empty. */
export function collectMissionPaths(files: Record<string, unknown>, scenarioIds: readonly string[]): { paths: MissionPath[]; broken: { file: string; errors: string[] }[] } {
  const paths: MissionPath[] = [];
  const broken: { file: string; errors: string[] }[] = [];
  for (const [file, data] of Object.entries(files)) {
    const result = parseMissionPath(data, scenarioIds);
    if (result.ok) paths.push(result.path);
    else broken.push({ file, errors: result.errors });
  }
  return { paths, broken };
}
