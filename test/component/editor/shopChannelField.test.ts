/** The editor sets where the shop sells (scenario `channel`, QA shops 7), and the exported file keeps it. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

describe('the editor’s « Vente (magasin ou en ligne) »', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });
  afterEach(() => vi.restoreAllMocks());

  it('chooses online, says what it changes, and the exported file says it', async () => {
    const user = userEvent.setup();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    const select = screen.getByRole('combobox', { name: /^Vente \(magasin ou en ligne\)/ });
    expect(select).toHaveAccessibleDescription(/aucun client ne préfère le magasin ni le courrier/);
    await user.selectOptions(select, 'en ligne');
    await user.click(screen.getByRole('button', { name: 'Exporter en fichier JSON' }));
    const parsed = parseScenario(await blob!.text());
    expect(parsed.ok && parsed.scenario.channel).toBe('online');
  });
});
