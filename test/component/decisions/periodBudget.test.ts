import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { formatMoney } from '../../../src/app/format.ts';
import { surveyCost } from '../../../src/app/costEstimate.ts';
import { started } from './session.ts';

// as testing-library reads text: any run of spaces (the narrow no-break ones of French numbers too) as one space
const money = (v: number) => formatMoney('fr', v).replace(/\s+/g, ' ');

describe('the estimated cost of the period, before advancing', () => {
  it('warns when the pending decisions cost more than the budget available, and stops warning once removed', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const available = session.budgetLeft + session.scenario!.budget.perTick;
    const panel = screen.getByRole('region', { name: 'Coût estimé de la période' });
    await waitFor(() => expect(within(panel).getByText(new RegExp(`^${money(available)} \\(reste`))).toBeInTheDocument());
    expect(within(panel).queryByRole('alert')).toBeNull();

    // a mystery shopper of 200 visits: more than the budget can pay
    await user.click(screen.getByRole('radio', { name: 'Client mystère' }));
    const sample = screen.getByRole('spinbutton', { name: 'Taille de l’échantillon' });
    await user.clear(sample);
    await user.type(sample, '200');
    await user.click(screen.getByRole('button', { name: 'Commander l’enquête' }));
    const cost = surveyCost('clientMystere', 200);
    expect(cost).toBeGreaterThan(available);
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(`le coût estimé (${money(cost)}) dépasse le budget disponible (${money(available)})`);
    expect(screen.getByTestId('advance-over-budget')).toHaveTextContent(`Coût estimé (${money(cost)}) supérieur au budget disponible`);

    const pending = screen.getByRole('region', { name: 'Décisions de la période' });
    await user.click(within(pending).getByRole('button', { name: 'Retirer la décision 1' }));
    await waitFor(() => expect(within(panel).queryByRole('alert')).toBeNull());
    expect(screen.queryByTestId('advance-over-budget')).toBeNull();
  });

  it.each(['Lien social', 'Avantage financier'])('prices %s on its target, as its form does', async (strategy) => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(screen.getByRole('radio', { name: strategy }));
    const shown = /^(.+?) par période/.exec(screen.getByTestId('strategy-cost').textContent!.replace(/\s+/g, ' ').trim())![1];
    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    const panel = screen.getByRole('region', { name: 'Coût estimé de la période' });
    await waitFor(() => expect(within(panel).getByText('Décisions de la période').nextElementSibling).toHaveTextContent(shown));
  });
});

describe('the period after a personalisation is launched (QA shops 1)', () => {
  it('counts the running personalisation at its per-period cost, its one-off set-up left out', async () => {
    const { session, notices } = await started();
    expect(session.add({ type: 'personnalisation', instrument: 'personalShopper', target: {} })).toBe(true);
    await session.advance(1);
    const relance = session.runningProgrammes.find((p) => p.type === 'personnalisation')!;
    expect(relance.setupCost).toBeGreaterThan(0);
    render(DecisionsScreen, { session, notices });
    const panel = screen.getByRole('region', { name: 'Coût estimé de la période' });
    const running = await within(panel).findByText('Programmes en cours');
    await waitFor(() => expect(running.nextElementSibling).toHaveTextContent(money(relance.costThisTick - relance.setupCost!)));
    expect(within(panel).queryByRole('alert')).toBeNull();
  });
});
