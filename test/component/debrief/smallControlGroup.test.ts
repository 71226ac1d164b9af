/**
 * QA qa13 S1: the optician's club (587 members, 65 controls) read « entre +74 000 € et +256 000 € (estimation 165 000 € ±
 * 91 000 €) » beside « groupe témoin trop petit pour conclure : ni gain ni perte démontrés », under a line saying that an
 * effect not shown has an interval on both sides of 0, and above an exact gain (+110 228 € against no action) smaller than
 * the estimate, unexplained. Under the verdict's minimum the figures are flagged « peu fiable » and every line says why.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DebriefProgrammes from '../../../src/ui/debrief/sections/DebriefProgrammes.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import type { DebriefReport } from '../../../src/ui/debrief/debriefReport.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const base = makeKpiSeries(1)[0].programmes[0];
const club = (controlGroup: number): ProgrammeKpi => ({ ...base, id: '1:0', targeted: 587, controlGroup, incrementalMarginToDate: 165000, incrementalMarginError: 91000, costToDate: 23067, roi: 6.15 });
/** a reminder without control group (its effect not measured), so that the table lists two programmes */
const relance: ProgrammeKpi = { ...base, id: '2:0', startTick: 1, controlGroup: 0, incrementalMarginToDate: null, incrementalMarginError: null, roi: null };
const entries = (ps: ProgrammeKpi[]) => ps.map((programme) => ({ programme })) as unknown as DebriefReport['programmes'];
const span = { through: 35, unit: 'month' as const };

describe('Bilan: a control group under the minimum', () => {
  afterEach(() => setLocale('fr'));

  it('flags the interval that leaves out 0 as unreliable and says why, and tells estimates from the exact gain', () => {
    render(DebriefProgrammes, { programmes: entries([club(65), relance]), format: debriefFormat('fr', 'month'), span });
    const table = screen.getByRole('table', { name: /Effet de chaque action/ });
    const margin = table.querySelector('td[data-effect]')!;
    expect(norm(margin.textContent)).toMatch(/^entre \+74 000 € et \+256 000 € \(estimation 165 000 € ± 91 000 €\)/);
    expect(within(margin as HTMLElement).getByTestId('unreliable')).toHaveTextContent('peu fiable');
    const note = norm(within(table).getAllByTestId('programme-note')[0].textContent);
    // the interval leaves out 0: said as chance, with the number of controls, never « ni gain ni perte démontrés » beside it (QA qa19 F3)
    expect(note).toContain('groupe témoin trop petit pour conclure : avec 65 clients témoins, cet écart peut venir du hasard');
    expect(note).toContain('il en faut au moins 100 pour parler de gain ou de perte démontrés');
    expect(note).not.toContain('ni gain ni perte');
    // the general line no longer says that an effect not shown always has an interval on both sides of 0
    expect(norm(screen.getByTestId('no-ranking').textContent)).toContain('(l’intervalle contient 0, ou il n’est pas fiable : trop peu de témoins ou de mois)');
    expect(norm(document.getElementById('db-programmes-note')!.textContent)).toContain(
      'peuvent différer du gain exact de toutes les décisions ensemble face à une partie sans aucune action, et même le dépasser : seule cette comparaison-là est exacte.',
    );
  });

  it('flags nothing from 100 controls on (the figures then support a verdict)', () => {
    render(DebriefProgrammes, { programmes: entries([club(150)]), format: debriefFormat('fr', 'month'), span });
    expect(screen.queryByTestId('unreliable')).not.toBeInTheDocument();
  });

  it('says it in English too', async () => {
    await setLocale('en');
    render(DebriefProgrammes, { programmes: entries([club(65), relance]), format: debriefFormat('en', 'month'), span });
    expect(screen.getByTestId('unreliable')).toHaveTextContent('unreliable');
    expect(norm(screen.getAllByTestId('programme-note')[0].textContent)).toContain('with 65 control customers, this gap may be chance');
    expect(norm(screen.getByTestId('no-ranking').textContent)).toContain('(its interval holds 0, or it is unreliable: too few controls or months)');
    expect(norm(document.getElementById('db-programmes-note')!.textContent)).toContain('only that comparison is exact.');
  });
});
