/**
 * QA play F1: one week after its launch, the relance personnalisée read « perte démontrée » on Décisions and on the
 * dashboard, while its form promised first effects after 6 periods of set-up. Within its set-up delay every screen says
 * it is being set up (cost paid, no effect expected yet) and after which period it can be judged.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import ProgrammesList from '../../../src/ui/decisions/ProgrammesList.svelte';
import ProgrammesTable from '../../../src/ui/dashboard/ProgrammesTable.svelte';
import DebriefProgrammes from '../../../src/ui/debrief/sections/DebriefProgrammes.svelte';
import ProgrammeComparison from '../../../src/ui/charts/ProgrammeComparison.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import type { DebriefReport } from '../../../src/ui/debrief/debriefReport.ts';
import type { GameSession } from '../../../src/app/session.svelte.ts';
import type { ProgrammeKpi, TickKpis } from '../../../src/engine/types.ts';
import { makeKpi } from '../../fixtures/kpis.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** the tester's relance, launched week 1, read after week 1: −96,0 % ± 33,1 % of ROI, 1 270 € spent of which 1 104 € set-up */
const relance: ProgrammeKpi = {
  ...makeKpi(0).programmes[0],
  id: '0:0',
  type: 'personnalisation',
  strategy: 'personnalisation',
  instrument: 'relancePersonnalisee',
  startTick: 0,
  targeted: 368,
  controlGroup: 41,
  costToDate: 1270,
  incrementalMarginToDate: 51,
  incrementalMarginError: 420,
  roi: -0.96,
  setupUntilTick: 6,
  setupCost: 1104,
};
const session = (running: ProgrammeKpi[], tickUnit: 'week' | 'month' = 'week') =>
  ({ runningProgrammes: running, kpis: [], pending: [], busy: false, scenario: { tickUnit }, add: () => {} }) as unknown as GameSession;

describe('a programme still in its set-up is not called a loss', () => {
  afterEach(() => setLocale('fr'));

  it('Décisions: « en mise en place », judged after the week its effect starts', () => {
    render(ProgrammesList, { session: session([relance]) });
    const item = norm(screen.getByRole('listitem').textContent);
    expect(item).toContain('en mise en place : son coût est payé (mise en place comprise), son effet n’est pas encore attendu ; verdict après la semaine 7');
    expect(item).not.toMatch(/perte/);
  });

  it('Décisions, a monthly shop and English', async () => {
    const { unmount } = render(ProgrammesList, { session: session([{ ...relance, setupUntilTick: 2 }], 'month') });
    expect(norm(screen.getByRole('listitem').textContent)).toContain('verdict après le mois 3');
    unmount();
    await setLocale('en');
    render(ProgrammesList, { session: session([relance]) });
    const item = screen.getByRole('listitem').textContent ?? '';
    expect(item).toContain('setting up: its cost is paid (set-up included), no effect is expected yet; verdict after week 7');
    expect(item).not.toMatch(/loss/);
  });

  it('dashboard table: the same verdict', () => {
    render(ProgrammesTable, { programmes: [relance], tickUnit: 'week', through: 0 });
    const row = norm(document.querySelector('tr[data-programme="0:0"]')?.textContent ?? '');
    expect(row).toContain('en mise en place');
    expect(row).toContain('verdict après la semaine 7');
    expect(row).not.toMatch(/perte démontrée/);
  });

  it('Bilan of a game that ended during the set-up: the same verdict; once past it, a loss due to the set-up is not « perte démontrée »', () => {
    const entries = (ps: ProgrammeKpi[]) => ps.map((programme) => ({ programme })) as unknown as DebriefReport['programmes'];
    const { unmount } = render(DebriefProgrammes, { programmes: entries([relance]), format: debriefFormat('fr', 'week'), span: { through: 0, unit: 'week' } });
    expect(norm(screen.getByRole('table').textContent)).toContain('en mise en place');
    unmount();
    // past the set-up (no setupUntilTick): 1 500 € spent, the top of the margin (500 €) covers the 396 € of running cost
    const past = { ...relance, setupUntilTick: undefined, costToDate: 1500, incrementalMarginToDate: 100, incrementalMarginError: 400, roi: -0.93 };
    render(DebriefProgrammes, { programmes: entries([past]), format: debriefFormat('fr', 'week'), span: { through: 8, unit: 'week' } });
    const text = norm(screen.getByRole('table').textContent);
    expect(text).toContain('perte à ce jour, due à sa mise en place : sans les 1 104 € de mise en place');
    expect(text).not.toMatch(/perte démontrée/);
  });

  it('Graphiques, members vs control group: any gap during the set-up is chance, verdict after week 7', () => {
    const withComparison = { ...relance, comparison: { memberMargin: 5, controlMargin: 5.2, memberShare: 1, controlShare: 1 } };
    const kpis = [{ tick: 0, programmes: [withComparison] }] as unknown as TickKpis[];
    render(ProgrammeComparison, {
      kpis,
      programmes: [withComparison],
      programmeLabel: () => 'Relance',
      period: (tick: number) => `Semaine ${tick + 1}`,
      tag: 'fr-FR',
      unit: 'week',
    });
    const note = norm(screen.getByTestId('comparison-effect').textContent);
    expect(note).toContain('encore en mise en place');
    expect(note).toContain('Verdict après la semaine 7.');
    expect(note).not.toMatch(/perte démontrée/);
  });

  it('a programme whose first effects would come after the end of the game says it cannot be judged (Décisions, Bilan, English)', async () => {
    // launched week 49 of 52: set-up until week 54
    const late = { ...relance, id: '48:0', startTick: 48, setupUntilTick: 54 };
    const fifty = { ...session([late]), scenario: { tickUnit: 'week', durationTicks: 52 } } as unknown as GameSession;
    const { unmount } = render(ProgrammesList, { session: fifty });
    expect(norm(screen.getByRole('listitem').textContent)).toContain(
      'mais ses premiers effets viendraient dès la semaine 55, après la fin de la partie : il ne pourra pas être jugé',
    );
    unmount();
    const entries = [{ programme: late }] as unknown as DebriefReport['programmes'];
    const bilan = render(DebriefProgrammes, { programmes: entries, format: debriefFormat('fr', 'week'), span: { through: 51, unit: 'week' }, lastTick: 51 });
    expect(norm(screen.getByRole('table').textContent)).toContain('après la fin de la partie : il ne pourra pas être jugé');
    bilan.unmount();
    await setLocale('en');
    render(ProgrammesList, { session: fifty });
    expect(screen.getByRole('listitem').textContent).toContain('but its first effects would come from week 55, after the end of the game: it cannot be judged');
  });
});
