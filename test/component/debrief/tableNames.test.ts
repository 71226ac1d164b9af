/** Every table of the Debrief has a name, so a screen reader's list of tables says what each holds. */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefScreen from '../../../src/ui/debrief/DebriefScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { TickReport } from '../../../src/engine/types.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const kpis = makeKpiSeries(12);
const decisions: DecisionsLog = [{ tick: 0, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['tresBon'] } }] }];
const reports = [] as unknown as TickReport[];

describe('Debrief table names', () => {
  afterEach(() => setLocale('fr'));

  for (const lang of ['fr', 'en'] as const)
    it(`names every table, the departures and the surveys ones by their title (${lang})`, async () => {
      await setLocale(lang);
      render(DebriefScreen, { scenario, kpis, reports, decisions });
      const tables = screen.getAllByRole('table');
      expect(tables.length).toBeGreaterThan(3);
      expect(screen.getAllByRole('table', { name: (name) => name.trim() !== '' })).toEqual(tables);
      const departures = screen.getByRole('region', { name: lang === 'fr' ? 'Pourquoi des clients sont partis' : 'Why customers left' });
      // named by their title, written above the scroller that holds them (a caption took the table's width and was cut at 320 px)
      within(departures).getByRole('table', { name: lang === 'fr' ? /^Départs par cause/ : /^Departures by cause/ });
      const surveys = screen.getByRole('region', { name: lang === 'fr' ? 'Satisfaction réelle et satisfaction mesurée (notes moyennes)' : 'True and measured satisfaction (mean scores)' });
      within(surveys).getByRole('table', { name: lang === 'fr' ? /^Chaque enquête/ : /^Each survey/ });
      // every table scrolls in its own box, never the page (QA F4: the Bilan was 629 px wide at 320 px)
      const wide = lang === 'fr' ? [/^Départs par cause/, /^Chaque enquête/, /^Segments RFM/] : [/^Departures by cause/, /^Each survey/, /^RFM segments/];
      for (const name of wide) expect(screen.getByRole('table', { name }).closest('.table-scroll'), String(name)).not.toBeNull();
    });
});
