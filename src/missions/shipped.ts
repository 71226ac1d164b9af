/// <reference types="vite/client" />
/**
 * The mission paths shipped with the app (scenarios/missions/<shop id>.json), loaded on demand:
 * one shop's file when a mission run or a class link needs it, all of them for the mission
 * screen. A learner who only plays freely downloads none of them. Each file is validated once.
 */
import { shippedShops } from '../scenario/shippedShops.ts';
import { parseMissionPath } from './load.ts';
import type { MissionPath } from './schema.ts';

const modules = import.meta.glob('/scenarios/missions/*.json', { import: 'default' });

const fileOf = (shopId: string) => `/scenarios/missions/${shopId}.json`;
const cache = new Map<string, Promise<MissionPath | null>>();

function loadFile(file: string): Promise<MissionPath | null> {
  let pending = cache.get(file);
  if (!pending) {
    pending = modules[file]().then((data) => {
      const result = parseMissionPath(
        data,
        shippedShops().map((s) => s.id),
      );
      return result.ok ? result.path : null;
    });
    pending.catch(() => cache.delete(file)); // offline hiccup: the next call tries again
    cache.set(file, pending);
  }
  return pending;
}

/** The valid paths of the given shops (every shop's when none is given), in file order. Shops without a file are skipped. */
export async function loadShippedMissionPaths(shopIds?: readonly string[]): Promise<MissionPath[]> {
  const files = Object.keys(modules)
    .sort()
    .filter((file) => !shopIds || shopIds.some((id) => fileOf(id) === file));
  const paths = await Promise.all(files.map(loadFile));
  return paths.filter((p): p is MissionPath => p !== null);
}
