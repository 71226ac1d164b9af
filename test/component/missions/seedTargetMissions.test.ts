/**
 * A mission's figure follows the run's seed (src/engine/seedTargets.ts): on a run whose seed moved it,
 * the mission's brief, banner sentence and bilan say the target the run is graded on (« passe sous
 * 987 € », « cible ≥ 987 € »), with the line that says why, not the mission file's 1 000 €. Before the
 * run, on a class link's other seed, the brief writes the figure the engine works out for the mission's
 * run, and says it will be adjusted when the mission starts until it has it (or if it cannot have it).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import MissionBrief from '../../../src/ui/missions/MissionBrief.svelte';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import type { SeedAdjustment } from '../../../src/engine/seedTargets.ts';
import { actionSchema, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { renderMissionDebrief, shippedShop } from '../../fixtures/missionDebrief.ts';

const bakery = () => shippedShop('boulangerie-du-marche');
// mission 2, « Un avantage financier ciblé »: keep at least 1 000 € of budget after 4 weeks
const INDEX = 1;
const seedTargets: SeedAdjustment = {
  seed: 1,
  defaultSeed: 1907,
  objectives: [{ id: 'avantage-financier', base: 1000, target: 987, noAction: 5987, noActionDefault: 6000 }],
};

describe('a mission’s figure on a run whose seed moved it', () => {
  afterEach(() => setLocale('fr'));

  it('the brief of the mission’s run writes the adjusted figure, with why, in French then English', async () => {
    const { path, base } = await bakery();
    render(MissionBrief, { path, index: INDEX, base, canStart: true, played: true, busy: false, onstart: () => {}, seedTargets });
    const objective = screen.getByText(/^Lancez un avantage financier/);
    expect(objective).toHaveTextContent(/passe sous 987 €/);
    expect(objective).not.toHaveTextContent(/1 000/);
    expect(screen.getByText(/^Objectif ajusté à la graine 1/)).toHaveTextContent(/≥ 1 000 € → ≥ 987 € \(sans action, il reste 13 € de moins avec cette graine qu’avec la graine de référence\)/);
    await loadLocale('en', 'missions');
    await setLocale('en');
    expect(await screen.findByText(/^Launch a financial advantage/)).toHaveTextContent(/below €987/);
    expect(screen.getByText(/^Objective adjusted to seed 1/)).toHaveTextContent(/≥ €1,000 → ≥ €987 \(with no action, this seed leaves €13 less than on the reference seed\)/);
  });

  it('before the run, on another seed, the brief says the figure will be adjusted; on the default seed nothing', async () => {
    const { path, base } = await bakery();
    const { unmount } = render(MissionBrief, { path, index: INDEX, base, canStart: true, played: false, busy: false, onstart: () => {}, startSeed: 1907 });
    expect(screen.queryByText(/sera ajusté/)).toBeNull();
    unmount();
    const other = render(MissionBrief, { path, index: INDEX, base, canStart: true, played: false, busy: false, onstart: () => {}, startSeed: 42 });
    expect(screen.getByText(/^Lancez un avantage financier/)).toHaveTextContent(/passe sous 1 000 €/);
    expect(screen.getByText(/^Ce chiffre est réglé pour la graine 1907/)).toHaveTextContent(
      /sur la graine 42, il sera ajusté au début de la mission de ce qu’elle donne sans aucune action/,
    );
    other.unmount();
    // a question mission has no figure to move
    render(MissionBrief, { path, index: 0, base, canStart: true, played: false, busy: false, onstart: () => {}, startSeed: 42 });
    expect(screen.queryByText(/sera ajusté/)).toBeNull();
  });

  it('before the run, on another seed, the brief writes the figure the engine works out for the mission’s run, and says it will be adjusted until then', async () => {
    const { path, base } = await bakery();
    const asked: { scenario: unknown; seed: number }[] = [];
    let answer: (adjustment: SeedAdjustment | null) => void = () => {};
    const previewTargets = (scenario: unknown, seed: number) => {
      asked.push({ scenario, seed });
      return new Promise<SeedAdjustment | null>((resolve) => (answer = resolve));
    };
    const { unmount } = render(MissionBrief, { path, index: INDEX, base, canStart: true, played: false, busy: false, onstart: () => {}, startSeed: 1, previewTargets });
    expect(screen.getByText(/^Ce chiffre est réglé pour la graine 1907/)).toHaveTextContent(/sur la graine 1, il sera ajusté au début de la mission/);
    expect(screen.getByText(/^Lancez un avantage financier/)).toHaveTextContent(/passe sous 1 000 €/);
    // asked for the very scenario the mission's start plays (missionController.start), on the seed it starts on
    expect(asked).toEqual([{ scenario: missionScenario(base, path.missions[INDEX], INDEX), seed: 1 }]);
    answer(seedTargets);
    expect(await screen.findByText(/^Objectif ajusté à la graine 1/)).toHaveTextContent(/≥ 1 000 € → ≥ 987 € \(sans action, il reste 13 € de moins avec cette graine qu’avec la graine de référence\)/);
    expect(screen.getByText(/^Lancez un avantage financier/)).toHaveTextContent(/passe sous 987 €/);
    expect(screen.queryByText(/sera ajusté/)).toBeNull();
    unmount();
    // not to be had before the start (no engine): the brief keeps saying it will be adjusted then
    const failed = Promise.reject(new Error('moteur indisponible'));
    failed.catch(() => {});
    render(MissionBrief, { path, index: INDEX, base, canStart: true, played: false, busy: false, onstart: () => {}, startSeed: 1, previewTargets: () => failed });
    await failed.catch(() => {});
    await Promise.resolve();
    expect(screen.getByText(/^Ce chiffre est réglé pour la graine 1907/)).toBeInTheDocument();
    expect(screen.getByText(/^Lancez un avantage financier/)).toHaveTextContent(/passe sous 1 000 €/);
  });

  it('the mission’s bilan says the adjusted figure it was graded on, with why', async () => {
    const decisions: DecisionsLog = [
      { tick: 0, actions: [actionSchema.parse({ type: 'financier', instrument: 'coupon', target: { segments: ['bon'] }, discountRate: 0.1 })] },
    ];
    const { status } = await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: INDEX, decisions, seed: 1, seedTargets });
    expect(status.objective?.target).toBe(987);
    const debrief = screen.getByRole('article');
    expect(debrief).toHaveTextContent(/Objectif : Lancez un avantage financier[^.]*passe sous 987 €/);
    expect(screen.getByText(/^Budget restant le plus bas pendant la mission/)).toHaveTextContent(/\(cible ≥ 987 € chaque semaine\)/);
    expect(screen.getByText(/^Objectif ajusté à la graine 1/)).toHaveTextContent(/≥ 1 000 € → ≥ 987 € \(sans action, il reste 13 € de moins avec cette graine qu’avec la graine de référence\)/);
  });
});
