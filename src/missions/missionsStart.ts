/**
 * What lazyMissions.svelte.ts loads in one chunk once missions are in use: the controller, its
 * progress in the browser and the shipped mission paths.
 */
import { MissionController } from './missionController.svelte.ts';
import { browserProgressStorage } from './progress.ts';

export { loadShippedMissionPaths } from './shipped.ts';

export function startMissions(deps: Omit<ConstructorParameters<typeof MissionController>[0], 'storage'>): { controller: MissionController; stop: () => void } {
  const controller = new MissionController({ ...deps, storage: browserProgressStorage() });
  return { controller, stop: controller.watch() };
}
