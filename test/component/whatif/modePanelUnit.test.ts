/**
 * The what-if screen's game mode said « revenir à n’importe quelle période passée » and « Les rapports des périodes
 * passées » (periodWords31's list): a weekly shop now reads the week, a monthly one the month (decisions.tickWords).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ModePanel from '../../../src/ui/whatif/ModePanel.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

const text = () => (screen.getByRole('region').textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('ModePanel says the shop’s unit', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    ['week', 'rejouer à partir de la semaine de votre choix'],
    ['month', 'rejouer à partir du mois de votre choix'],
  ] as const)('sandbox, a %s shop (fr)', (unit, want) => {
    render(ModePanel, { mode: 'sandbox', finished: false, unit });
    expect(text()).toContain(want);
    expect(text()).not.toMatch(/période/);
  });

  it('committed: no « périodes passées »', () => {
    render(ModePanel, { mode: 'committed', finished: false, unit: 'month' });
    expect(text()).toContain('Les rapports passés restent consultables.');
    expect(text()).not.toMatch(/période/);
  });

  it.each([
    ['week', 'go back to any past week and play again', 'from that week with'],
    ['month', 'go back to any past month and play again', 'from that month with'],
  ] as const)('sandbox, a %s shop (en)', async (unit, want, from) => {
    await setLocale('en');
    render(ModePanel, { mode: 'sandbox', finished: false, originGone: true, unit });
    expect(text()).toContain(want);
    expect(text()).toContain(from);
    expect(text()).not.toMatch(/period/);
  });

  it('committed, a monthly shop (en): « no undo once a month is played »', async () => {
    await setLocale('en');
    render(ModePanel, { mode: 'committed', finished: true, unit: 'month' });
    expect(text()).toContain('no undo once a month is played');
    expect(text()).toContain('Past months’ reports remain viewable.');
    expect(text()).not.toMatch(/period/);
  });
});
