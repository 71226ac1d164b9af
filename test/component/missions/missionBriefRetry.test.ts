/**
 * The mission card's « Recommencer la mission N » on a succeeded mission asks first, as the bilan's button does (QA qa19
 * F4): « Rendre mon travail » would then hand in the new game (review2 #7). A mission not succeeded starts at once.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MissionBrief from '../../../src/ui/missions/MissionBrief.svelte';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const SHOP = 'boulangerie-du-marche';

async function brief(succeeded: boolean) {
  const path = (await loadShippedMissionPaths()).find((p) => p.scenario === SHOP)!;
  const base = shippedScenarioList().find((s) => s.id === SHOP)!;
  const onstart = vi.fn();
  render(MissionBrief, { path, index: 1, base, canStart: true, played: true, succeeded, busy: false, onstart });
  return onstart;
}

describe('the mission card’s restart', () => {
  beforeEach(() => setLocale('fr'));
  afterEach(() => cleanup());

  it('asks first on a succeeded mission: « Annuler » keeps it, « Recommencer quand même » starts it', async () => {
    const user = userEvent.setup();
    const onstart = await brief(true);
    await user.click(screen.getByRole('button', { name: 'Recommencer la mission 2' }));
    expect(onstart).not.toHaveBeenCalled();
    const question = screen.getByRole('group', { name: /Vous avez réussi cette mission/ });
    expect(within(question).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: 'Recommencer la mission 2' })).toHaveFocus();
    expect(onstart).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Recommencer la mission 2' }));
    await user.click(screen.getByRole('button', { name: 'Recommencer quand même' }));
    expect(onstart).toHaveBeenCalledOnce();
  });

  it('starts at once a mission not succeeded', async () => {
    const user = userEvent.setup();
    const onstart = await brief(false);
    await user.click(screen.getByRole('button', { name: 'Recommencer la mission 2' }));
    expect(onstart).toHaveBeenCalledOnce();
    expect(screen.queryByRole('group')).toBeNull();
  });
});

/**
 * A mission in progress (QA qa27missions m8): the card's main button goes on (« Continuer la mission N »), « Recommencer »
 * is a plain button, and with periods played it asks first, saying what is left behind.
 */
describe('the mission card of a mission in progress', () => {
  beforeEach(() => setLocale('fr'));
  afterEach(() => cleanup());

  async function playing(ticks: number) {
    const path = (await loadShippedMissionPaths()).find((p) => p.scenario === SHOP)!;
    const base = shippedScenarioList().find((s) => s.id === SHOP)!;
    const onstart = vi.fn();
    const oncontinue = vi.fn();
    render(MissionBrief, { path, index: 1, base, canStart: true, played: true, busy: false, playing: ticks, onstart, oncontinue });
    return { onstart, oncontinue };
  }

  it('makes « Continuer la mission 2 » the main button, « Recommencer » a secondary one', async () => {
    const user = userEvent.setup();
    const { onstart, oncontinue } = await playing(3);
    const go = screen.getByRole('button', { name: 'Continuer la mission 2' });
    expect(go).toHaveClass('primary');
    expect(screen.getByRole('button', { name: 'Recommencer la mission 2' })).not.toHaveClass('primary');
    await user.click(go);
    expect(oncontinue).toHaveBeenCalledOnce();
    expect(onstart).not.toHaveBeenCalled();
  });

  it('asks before restarting once periods are played, and says they stay in the saved game', async () => {
    const user = userEvent.setup();
    const { onstart } = await playing(3);
    await user.click(screen.getByRole('button', { name: 'Recommencer la mission 2' }));
    expect(onstart).not.toHaveBeenCalled();
    const question = screen.getByRole('group', { name: /déjà joué 3 semaines de cette mission.*nouvelle partie à la semaine 1.*Parties enregistrées/ });
    await user.keyboard('{Escape}');
    expect(question).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recommencer la mission 2' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Recommencer quand même' }));
    expect(onstart).toHaveBeenCalledOnce();
  });

  it('restarts at once with no period played yet (nothing lost)', async () => {
    const user = userEvent.setup();
    const { onstart } = await playing(0);
    await user.click(screen.getByRole('button', { name: 'Recommencer la mission 2' }));
    expect(onstart).toHaveBeenCalledOnce();
  });
});
