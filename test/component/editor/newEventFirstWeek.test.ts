/**
 * « Ajouter un événement » gave a new event tick 1, which the form (since it speaks the game's numbering) shows as
 * « semaine 2 »: the default skipped the first week. A new shop event or competitor's move now starts at the game's
 * « Semaine 1 » (the file's tick 0), which the file format and the engine accept: it runs in the first period played.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { shopConditions } from '../../../src/engine/context.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

describe('a new event starts at the first week', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });
  afterEach(() => vi.restoreAllMocks());

  it('« semaine 1 » for a new shop event and a new competitor’s move, tick 0 in the file, played in the first period', async () => {
    const texts: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((text) => texts.push(text));
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario({ events: [] }) });

    await user.click(screen.getByRole('button', { name: 'Ajouter un événement' }));
    expect(document.getElementById('ed-events-0-tick')).toHaveValue('1');
    expect(screen.getByRole('button', { name: /^événement n° 1 · semaine 1 · Haute saison/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ajouter une action de concurrent n° 1' }));
    expect(document.getElementById('ed-competitors-0-events-1-tick')).toHaveValue('1');
    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Exporter en fichier JSON' }));
    await waitFor(() => expect(texts).toHaveLength(1));
    const parsed = parseScenario(texts[0]);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.text).join('; '));
    expect(parsed.scenario.events[0]!.tick).toBe(0);
    expect(parsed.scenario.competitors[0]!.events[1]!.tick).toBe(0);
    // the engine runs it in the first period played (tick 0), not in the history before it
    expect(shopConditions(parsed.scenario, 0).rate).toBeCloseTo(1.2);
    expect(shopConditions(parsed.scenario, -1).rate).toBe(1);
  });
});
