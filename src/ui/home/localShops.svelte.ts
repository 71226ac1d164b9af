/**
 * The shops a teacher made in the scenario editor and saved without errors in this browser
 * (src/scenario/localScenarios.ts), as the home page lists them: beside the shipped shops, marked,
 * deleted only after a confirmation. The list is a plain localStorage read (no scenario checker on
 * the learner's page); the checker comes, in its own chunk, only when such a shop is started: its
 * draft is checked again (the app or the stored entry may have changed since it was saved).
 */
import { deleteSaved, playableShops, type PlayableShop } from '../../scenario/localScenarios.ts';
import type { Scenario } from '../../scenario/schema.ts';

export class LocalShops {
  list = $state.raw<PlayableShop[]>([]);
  /** the shop whose deletion waits for the teacher's confirmation */
  deleting = $state.raw<PlayableShop | null>(null);
  readonly #storage: Storage | null;

  constructor(storage: Storage | null) {
    this.#storage = storage;
    this.refresh();
  }

  refresh(): void {
    this.list = playableShops(this.#storage);
  }

  askDelete(shop: PlayableShop): void {
    this.deleting = shop;
  }

  cancel(): void {
    this.deleting = null;
  }

  /** Deletes the shop waiting for confirmation: its saved name and whether the storage took it, or null if none waited. */
  confirmDelete(): { name: string; ok: boolean } | null {
    const shop = this.deleting;
    this.deleting = null;
    if (!shop) return null;
    const result = deleteSaved(this.#storage, shop.name);
    this.refresh();
    return { name: shop.name, ok: result.ok };
  }
}

/** The scenario to play from a saved shop, its draft checked again; null when it no longer passes. */
export async function checkedShop(shop: PlayableShop): Promise<Scenario | null> {
  const { parseScenario } = await import('../../scenario/load.ts');
  const result = parseScenario(shop.draft, 'fr');
  return result.ok ? result.scenario : null;
}
