/**
 * What a teacher's class link (src/presets/presets.ts) sets on the home screen: the shop it names
 * comes first and is marked as chosen (the home page folds the others under « Autres commerces »),
 * its seed is the seed of every card (fixed, so the whole class plays the same run), its mode is the
 * mode of the run started, and its locked tools are named on every card (hidden ones are not named,
 * as on the decisions screen). Pure, for the cards.
 */
import type { ResultMode } from '../../results/resultFileSchema.ts';
import type { Tool } from '../../missions/tools.ts';
import type { Presets } from '../../presets/presets.ts';
import type { ShopCard } from '../../scenario/shopCard.ts';

/** `S`: the shop the card starts (a shipped shop's card, a linked or local shop's whole scenario). */
export interface CardChoice<S extends ShopCard = ShopCard> {
  scenario: S;
  /** the class link names this shop */
  chosen: boolean;
  /** the seed the card starts with; `seedFixed` when the link set it */
  seed: number;
  seedFixed: boolean;
  mode: ResultMode | null;
  /** tools the link locks (shown, not usable); hidden ones are left out */
  locked: Tool[];
  /** tools the link locks or hides: none usable (an objective that needs one cannot be met or is harder: objectiveLock) */
  closed: Tool[];
}

export function cardChoices<S extends ShopCard>(
  scenarios: readonly S[],
  presets: (Pick<Presets, 'shop' | 'seed' | 'mode'> & Partial<Pick<Presets, 'lock' | 'hide'>>) | null | undefined,
): CardChoice<S>[] {
  const hidden = presets?.hide ?? [];
  const locked = (presets?.lock ?? []).filter((tool) => !hidden.includes(tool));
  const cards = scenarios.map((scenario) => ({
    scenario,
    chosen: presets?.shop === scenario.id,
    seed: presets?.seed ?? scenario.defaultSeed,
    seedFixed: presets?.seed !== undefined,
    mode: presets?.mode ?? null,
    locked,
    closed: [...new Set([...(presets?.lock ?? []), ...hidden])],
  }));
  // the chosen shop first, the others in their order
  return [...cards.filter((c) => c.chosen), ...cards.filter((c) => !c.chosen)];
}
