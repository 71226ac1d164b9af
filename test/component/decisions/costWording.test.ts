import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import StrategyCost from '../../../src/ui/decisions/StrategyCost.svelte';
import ProgrammesList from '../../../src/ui/decisions/ProgrammesList.svelte';
import type { GameSession } from '../../../src/app/session.svelte.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';

describe('cost and programme wording', () => {
  it('a set-up cost is said as part of the total, which already includes it', () => {
    render(StrategyCost, { estimate: { perTick: 10, setup: 150, total: 600, delayTicks: 0 }, ticks: 52, unit: 'week', left: 52 });
    expect(screen.getByTestId('strategy-cost')).toHaveTextContent('10 € par semaine au départ et 150 € de mise en place, soit environ 600 € sur 52 semaines');
    expect(screen.getByTestId('strategy-cost')).not.toHaveTextContent(/plus/);
  });

  it('without set-up, the first month’s cost and the total over the months (the shop’s unit, QA qa31phoneEn m1), which members leaving make less than 4 x 10 €', () => {
    render(StrategyCost, { estimate: { perTick: 10, setup: 0, total: 37, delayTicks: 0 }, ticks: 4, unit: 'month', left: 4 });
    expect(screen.getByTestId('strategy-cost')).toHaveTextContent(/^10 € par mois au départ, soit environ 37 € sur 4 mois \(en baisse à mesure que des membres partent\)$/);
  });

  it('a single period in the singular', () => {
    render(StrategyCost, { estimate: { perTick: 10, setup: 0, total: 10, delayTicks: 0 }, ticks: 1, unit: 'week', left: 1 });
    expect(screen.getByTestId('strategy-cost')).toHaveTextContent(/^10 € par semaine, soit 10 € sur 1 semaine$/);
  });

  it('a running programme gives its customers with the French thousands separator and its start as a period name', () => {
    const programme = { id: '1:0', type: 'lienSocial', strategy: 'lienSocial', instrument: 'club', startTick: 1, targeted: 2050, controlGroup: 228, costThisTick: 0, costToDate: 1234, incrementalMarginToDate: 0, incrementalMarginError: 0, roi: null } satisfies ProgrammeKpi;
    const session = { runningProgrammes: [programme], kpis: [], pending: [], busy: false, scenario: { tickUnit: 'month' } } as unknown as GameSession;
    render(ProgrammesList, { session });
    const region = screen.getByRole('region', { name: 'Programmes en cours' });
    expect(region).toHaveTextContent('Lien social — Club clients (lancé le mois 2), 2 050 clients, coût à ce jour 1 234 €');
  });
});
