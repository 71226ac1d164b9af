/**
 * The shipped objectives are calibrated on each shop's default seed (course expert, M1): a class link
 * with another seed may let doing nothing meet them, or a good plan miss them. The teacher is warned
 * in the link form, and the learner's card says the « sans action » comparison is the fair measure.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ClassLinkBuilder from '../../../src/ui/presets/ClassLinkBuilder.svelte';
import ScenarioCard from '../../../src/ui/home/ScenarioCard.svelte';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import bakery from '../../../scenarios/boulangerie-du-marche.json';
import ObjectivesPanel from '../../../src/ui/dashboard/ObjectivesPanel.svelte';
import { evaluateObjectives } from '../../../src/engine/objectives.ts';

const SHOPS = [
  { id: 'boulangerie-du-marche', name: 'Boulangerie du Marché', missions: ['Lire la base clients'], defaultSeed: 1907 },
  { id: 'sport-et-cimes', name: 'Sport et Cimes', missions: [], defaultSeed: 7300 },
];
const scenario = bakery as unknown as Scenario;

function card(seed: number, seedFixed: boolean) {
  return { card: { scenario, chosen: false, seed, seedFixed, mode: null, locked: [] }, busy: false, onstart: () => {} };
}

describe('a class link seed other than the shop’s default', () => {
  afterEach(() => setLocale('fr'));

  it('warns the teacher in French, only when the seed differs from the chosen shop’s default', async () => {
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: SHOPS, base: 'https://ecole.example/', shop: 'boulangerie-du-marche' });
    const seedField = screen.getByLabelText('Graine');
    expect(screen.queryByText(/réglés sur sa graine par défaut/)).toBeNull();
    await user.type(seedField, '1907');
    expect(screen.queryByText(/réglés sur sa graine par défaut/)).toBeNull();
    await user.clear(seedField);
    await user.type(seedField, '42');
    const warning = screen.getByText(/les objectifs de ce commerce ont été réglés sur sa graine par défaut \(1907\)/);
    expect(warning).toHaveTextContent(/ne rien faire peut suffire à les atteindre, ou un bon plan les manquer/);
    expect(warning).toHaveTextContent(/gardez une seule graine pour toute la classe/);
    expect(warning).toHaveTextContent(/par rapport à une partie sans aucune action/);
    expect(seedField).toHaveAccessibleDescription(/réglés sur sa graine par défaut \(1907\)/);
    // the students choose the shop: each shop has its own default seed
    await user.selectOptions(screen.getByLabelText('Commerce'), '');
    expect(screen.getByText(/les objectifs de chaque commerce ont été réglés sur sa propre graine par défaut/)).toBeInTheDocument();
    await user.clear(seedField);
    expect(screen.queryByText(/graine par défaut/)).toBeNull();
  });

  it('warns the teacher in English', async () => {
    await loadLocale('en', 'missions');
    await loadLocale('en', 'teacher');
    await setLocale('en');
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: SHOPS, base: 'https://ecole.example/', shop: 'sport-et-cimes' });
    await user.type(screen.getByLabelText('Seed'), '42');
    expect(screen.getByText(/this shop’s objectives were set on its default seed \(7300\)/)).toHaveTextContent(/compared with a game with no action at all/);
  });

  it('tells the learner on the card, in French then English, when the seed is not the default', async () => {
    const { unmount } = render(ScenarioCard, card(1907, false));
    expect(screen.queryByText(/réglés pour une autre graine/)).toBeNull();
    unmount();
    render(ScenarioCard, card(42, true));
    expect(screen.getByText(/Ces objectifs ont été réglés pour une autre graine \(1907\)/)).toHaveTextContent(/par rapport à une partie sans aucune action/);
    await loadLocale('en', 'learner');
    await setLocale('en');
    expect(await screen.findByText(/These objectives were set for another seed \(1907\)/)).toHaveTextContent(/with no action at all/);
  });

  it('tells the learner who types another seed on a free card', async () => {
    const user = userEvent.setup();
    render(ScenarioCard, card(1907, false));
    const field = screen.getByLabelText('Graine du hasard');
    await user.clear(field);
    await user.type(field, '7');
    expect(screen.getByText(/réglés pour une autre graine \(1907\)/)).toBeInTheDocument();
  });

  it('says it in the objectives panel of a run on another seed, in French then English', async () => {
    const statuses = evaluateObjectives(scenario, []);
    const { unmount } = render(ObjectivesPanel, { statuses, tickUnit: scenario.tickUnit });
    expect(screen.queryByText(/autre graine/)).toBeNull();
    unmount();
    render(ObjectivesPanel, { statuses, tickUnit: scenario.tickUnit, otherSeedDefault: 1907 });
    expect(screen.getByText(/Objectifs réglés pour une autre graine \(1907\)/)).toHaveTextContent(/par rapport à une partie sans aucune action/);
    await loadLocale('en', 'learner');
    await setLocale('en');
    expect(await screen.findByText(/Objectives set for another seed \(1907\)/)).toHaveTextContent(/with no action at all/);
  });
});
