/**
 * The shipped objectives are calibrated on each shop's default seed (course expert, M1): on another
 * seed their figure targets are adjusted by what doing nothing gives there (src/engine/seedTargets.ts).
 * The link form and the learner's card say they will be; the objectives panel says by how much and why.
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
import { withSeedTargets, type SeedAdjustment } from '../../../src/engine/seedTargets.ts';

const SHOPS = [
  { id: 'boulangerie-du-marche', name: 'Boulangerie du Marché', missions: ['Lire la base clients'], defaultSeed: 1907 },
  { id: 'sport-et-cimes', name: 'Sport et Cimes', missions: [], defaultSeed: 7300 },
];
const scenario = bakery as unknown as Scenario;

function card(seed: number, seedFixed: boolean) {
  return { card: { scenario, chosen: false, seed, seedFixed, mode: null, locked: [], closed: [] }, busy: false, onstart: () => {} };
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
    const warning = screen.getByText(/Les objectifs de ce commerce sont réglés sur sa graine par défaut \(1907\)/);
    expect(warning).toHaveTextContent(/est ajusté au début de la partie de ce que cette graine donne sans aucune action/);
    expect(warning).toHaveTextContent(/un plan doit y battre « ne rien faire » du même écart qu’à la graine 1907/);
    expect(warning).toHaveTextContent(/gardez une seule graine pour toute la classe/);
    expect(warning).not.toHaveTextContent(/ne rien faire peut suffire/);
    expect(seedField).toHaveAccessibleDescription(/réglés sur sa graine par défaut \(1907\)/);
    // the students choose the shop: each shop has its own default seed
    await user.selectOptions(screen.getByLabelText('Commerce du lien de classe'), '');
    expect(screen.getByText(/Les objectifs de chaque commerce sont réglés sur sa propre graine par défaut/)).toBeInTheDocument();
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
    expect(screen.getByText(/This shop’s objectives are set on its default seed \(7300\)/)).toHaveTextContent(
      /adjusted when the game starts by what that seed gives with no action at all/,
    );
  });

  it('tells the learner on the card, in French then English, when the seed is not the default', async () => {
    const { unmount } = render(ScenarioCard, card(1907, false));
    expect(screen.queryByText(/réglés pour la graine/)).toBeNull();
    unmount();
    render(ScenarioCard, card(42, false));
    expect(screen.getByText(/Ces objectifs sont réglés pour la graine 1907/)).toHaveTextContent(
      /seront ajustés au début de la partie de ce qu’elle donne sans aucune action/,
    );
    await loadLocale('en', 'learner');
    await setLocale('en');
    expect(await screen.findByText(/These objectives are set for seed 1907/)).toHaveTextContent(
      /will be adjusted when the game starts by what it gives with no action at all/,
    );
  });

  it('tells the students of a class link without the seed’s jargon, in French then English (QA qa31lesson n4)', async () => {
    render(ScenarioCard, card(42, true));
    const note = await screen.findByText(/^Objectifs ajustés pour cette séance/);
    expect(note).toHaveTextContent(/les cibles chiffrées ci-dessus \(marge, clients actifs…\) changeront au début de la partie, et le tableau de bord dira de combien\.$/);
    expect(note).not.toHaveTextContent(/graine|1907/i);
    await loadLocale('en', 'learner');
    await setLocale('en');
    expect(await screen.findByText(/^Objectives adjusted for this session/)).not.toHaveTextContent(/seed|1907/i);
  });

  it('tells the learner who types another seed on a free card', async () => {
    const user = userEvent.setup();
    render(ScenarioCard, card(1907, false));
    const field = screen.getByLabelText('Graine du hasard');
    await user.clear(field);
    await user.type(field, '7');
    expect(screen.getByText(/réglés pour la graine 1907/)).toBeInTheDocument();
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

  it('says in the objectives panel of an adjusted run each target before and after, and why, in French then English', async () => {
    const seedTargets: SeedAdjustment = {
      seed: 1,
      defaultSeed: 1907,
      objectives: [
        { id: 'actifs', base: 2330, target: 2327, noAction: 2164, noActionDefault: 2167 },
        { id: 'marge', base: 152_000, target: 170_505, noAction: 161_966.3, noActionDefault: 143_461.2 },
      ],
    };
    const statuses = evaluateObjectives(withSeedTargets(scenario, seedTargets), []);
    render(ObjectivesPanel, { statuses, tickUnit: scenario.tickUnit, otherSeedDefault: 1907, seedTargets });
    expect(screen.getByText(/Objectifs ajustés à la graine 1 : ceux du commerce sont réglés pour la graine 1907/)).toHaveTextContent(
      /battre « ne rien faire » du même écart qu’à la graine 1907/,
    );
    expect(screen.queryByText(/réglés pour une autre graine/)).toBeNull();
    // whitespace normalised: French spaces around « : » and in numbers
    expect(document.querySelector('[data-objective="marge"] .adjusted')).toHaveTextContent(
      /^Objectif ajusté à la graine 1 : ≥ 152 000 € → ≥ 170 505 € \(sans action, cette graine rapporte 18 505 € de plus que la graine de référence\)$/,
    );
    expect(document.querySelector('[data-objective="marge"]')).toHaveTextContent(/Cible : ≥ 170 505 €/);
    expect(document.querySelector('[data-objective="actifs"] .adjusted')?.textContent).toMatch(
      /^Objectif ajusté à la graine 1\u00a0: ≥ 2\u202f330 → ≥ 2\u202f327 \(sans action, cette graine en compte 3 de moins que la graine de référence\)$/,
    );
    // the measured satisfaction is not adjusted: no line
    expect(document.querySelector('[data-objective="satisfaction"] .adjusted')).toBeNull();
    await loadLocale('en', 'learner');
    await setLocale('en');
    expect(
      await screen.findByText(/Objective adjusted to seed 1: ≥ €152,000 → ≥ €170,505 \(with no action, this seed earns €18,505 more than on the reference seed\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Objectives adjusted to seed 1: the shop’s are set for seed 1907/)).toBeInTheDocument();
  });
});
