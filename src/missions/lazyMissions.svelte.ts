/**
 * The mission controller, loaded only when missions are in use: a mission in progress remembered
 * by the browser, a teacher's class link, the mission screen. A learner who plays freely downloads
 * none of the mission code (controller, progress schema, objective checks, paths). Until it loads
 * no mission can be running, so the missions lock no tool.
 */
import type { MissionController } from './missionController.svelte.ts';
import type { MissionPath } from './schema.ts';
import { OPEN_ACCESS, type ToolAccess } from './tools.ts';
import { PROGRESS_KEY, storedMissionShops } from './storedMission.ts';
import { scenarioOf, type HomeShop } from '../scenario/shopCard.ts';
import { pageLocalStorage, readItem } from '../app/pageStorage.ts';

type Started = typeof import('./missionsStart.ts');
type Deps = Omit<Parameters<Started['startMissions']>[0], 'scenarios'> & {
  /** the shops; a shipped shop's scenario loads with the mission code (a mission plays a cut of it) */
  scenarios: readonly HomeShop[];
  /** what the mission screens need besides their code (the learner's strings) */
  loadText: () => Promise<unknown>;
};

export class LazyMissions {
  /** the controller, once loaded */
  current = $state.raw<MissionController | null>(null);
  #deps: Deps;
  #ready: Promise<{ controller: MissionController; paths: (shops?: readonly string[]) => Promise<MissionPath[]> }> | null = null;
  #stop: (() => void) | null = null;

  constructor(deps: Deps) {
    this.#deps = deps;
  }

  /** The tools the mission being played leaves locked. */
  get access(): ToolAccess {
    return this.current?.access ?? OPEN_ACCESS;
  }

  /** Loads the controller (once) and the mission paths of `shops`, every shop's when none are given. */
  async load(shops?: readonly string[]): Promise<MissionController> {
    this.#ready ??= Promise.all([import('./missionsStart.ts'), Promise.all(this.#deps.scenarios.map(scenarioOf))]).then(
      ([{ startMissions, loadShippedMissionPaths }, scenarios]) => {
        const { controller, stop } = startMissions({ ...this.#deps, scenarios });
        this.#stop = stop;
        this.current = controller;
        return { controller, paths: loadShippedMissionPaths };
      },
      (error: unknown) => {
        this.#ready = null; // offline hiccup: the next call tries again
        throw error;
      },
    );
    const { controller, paths } = await this.#ready;
    await controller.load(() => Promise.all([paths(shops), this.#deps.loadText()]).then(([loaded]) => loaded));
    return controller;
  }

  /**
   * At startup: loads the missions in progress the browser remembers (their shops' paths), if any. The promise settles once
   * it is loaded, or could not be (a later load tries again), or at once when there is none; it never
   * rejects, so the page need not wait for it.
   */
  async resume(read: () => string | null = readProgress): Promise<void> {
    const shops = storedMissionShops(read());
    if (shops.length > 0) await this.load(shops).catch(() => {});
  }

  stop(): void {
    this.#stop?.();
  }
}

function readProgress(): string | null {
  return readItem(pageLocalStorage(), PROGRESS_KEY);
}
