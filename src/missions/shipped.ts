/// <reference types="vite/client" />
/** The mission paths shipped with the app (scenarios/missions/*.json), bundled by Vite and validated once. */
import { shippedScenarios } from '../scenario/shipped.ts';
import { collectMissionPaths } from './load.ts';
import type { MissionPath } from './schema.ts';

const modules = import.meta.glob('/scenarios/missions/*.json', { eager: true, import: 'default' });

let cache: MissionPath[] | null = null;

export function shippedMissionPaths(): MissionPath[] {
  cache ??= collectMissionPaths(
    modules,
    shippedScenarios().scenarios.map((s) => s.scenario.id),
  ).paths;
  return cache;
}
