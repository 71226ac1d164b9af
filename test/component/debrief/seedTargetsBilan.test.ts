/**
 * The Bilan of a run on another seed than the default (course expert M1): its objectives are graded
 * against targets adjusted to the seed (src/engine/seedTargets.ts); the objectives section says so and
 * gives, beside each moved target, the scenario's own.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefObjectives from '../../../src/ui/debrief/sections/DebriefObjectives.svelte';
import { gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { withSeedTargets, type SeedAdjustment } from '../../../src/engine/seedTargets.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import bakery from '../../../scenarios/boulangerie-du-marche.json';

const scenario = bakery as unknown as Scenario;
const seedTargets: SeedAdjustment = {
  seed: 1,
  defaultSeed: 1907,
  objectives: [
    { id: 'actifs', base: 2330, target: 2327, noAction: 2164, noActionDefault: 2167 },
    { id: 'marge', base: 152_000, target: 170_505, noAction: 161_966.3, noActionDefault: 143_461.2 },
  ],
};

describe('the Bilan’s objectives of an adjusted run', () => {
  afterEach(() => setLocale('fr'));

  it('says the targets were adjusted and gives the scenario’s own beside each moved one; nothing on the default seed', async () => {
    const objectives = gradeObjectives(withSeedTargets(scenario, seedTargets), []);
    const { unmount } = render(DebriefObjectives, { objectives, format: debriefFormat('fr', 'week'), seedTargets });
    expect(screen.getByText(/^Cibles ajustées à la graine 1 : celles du commerce sont réglées pour la graine 1907/)).toHaveTextContent(
      /le même écart à « ne rien faire »/,
    );
    const margin = screen.getByRole('row', { name: /Ne pas brader/ });
    expect(margin).toHaveTextContent(/≥ 170 505 € au lieu de ≥ 152 000 € à la graine 1907/);
    expect(screen.getByRole('row', { name: /satisfaction/ })).not.toHaveTextContent(/au lieu de/);
    unmount();
    // a default-seed run: nothing said
    render(DebriefObjectives, { objectives: gradeObjectives(scenario, []), format: debriefFormat('fr', 'week') });
    expect(screen.queryByText(/ajustées/)).toBeNull();
    expect(screen.queryByText(/au lieu de/)).toBeNull();
  });

  it('says it in English', async () => {
    await loadLocale('en', 'learner');
    await setLocale('en');
    render(DebriefObjectives, { objectives: gradeObjectives(withSeedTargets(scenario, seedTargets), []), format: debriefFormat('en', 'week'), seedTargets });
    expect(await screen.findByText(/^Targets adjusted to seed 1: the shop’s are set for seed 1907/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Do not sell off|margin/i })).toHaveTextContent(/instead of ≥ €152,000 on seed 1907/);
  });
});
