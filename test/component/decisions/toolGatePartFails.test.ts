/**
 * A locked tool whose note's part (the class link's texts, i18n/areas.ts PRESETS_AREAS) could not be downloaded: the tool
 * still says it is locked, with the learner part's shorter note, and its own note comes when the part is fetched again
 * a while later. Before, the disabled tool had no word of why, for good (review8 #5).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';

let cleanup = () => {};
afterEach(() => {
  cleanup();
  vi.doUnmock('../../../src/i18n/fr/presets.ts');
  vi.resetModules();
});

describe('a locked tool without its note’s part', () => {
  it('says it is locked, then gives its own note once the part comes', async () => {
    vi.resetModules();
    let fetches = 0;
    vi.doMock('../../../src/i18n/fr/presets.ts', async (importOriginal) => {
      fetches += 1;
      if (fetches === 1) throw new Error('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    // fresh modules: what a learner has on the decisions screen (test/setup.ts registers whole languages in the shared one)
    const testing = await import('@testing-library/svelte');
    const { createRawSnippet } = await import('svelte');
    const { translate } = await import('../../../src/i18n/translate.ts');
    const locale = await import('../../../src/i18n/locale.svelte.ts');
    const { default: ToolGate } = await import('../../../src/ui/decisions/ToolGate.svelte');
    cleanup = testing.cleanup;
    await locale.setLocale('fr');
    await locale.loadLocale('fr');
    const children = createRawSnippet(() => ({ render: () => '<button type="button">Lancer l’enquête</button>' }));
    const { container } = testing.render(ToolGate, { tool: 'enquete', access: { locked: ['enquete'], hidden: [] }, children });
    const legend = () => plainSpaces(container.querySelector('[data-locked-tool="enquete"] legend')?.textContent ?? '');
    expect(testing.screen.getByRole('button', { name: 'Lancer l’enquête' })).toBeDisabled();
    await vi.waitFor(() => expect(fetches).toBe(1));
    expect(legend()).toBe(plainSpaces(translate('fr', 'decisions.toolLocked')));
    await vi.waitFor(() => expect(legend()).toBe(plainSpaces(translate('fr', 'presets.toolLocked'))), { timeout: 10_000 });
    expect(fetches).toBe(2);
  });
});
