/**
 * The editor checks the objectives against the game played with no action (QA qa30editor Major 2, Minor 3):
 * once the draft's game is played, the teacher's 30 000 € of net margin is flagged with the 7 404 € doing
 * nothing gives, and « Nombre de clients au départ » says how many customers are active once the game runs.
 * A pasted « 2 000 € » and a date typed « 04/01/2027 » are taken (Minors 4 and 8).
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { engineReplayer, type ReplayRequest } from '../../../src/results/replay.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';

const cave = JSON.parse(readFileSync('test/fixtures/cave-des-canuts.json', 'utf8')) as Scenario;
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('the editor’s remarks from the game with no action', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('flags the net margin objective with what doing nothing gives, and says the active customers at « Nombre de clients au départ »', async () => {
    const asked: ReplayRequest[] = [];
    const replay = engineReplayer(engine);
    render(ScenarioEditorScreen, { initial: cave, replayer: (request) => (asked.push(request), replay(request)) });
    const remarks = await screen.findByRole('list', { name: frenchText`Remarques :` }, { timeout: 15_000 });
    expect(await within(remarks).findByRole('link', { name: /^objectif n° 2 › valeur à atteindre\u00a0: Objectif sans doute hors d’atteinte\. Sans aucune action, la partie \(graine 1907\) donne 7\s404\s€ à l’échéance \(semaine 52\)/ }, { timeout: 15_000 })).toBeInTheDocument();
    // the game asked: the shop's default seed, no decision, its whole length
    expect(asked.at(-1)).toMatchObject({ seed: 1907, ticks: 52, decisions: [] });
    expect(field('ed-customers-initial')).toHaveAccessibleDescription(
      /^Compte aussi les anciens clients que l’historique généré a déjà perdus ou endormis\s: sans aucune action, la partie \(graine 1907\) compte 1\s208 clients actifs à la fin de la semaine 1\.$/,
    );
  });

  it('says « vérification… » while the game is played, and none of the rough estimate’s figures until it comes (review m2)', async () => {
    const bakery = shippedScenarios().scenarios.find((s) => s.scenario.id === 'boulangerie-du-marche')!.scenario;
    // half the bakery's base: the rough estimate would flag its 2 330 active customers and 152 000 € of net margin
    const half: Scenario = { ...bakery, id: 'demi-boulangerie', customers: { ...bakery.customers, initial: 1500 } };
    const replay = engineReplayer(engine);
    let play: () => void = () => {};
    render(ScenarioEditorScreen, { initial: half, replayer: (request) => new Promise((resolve) => (play = () => void replay(request).then(resolve))) });
    const status = screen.getByTestId('editor-no-action-status');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent('Vérification des objectifs sur la partie sans action…');
    expect(screen.queryByRole('link', { name: /hors d’atteinte/ })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.queryByRole('link', { name: /hors d’atteinte/ })).toBeNull();
    play();
    // the game's figures, not the estimate's
    expect(await screen.findByRole('link', { name: /^objectif n° 1 › valeur à atteindre\u00a0: Objectif sans doute hors d’atteinte\. Sans aucune action, la partie/ }, { timeout: 15_000 })).toBeInTheDocument();
    // « vérification… » closed by its end, with the count of remarks (qa32keyboard m2)
    await waitFor(() => expect(status).toHaveTextContent(/^Vérification terminée\s?: \d+ remarques?/));
    expect(screen.queryByRole('link', { name: /estimation grossière|clients du départ \(anciens clients/ })).toBeNull();
  });

  it('keeps the rough estimate when the game cannot be played', async () => {
    const bakery = shippedScenarios().scenarios.find((s) => s.scenario.id === 'boulangerie-du-marche')!.scenario;
    const half: Scenario = { ...bakery, id: 'demi-boulangerie', customers: { ...bakery.customers, initial: 1500 } };
    render(ScenarioEditorScreen, { initial: half, replayer: () => Promise.reject(new Error('no engine')) });
    expect(await screen.findByRole('link', { name: /^objectif n° 2 › valeur à atteindre\u00a0: Objectif sans doute hors d’atteinte\. La cible demande 152\s000 € de marge nette cumulée, alors qu’une estimation grossière/ }, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByTestId('editor-no-action-status')).toHaveTextContent(/^$/);
  });

  it('takes « 2 000 € » in a money field and « 04/01/2027 » as the start date', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: cave, replayer: () => new Promise(() => {}) });
    expect(field('ed-customers-initial')).toHaveAccessibleDescription(/^Compte aussi les anciens clients que l’historique généré a déjà perdus ou endormis\s: la partie commence avec moins de clients actifs\.$/);
    await user.clear(field('ed-budget-initial'));
    await user.type(field('ed-budget-initial'), '2 500 €');
    expect(field('ed-budget-initial')).toHaveAttribute('aria-invalid', 'false');
    await user.clear(field('ed-startDate'));
    await user.type(field('ed-startDate'), '04/01/2027');
    expect(field('ed-startDate')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();
  });
});
