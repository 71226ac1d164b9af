/**
 * A period's report names the complaint handling paid under « Coûts des actions » and its policy: with
 * « aucune décision » above it, the default « Standard » policy's 12 € looked like a cost out of
 * nowhere (QA tablet, Sport et Cimes week 1). A chosen policy is named without « par défaut ».
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import PastTicks from '../../../src/ui/whatif/PastTicks.svelte';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
// week 1: only complaints paid (12 €), no decision; week 2: « Rapide » chosen, 25 € paid
const kpis = makeKpiSeries(2, (k) =>
  k.tick === 0 ? { ...k, costs: 12, costsByType: { politiqueReclamations: 12 } } : { ...k, costs: 425, costsByType: { financier: 400, politiqueReclamations: 25 } },
);
const decisions = [{ tick: 1, actions: [{ type: 'politiqueReclamations', level: 'rapide' }] }] as unknown as DecisionsLog;

function renderPast() {
  render(PastTicks, { unit: 'week', kpis, decisions, rejections: [], canBranch: () => false, busy: false, onbranch: () => {} });
}

afterEach(() => setLocale('fr'));

describe('the period report’s action costs', () => {
  it('says the complaints were paid under the default policy when none was chosen, then names the chosen one', async () => {
    const user = userEvent.setup();
    renderPast();
    const picker = screen.getByRole('combobox', { name: 'Choisir une semaine' });
    await user.selectOptions(picker, 'Semaine 1');
    await user.click(screen.getByRole('button', { name: 'Rapport de la semaine 1' }));
    const report = screen.getByRole('region', { name: /^Rapport/ });
    expect(within(report).getByText('aucune décision')).toBeInTheDocument();
    expect(norm(within(report).getByTestId('complaint-cost-note').textContent)).toBe(
      ', dont 12 € de traitement des réclamations (politique « Standard », en vigueur par défaut)',
    );
    await user.selectOptions(picker, 'Semaine 2');
    await user.click(screen.getByRole('button', { name: 'Rapport de la semaine 2' }));
    expect(norm(screen.getByTestId('complaint-cost-note').textContent)).toBe(', dont 25 € de traitement des réclamations (politique « Rapide »)');
  });

  it('speaks English', async () => {
    await loadLocale('en');
    await setLocale('en');
    const user = userEvent.setup();
    renderPast();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choose a week' }), 'Week 1');
    await user.click(screen.getByRole('button', { name: 'Report of week 1' }));
    expect(norm(screen.getByTestId('complaint-cost-note').textContent)).toBe(', including €12 for handling complaints (“Standard” policy, in force by default)');
  });
});
