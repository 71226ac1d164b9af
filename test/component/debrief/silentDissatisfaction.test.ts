/**
 * « Most dissatisfied customers never complain » in figures (QA teacher F9): the engine counts service
 * incidents and complaints (no-action bakery year: 1 639 incidents, 182 complaints = 11 %) but the Bilan
 * only said it in words. Now « Pourquoi des clients sont partis » gives incidents, complaints and the share.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefScreen from '../../../src/ui/debrief/DebriefScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** the bakery's year in 2 periods: 1 639 incidents, 182 complaints */
const kpis = makeKpiSeries(2, (k) => (k.tick === 0 ? { ...k, incidents: 800, complaints: 90 } : { ...k, incidents: 839, complaints: 92 }));

afterEach(() => setLocale('fr'));

describe('the Bilan shows service incidents against complaints', () => {
  it('gives the figures and the share that complained, under the departures', () => {
    render(DebriefScreen, { scenario: fixtureScenario(), kpis, reports: [], decisions: [] });
    const section = screen.getByRole('region', { name: 'Pourquoi des clients sont partis' });
    const line = within(section).getByTestId('silent-dissatisfaction');
    expect(norm(line.textContent)).toMatch(/^Incidents de service pendant la partie : 1 639 ; réclamations : 182 \(11,1 %\)\. La plupart des clients mécontents ne réclament jamais/);
  });

  it('in English too', async () => {
    await setLocale('en');
    render(DebriefScreen, { scenario: fixtureScenario(), kpis, reports: [], decisions: [] });
    expect(norm(screen.getByTestId('silent-dissatisfaction').textContent)).toMatch(/^Service incidents during the game: 1,639; complaints: 182 \(11\.1%\)\. Most dissatisfied customers never complain/);
  });
});
