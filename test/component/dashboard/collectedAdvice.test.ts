/**
 * QA qa4 #8, the dashboard's programmes table (and the Bilan's, which shares its text): a personalised reminder launched
 * the month after a data collection on its very target said « Pour le mesurer, lancez d’abord une collecte de données ». It
 * now names that collection and what to do next (app/collectionAdvice.ts); without a collection, the old advice.
 */
import { render, screen } from '@testing-library/svelte';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { collectedDecisions, optician, opticianRun, uncollectedDecisions } from '../../fixtures/opticianCollected.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const row = () => plain(screen.getByRole('row', { name: /Relance personnalisée/ }).textContent);

afterEach(() => setLocale('fr'));

describe('dashboard programmes table: too few consented after a data collection on the target', () => {
  it('names the collection of month 3 and its result, not « lancez d’abord une collecte »', () => {
    const { kpis, reports, rejections } = opticianRun();
    const [collection] = kpis[2].dataCollections!;
    render(DashboardScreen, { scenario: optician, kpis, reports, decisions: collectedDecisions, rejections });
    const text = row();
    expect(text).toContain('avaient donné leur consentement');
    expect(text).toContain(
      `Une collecte de données avait déjà été faite sur cette cible (le mois 3 : acceptée par ${collection.accepted} des ${collection.contacted} clients contactés). Pour le mesurer, une nouvelle collecte en convaincrait d’autres`,
    );
    expect(text).not.toContain('lancez d’abord');
  });

  it('in English too', async () => {
    await setLocale('en');
    const { kpis, reports, rejections } = opticianRun();
    render(DashboardScreen, { scenario: optician, kpis, reports, decisions: collectedDecisions, rejections });
    expect(plain(screen.getByRole('row', { name: /Personalised reminder/ }).textContent)).toContain('A data collection had already been run on this target (month 3: accepted by');
  });

  it('without a collection before, the advice is still to collect first', () => {
    const { kpis, reports, rejections } = opticianRun(uncollectedDecisions);
    render(DashboardScreen, { scenario: optician, kpis, reports, decisions: uncollectedDecisions, rejections });
    expect(row()).toContain('Pour le mesurer, lancez d’abord une collecte de données, puis un nouveau programme.');
  });
});
