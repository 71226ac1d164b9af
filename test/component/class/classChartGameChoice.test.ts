/**
 * The class chart's « Partie du graphique » (QA qa23 F7): a game whose only file was refuted was offered and drew
 * « Pas encore de partie à comparer », and two games of the same shop had the same name. Only games with a file the
 * chart draws are offered, and games of the same shop say what differs (seed, mode, scenario's fingerprint).
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { ClassRow } from '../../../src/results/classComparison.ts';
import ClassChart from '../../../src/ui/class/ClassChart.svelte';
import { drawsOnCanvas } from '../../fixtures/chartStandIn.ts';
import { classRow } from '../../fixtures/classRow.ts';
import { frenchSpacing } from '../../../src/i18n/frenchSpacing.ts';

vi.mock('chart.js', async () => (await import('../../fixtures/chartStandIn.ts')).chartJsStandIn());

const inGame = (row: ClassRow, index: number, seed = 1, mode: ClassRow['mode'] = 'committed'): ClassRow => ({
  ...row,
  scenarioName: { fr: 'Boulangerie du Marché' },
  seed,
  mode,
  game: { key: `${row.scenarioFingerprint}|${seed}|${mode}`, index },
});
const options = () => within(screen.getByRole('combobox', { name: 'Partie du graphique' })).getAllByRole('option').map((o) => o.textContent);
/** the French texts' spacing (a narrow no-break space before « : ») */
const labels = (...texts: string[]) => texts.map((text) => frenchSpacing(text));

describe('the class chart’s choice of game', () => {
  drawsOnCanvas();

  it('offers no game of refuted files only, and tells games of the same shop apart', async () => {
    const class42 = [inGame(classRow('Léa', 1, 3, 'aaaa1111ffff'), 0), inGame(classRow('Tom', 2, 1, 'aaaa1111ffff'), 0)];
    const edited = inGame(classRow('Chloé', null, 5, 'bbbb2222ffff', 'refuted'), 1);
    // the refuted game alone beside the class's: nothing to choose, the class's game is drawn
    const { rerender } = render(ClassChart, { rows: [...class42, edited] });
    expect(screen.queryByRole('combobox', { name: 'Partie du graphique' })).toBeNull();
    expect(screen.queryByText(/^Pas encore de partie à comparer/)).toBeNull();
    // a confirmed file of the edited scenario, and one of another seed, another mode
    const editedConfirmed = inGame(classRow('Chloé', 1, 5, 'bbbb2222ffff'), 1);
    const otherSeed = inGame(classRow('Inès', 1, 2, 'aaaa1111ffff'), 2, 7);
    const otherMode = inGame(classRow('Noé', 1, 2, 'aaaa1111ffff'), 3, 1, 'sandbox');
    await rerender({ rows: [...class42, editedConfirmed, otherSeed, otherMode] });
    expect(options()).toEqual(
      labels(
        'Partie A : Boulangerie du Marché (graine 1, mode engagé, empreinte du scénario aaaa1111)',
        'Partie B : Boulangerie du Marché (graine 1, mode engagé, empreinte du scénario bbbb2222)',
        'Partie C : Boulangerie du Marché (graine 7, mode engagé, empreinte du scénario aaaa1111)',
        'Partie D : Boulangerie du Marché (graine 1, mode bac à sable, empreinte du scénario aaaa1111)',
      ),
    );
    // two games of the shop that differ by their seed only: the seed alone
    await rerender({ rows: [...class42, otherSeed] });
    expect(options()).toEqual(labels('Partie A : Boulangerie du Marché (graine 1)', 'Partie C : Boulangerie du Marché (graine 7)'));
    // games of different shops keep their name alone
    const optique = { ...classRow('Sarah', 1, 4, 'cccc'), scenarioName: { fr: 'Optique' }, game: { key: 'cccc|1|committed', index: 1 } };
    await rerender({ rows: [...class42, optique] });
    expect(options()).toEqual(labels('Partie A : Boulangerie du Marché', 'Partie B : Optique'));
  });
});
