/**
 * docdrift #2: a competitor is in the market from the start (competitorOpen.ts); the editor says so where the
 * author writes its moves, and how to write one that arrives later (fermeture first, then ouverture), which still
 * pulled during the history before the start (review5 #3: stepHistory ignores competitor events).
 */
import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

describe('the editor’s competitor moves', () => {
  beforeEach(() => localStorage.clear());

  it('say that an ouverture not after a fermeture opens nothing (fr)', async () => {
    await setLocale('fr');
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    const moves = screen.getByRole('group', { name: 'Actions de ce concurrent' });
    expect(within(moves).getByText(/sur le marché dès le début/)).toHaveTextContent(
      /ne suit pas une fermeture .* elle n’ouvre rien\. Pour un concurrent qui arrive plus tard : une fermeture dès le début de la partie, puis une ouverture \(il n’imite pas les avantages lancés avant, mais il a attiré pendant l’historique avant le départ\)\.$/,
    );
  });

  it('and in English', async () => {
    await setLocale('en');
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    const moves = screen.getByRole('group', { name: 'Moves of this competitor' });
    expect(within(moves).getByText(/in the market from the start/)).toHaveTextContent(
      /it opens nothing\. For a competitor that arrives later: a closing at the very start of the game, then an opening \(it does not imitate the advantages launched before, but it pulled during the history before the start\)\.$/,
    );
  });
});
