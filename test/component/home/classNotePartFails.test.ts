/**
 * A home card under a class link whose texts (the class link's part, i18n/areas.ts PRESETS_AREAS) could not be downloaded:
 * its note still says a class link applies, in a sentence of the first screen's, and gives its own words once the part is
 * fetched again a while later. Before, the card had no note at all: nothing said the shop, seed or locks were the teacher's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import bakery from '../../../scenarios/boulangerie-du-marche.json';

const scenario = bakery as unknown as Scenario;
const linked = { scenario, chosen: true, seed: 42, seedFixed: true, mode: 'committed' as const, locked: ['enquete' as const], closed: ['enquete' as const] };

let cleanup = () => {};
afterEach(() => {
  cleanup();
  vi.doUnmock('../../../src/i18n/fr/presets.ts');
  vi.resetModules();
});

describe('a class link’s card without its texts’ part', () => {
  it('says a class link applies, then gives its note once the part comes', async () => {
    vi.resetModules();
    let fetches = 0;
    vi.doMock('../../../src/i18n/fr/presets.ts', async (importOriginal) => {
      fetches += 1;
      if (fetches === 1) throw new Error('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    // fresh modules: French's first screen only, as on the home page a class link opens
    const testing = await import('@testing-library/svelte');
    const { translate } = await import('../../../src/i18n/translate.ts');
    const locale = await import('../../../src/i18n/locale.svelte.ts');
    const { default: ScenarioCard } = await import('../../../src/ui/home/ScenarioCard.svelte');
    cleanup = testing.cleanup;
    await locale.setLocale('fr');
    testing.render(ScenarioCard, { card: linked, busy: false, onstart: () => {} });
    const note = () => plainSpaces(testing.screen.queryByTestId('class-note')?.textContent ?? '');
    await vi.waitFor(() => expect(note()).toBe(plainSpaces(translate('fr', 'home.classNoteUnloaded'))));
    expect(fetches).toBe(1);
    await vi.waitFor(() => expect(note()).toMatch(/^Commerce choisi par votre enseignant/), { timeout: 10_000 });
    expect(note()).toContain(plainSpaces(translate('fr', 'presets.classLocked', { tools: translate('fr', 'vocabulary.actionType.enquete') })));
    expect(fetches).toBe(2);
  });
});
