/// <reference types="vite/client" />
/**
 * The mission paths shipped with the app (scenarios/missions/*.json), loaded on demand (their
 * French and English texts stay out of the first download) and validated once.
 */
import { shippedScenarios } from '../scenario/shipped.ts';
import { collectMissionPaths } from './load.ts';
import type { MissionPath } from './schema.ts';

const modules = import.meta.glob('/scenarios/missions/*.json', { import: 'default' });

let cache: Promise<MissionPath[]> | null = null;

export function loadShippedMissionPaths(): Promise<MissionPath[]> {
  cache ??= Promise.all(Object.entries(modules).map(async ([file, load]) => [file, await load()] as const)).then(
    (entries) =>
      collectMissionPaths(
        Object.fromEntries(entries),
        shippedScenarios().scenarios.map((s) => s.scenario.id),
      ).paths,
  );
  return cache;
}
