/**
 * The Bilan's programmes: the overall ROI says which programmes it counts and that their effect is
 * not demonstrated when it is within the margin of error (QA: « ROI global … : −337,1 % » from one
 * programme with no shown effect); the whole base's RFM segments are one table, titled for the whole
 * base, not one identical table per programme that read as each programme's effect.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DebriefCosts from '../../../src/ui/debrief/sections/DebriefCosts.svelte';
import DebriefProgrammes from '../../../src/ui/debrief/sections/DebriefProgrammes.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { debriefReport } from '../../../src/ui/debrief/debriefReport.ts';
import { moneySummary } from '../../../src/ui/debrief/moneySummary.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** a table's title, written above its scroller (QA F4) */
const titleOf = (table: HTMLElement) => norm(document.getElementById(table.getAttribute('aria-labelledby') ?? '')?.textContent ?? null);
const club = (p: ProgrammeKpi): ProgrammeKpi => ({
  ...p,
  id: '1:0',
  type: 'lienSocial',
  strategy: 'lienSocial',
  instrument: 'club',
  startTick: 1,
  incrementalMarginToDate: null,
  incrementalMarginError: null,
  controlGroup: 0,
  roi: null,
});
/** a coupon from week 1 (−337,1 % ± …: its effect within its margin) and a club from week 2 without control group */
const kpis = makeKpiSeries(4, (k) => ({
  ...k,
  programmes: [
    { ...k.programmes[0], incrementalMarginToDate: -3371, incrementalMarginError: 8000, costToDate: 1000, roi: -4.371 },
    ...(k.tick >= 1 ? [club(k.programmes[0])] : []),
  ],
}));

describe('Bilan: the overall ROI of the programmes', () => {
  it('names the programmes it counts, gives its margin of error and says the effect is not demonstrated', () => {
    render(DebriefCosts, { money: moneySummary(kpis), format: debriefFormat('fr', 'week') });
    const text = norm(screen.getByTestId('overall-roi').textContent);
    expect(text).toContain(
      'ROI du seul programme de fidélisation mesuré par un groupe témoin (Bons de réduction, lancé la semaine 1) : non chiffrable (trop incertain) ; marge supplémentaire entre −11 400 € et +4 600 € (estimation −3 400 € ± 8 000 €), pour 1 000 € dépensés ; effet non démontré : dans la marge d’erreur.',
    );
    expect(text).toContain('1 programme sans groupe témoin');
  });

  afterEach(() => setLocale('fr'));
  it('in English too', async () => {
    await setLocale('en');
    render(DebriefCosts, { money: moneySummary(kpis), format: debriefFormat('en', 'week') });
    expect(norm(screen.getByTestId('overall-roi').textContent)).toMatch(/ROI of the only loyalty programme measured against a control group \(.*\): not quantifiable \(too uncertain\); extra margin .*no proven effect/);
  });
});

describe('Bilan: the segments of the whole base', () => {
  afterEach(() => setLocale('fr'));
  it('are one table for all programmes, titled for the whole base', () => {
    const report = debriefReport(fixtureScenario(), kpis, [], []);
    render(DebriefProgrammes, { programmes: report.programmes, segments: report.segments, format: debriefFormat('fr', 'week') });
    const tables = screen.getAllByRole('table', { name: /Segments RFM/ });
    expect(tables).toHaveLength(1);
    expect(titleOf(tables[0]).trim()).toBe(
      'Segments RFM de toute la clientèle (pas seulement des clients inscrits), à la fin de la semaine 1 et de la semaine 4',
    );
    expect(within(tables[0]).getAllByRole('row')).toHaveLength(6);
  });

  // QA qa29self m3: « Inactif (RFM) 708 → 1 199 (+491) » read as a collapse, the customers lost during the game counted in it
  it('says under the table that « Inactif (RFM) » counts the lost customers, with their numbers at both ends', () => {
    const lost = kpis.map((k, i) => ({ ...k, stages: { ...k.stages, perdu: 10 + 7 * i } }));
    const report = debriefReport(fixtureScenario(), lost, [], []);
    render(DebriefProgrammes, { programmes: report.programmes, segments: report.segments, format: debriefFormat('fr', 'week') });
    expect(screen.getByTestId('segments-lost').textContent!.replace(/\s+/g, ' ').trim()).toBe(
      `« Inactif (RFM) » compte aussi les clients perdus, qui ne rachèteront plus : 10 à la fin de la semaine 1, ${10 + 7 * (lost.length - 1)} à la fin de la semaine 4.`,
    );
  });

  it('cover the whole game even when every programme stopped early, the columns named by their periods', () => {
    // a coupon stopped at tick 5 of a 12-period game: « Après » was week 6, in a « bilan des 12 périodes »
    const stopped = makeKpiSeries(12, (k) => ({ ...k, programmes: k.programmes.map((p) => ({ ...p, endTick: k.tick >= 5 ? 5 : undefined })) }));
    const report = debriefReport(fixtureScenario(), stopped, [], []);
    render(DebriefProgrammes, { programmes: report.programmes, segments: report.segments, format: debriefFormat('fr', 'week') });
    const table = screen.getByRole('table', { name: /Segments RFM/ });
    expect(titleOf(table)).toContain('à la fin de la semaine 1 et de la semaine 12');
    expect(within(table).getAllByRole('columnheader').map((h) => norm(h.textContent).trim())).toEqual(['Segment', 'Semaine 1', 'Semaine 12', 'Évolution']);
    // bon: 400 − 5 × tick, from tick 0 to tick 11
    expect(norm(within(table).getByRole('row', { name: /^Bon client/ }).textContent)).toMatch(/400\s*345\s*−55/);
  });

  it('say so in English too', async () => {
    await setLocale('en');
    const report = debriefReport(fixtureScenario(), kpis, [], []);
    render(DebriefProgrammes, { programmes: report.programmes, segments: report.segments, format: debriefFormat('en', 'week') });
    const table = screen.getByRole('table', { name: /RFM segments/ });
    expect(titleOf(table).trim()).toBe(
      'RFM segments of the whole customer base (not only enrolled customers), at the end of week 1 and of week 4',
    );
    expect(within(table).getAllByRole('columnheader').map((h) => norm(h.textContent).trim()).slice(1, 3)).toEqual(['Week 1', 'Week 4']);
  });
});

describe('Bilan: a stopped programme’s effect', () => {
  afterEach(() => setLocale('fr'));
  it('says which periods its estimate covers: to the last period, after the stop (QA class F1)', () => {
    const stopped = makeKpiSeries(12, (k) => ({ ...k, programmes: k.programmes.map((p) => ({ ...p, endTick: k.tick >= 4 ? 4 : undefined })) }));
    const report = debriefReport(fixtureScenario(), stopped, [], []);
    const start = stopped[11].programmes[0].startTick + 1;
    render(DebriefProgrammes, { programmes: report.programmes, format: debriefFormat('fr', 'week'), span: { through: 11, unit: 'week' } });
    const table = screen.getByRole('table', { name: /Effet de chaque action/ });
    expect(norm(table.textContent)).toContain(`programme actif semaines ${start} à 4, arrêté au début de la semaine 5 ; effet mesuré sur les semaines ${start} à 12 (après-coup compris)`);
  });
});
