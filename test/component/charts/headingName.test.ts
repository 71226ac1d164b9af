/**
 * A heading with a « ? » glossary button is named by its own text only: heading navigation must not
 * read « Définition : Groupe témoin » after the title.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ProgrammeKpi, TickKpis } from '../../../src/engine/types.ts';
import ProgrammeComparison from '../../../src/ui/charts/ProgrammeComparison.svelte';

const club = {
  id: '0:0',
  type: 'lienSocial',
  strategy: 'lienSocial',
  instrument: 'club',
  startTick: 0,
  costThisTick: 10,
  costToDate: 30,
  roi: null,
  targeted: 450,
  controlGroup: 50,
  incrementalMarginToDate: 900,
  incrementalMarginError: 400,
} as unknown as ProgrammeKpi;
const kpis = [0, 1].map((tick) => ({ tick, programmes: [{ ...club, comparison: { memberMargin: 10, controlMargin: 8, memberShare: 1, controlShare: 0.9 } }] }) as unknown as TickKpis);

describe('heading with a glossary button', () => {
  it('« Membres et groupe témoin » is named without its « ? » button', () => {
    render(ProgrammeComparison, { kpis, programmes: [club], programmeLabel: () => 'Club', period: (t: number) => `Semaine ${t + 1}`, tag: 'fr-FR', unit: 'week' });
    const heading = document.getElementById('comparison-heading')!;
    expect(heading.querySelector('button')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: (name) => name === 'Membres et groupe témoin' })).toBe(heading);
  });
});
