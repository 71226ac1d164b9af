/**
 * QA qa4 #8, « Membres / groupe témoin »: a personalised reminder launched the month after a data collection on its very
 * target said « Pour le mesurer, lancez d’abord une collecte de données ». The note now names that collection and what to
 * do next (app/collectionAdvice.ts, as the dashboard and the strategy form); without a collection, the old advice.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ChartsScreen from '../../../src/ui/charts/ChartsScreen.svelte';
import { collectedDecisions, optician, opticianRun, uncollectedDecisions } from '../../fixtures/opticianCollected.ts';

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('members vs control group: too few consented after a data collection on the target', () => {
  it('names the collection of month 3 and its result, not « lancez d’abord une collecte »', () => {
    const { kpis, rejections } = opticianRun();
    const [collection] = kpis[2].dataCollections!;
    render(ChartsScreen, { scenario: optician, kpis, decisions: collectedDecisions, rejections });
    const note = plain(screen.getByTestId('comparison-no-control').textContent);
    expect(note).toContain('la cible était assez grande, mais seuls');
    expect(note).toContain(`Une collecte de données avait déjà été faite sur cette cible (le mois 3 : acceptée par ${collection.accepted} des ${collection.contacted} clients contactés)`);
    expect(note).not.toContain('lancez d’abord');
  });

  it('without a collection before, the advice is still to collect first', () => {
    const { kpis, rejections } = opticianRun(uncollectedDecisions);
    render(ChartsScreen, { scenario: optician, kpis, decisions: uncollectedDecisions, rejections });
    expect(plain(screen.getByTestId('comparison-no-control').textContent)).toContain('Pour le mesurer, lancez d’abord une collecte de données (« Collecte de données »), puis un nouveau programme.');
  });
});
