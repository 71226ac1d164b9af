/**
 * « Et si… ? »: with a period's report open, picking another period closes it; the button opens the one picked. QA hqa F10 (bakery):
 * the picker and the button said « semaine 20 » while the panel below was still « Rapport de la semaine 6 ».
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PastTicks from '../../../src/ui/whatif/PastTicks.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

describe('the period report and the period picker', () => {
  it('never shows one period’s report under another period picked', async () => {
    const user = userEvent.setup();
    render(PastTicks, { unit: 'week', kpis: makeKpiSeries(3), decisions: [], rejections: [], canBranch: () => false, busy: false, onbranch: () => {} });
    const picker = screen.getByRole('combobox', { name: 'Choisir une semaine' });
    await user.selectOptions(picker, 'Semaine 1');
    await user.click(screen.getByRole('button', { name: 'Rapport de la semaine 1' }));
    expect(screen.getByRole('region', { name: 'Rapport de la semaine 1' })).toBeInTheDocument();
    await user.selectOptions(picker, 'Semaine 3');
    expect(screen.queryByRole('region', { name: /^Rapport de la semaine/ })).toBeNull();
    const button = screen.getByRole('button', { name: 'Rapport de la semaine 3' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(screen.getByRole('region', { name: 'Rapport de la semaine 3' })).toBeInTheDocument();
  });
});
