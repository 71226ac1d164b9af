/**
 * The charts screen's programme names and error-bar note (QA phone F10, F11): the « Programme comparé » select starts
 * each option with the launch period, so two coupon programmes are told apart on a phone, while the chart's title
 * (or, without a chart, a line under the select) keeps the full name; the note explains the arrow at the end of a margin of error longer than the axis, only then.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ChartsScreen from '../../../src/ui/charts/ChartsScreen.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const ARROW = 'Un trait terminé par une flèche continue au-delà du graphique';

describe('programmes on the charts screen', () => {
  it('names each compared programme by its launch period first, the chart keeping the full name', () => {
    const kpis = makeKpiSeries(4, (k) => ({ ...k, programmes: [...k.programmes, { ...k.programmes[0], id: '2:0', startTick: 2 }] }));
    render(ChartsScreen, { scenario, kpis });
    const select = screen.getByRole('combobox', { name: 'Programme comparé' });
    expect(within(select).getAllByRole('option').map((o) => norm(o.textContent))).toEqual([
      'Semaine 1 : Bons de réduction',
      'Semaine 3 : Bons de réduction',
    ]);
    expect(screen.getByRole('figure', { name: /^Marge cumulée par client/ })).toHaveAccessibleName('Marge cumulée par client — Avantage financier — Bons de réduction (Semaine 3)');
  });

  it('writes the chosen programme’s full name under the select when no chart title gives it', async () => {
    const user = userEvent.setup();
    const kpis = makeKpiSeries(4, (k) => ({ ...k, programmes: [...k.programmes, { ...k.programmes[0], id: '2:0', instrument: 'club', type: 'lienSocial', startTick: 2, controlGroup: 0 }] }));
    render(ChartsScreen, { scenario, kpis });
    expect(screen.queryByTestId('comparison-name')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Programme comparé' }), '2:0');
    expect(screen.getByTestId('comparison-name')).toHaveTextContent('Lien social — Club clients (Semaine 3)');
  });

  it('explains the arrow of a margin of error cut at the axis’ end only when one is', () => {
    const { unmount } = render(ChartsScreen, { scenario, kpis: makeKpiSeries(6) });
    const note = () => norm(screen.getByRole('figure', { name: /^Coût et rentabilité des programmes/ }).textContent);
    expect(note()).toContain('Les traits noirs donnent la marge d’erreur à 95 %');
    expect(note()).not.toContain(ARROW);
    unmount();
    // 2 820 € ± 20 000 € next to a 2 400 € cost: the line stops at twice the longest bar
    render(ChartsScreen, { scenario, kpis: makeKpiSeries(6, (k) => ({ ...k, programmes: [{ ...k.programmes[0], incrementalMarginError: 20000 }] })) });
    expect(note()).toContain(`(effet non démontré). ${ARROW}`);
    // its figures are in the table
    expect(note()).toContain('20 000 €');
  });
});
