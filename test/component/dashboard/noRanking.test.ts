/**
 * QA verify3 V3: the Bilan's and the dashboard's programme tables tell the student not to rank programmes by their
 * estimates when one of two or more listed programmes has an effect « non démontré » (its interval holds 0).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import ProgrammesTable from '../../../src/ui/dashboard/ProgrammesTable.svelte';
import DebriefProgrammes from '../../../src/ui/debrief/sections/DebriefProgrammes.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import type { DebriefReport } from '../../../src/ui/debrief/debriefReport.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

// 150 control customers: the fixture's 33 is too few for any verdict « démontré » (app/programmeEffect.ts VERDICT_MIN_CONTROL)
const base = { ...makeKpiSeries(1)[0].programmes[0], controlGroup: 150 };
/** club argent: +47 % estimated, within its margin (non démontré); club sympathie/orgueil: shown profitable */
const argent: ProgrammeKpi = { ...base, id: '1:0', incrementalMarginToDate: 4700, incrementalMarginError: 9000, costToDate: 1000, roi: 3.7 };
const sympathie: ProgrammeKpi = { ...base, id: '2:0', incrementalMarginToDate: 20000, incrementalMarginError: 5000, costToDate: 1000, roi: 19 };
const shown: ProgrammeKpi = { ...sympathie, id: '3:0' };
const entries = (ps: ProgrammeKpi[]) => ps.map((programme) => ({ programme })) as unknown as DebriefReport['programmes'];

describe('do not rank programmes whose effect is not demonstrated', () => {
  afterEach(() => setLocale('fr'));

  it('dashboard: said under two programmes, one « non démontré »; not under demonstrated ones nor a single one', () => {
    const { unmount } = render(ProgrammesTable, { programmes: [argent, sympathie], tickUnit: 'week' });
    expect(screen.getByTestId('no-ranking')).toHaveTextContent(/Ne classez pas ces programmes par leurs estimations/);
    unmount();
    const second = render(ProgrammesTable, { programmes: [sympathie, shown], tickUnit: 'week' });
    expect(screen.queryByTestId('no-ranking')).not.toBeInTheDocument();
    second.unmount();
    render(ProgrammesTable, { programmes: [argent], tickUnit: 'week' });
    expect(screen.queryByTestId('no-ranking')).not.toBeInTheDocument();
  });

  it('Bilan: the same sentence, in English too', async () => {
    const { unmount } = render(DebriefProgrammes, { programmes: entries([argent, sympathie]), format: debriefFormat('fr', 'week') });
    expect(screen.getByTestId('no-ranking')).toHaveTextContent(/Ne comparez que des effets démontrés/);
    unmount();
    await setLocale('en');
    const en = render(DebriefProgrammes, { programmes: entries([argent, sympathie]), format: debriefFormat('en', 'week') });
    expect(screen.getByTestId('no-ranking')).toHaveTextContent(/Do not rank these programmes by their estimates/);
    en.unmount();
    render(DebriefProgrammes, { programmes: entries([sympathie, shown]), format: debriefFormat('en', 'week') });
    expect(screen.queryByTestId('no-ranking')).not.toBeInTheDocument();
  });

  // « trop peu de témoins ou de périodes », « attendez plus de périodes »: said without the time step, in both languages and units
  it.each([
    { lang: 'fr', unit: 'week', few: 'trop peu de témoins ou une mesure trop courte', more: 'attendez plus longtemps ou un plus grand groupe témoin.' },
    { lang: 'fr', unit: 'month', few: 'trop peu de témoins ou une mesure trop courte', more: 'attendez plus longtemps ou un plus grand groupe témoin.' },
    { lang: 'en', unit: 'week', few: 'too few controls or too short a measure', more: 'wait longer, or for a larger control group.' },
    { lang: 'en', unit: 'month', few: 'too few controls or too short a measure', more: 'wait longer, or for a larger control group.' },
  ] as const)('dashboard: says it without « période » ($lang, $unit)', async (c) => {
    await setLocale(c.lang);
    render(ProgrammesTable, { programmes: [argent, sympathie], tickUnit: c.unit });
    const note = screen.getByTestId('no-ranking');
    expect(note).toHaveTextContent(c.few);
    expect(note).toHaveTextContent(c.more);
    expect(note.textContent).not.toMatch(/période|period/);
  });
});
