import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { formatMoney, formatNumber } from '../../../src/app/format.ts';
import { costPerComplaint, policyInForce } from '../../../src/app/complaintPolicy.ts';
import { started } from './session.ts';

const spaced = (s: string) => s.replace(/\s+/g, ' ');
const panel = () => screen.getByRole('form', { name: /Politique de réclamations/ });

describe('the complaint policy panel', () => {
  it('shows the policy in force, not « Standard » whatever was decided, after an undo and when the screen opens again', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    const first = render(DecisionsScreen, { session, notices });
    expect(screen.getByTestId('complaint-policy')).toHaveTextContent('Politique en vigueur : Standard.');
    await user.click(within(panel()).getByRole('radio', { name: /^Rapide/ }));
    await user.click(within(panel()).getByRole('button', { name: 'Appliquer cette politique' }));
    expect(screen.getByTestId('complaint-policy')).toHaveTextContent('À partir de cette semaine : Rapide (décision en attente).');
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    expect(screen.getByTestId('complaint-policy')).toHaveTextContent(/^Politique en vigueur : Rapide\.$/);

    // another policy decided, then undone: the one in force is still Rapide
    await user.click(within(panel()).getByRole('radio', { name: /^Excellente/ }));
    await user.click(within(panel()).getByRole('button', { name: 'Appliquer cette politique' }));
    await user.click(screen.getByRole('button', { name: 'Annuler la dernière décision' }));
    expect(screen.getByTestId('complaint-policy')).toHaveTextContent(/^Politique en vigueur : Rapide\.$/);
    expect(within(panel()).getByRole('radio', { name: /^Rapide/ })).toBeChecked();

    first.unmount();
    render(DecisionsScreen, { session, notices });
    expect(screen.getByTestId('complaint-policy')).toHaveTextContent(/^Politique en vigueur : Rapide\.$/);
    expect(within(panel()).getByRole('radio', { name: /^Rapide/ })).toBeChecked();
  });

  it('says what each policy costs per complaint and what complaints cost last period', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    // the bakery's cost: staff time plus a quarter of its 6,90 € basket, in cents (unitCosts.ts; a flat 12 € before 02/12/2026)
    expect(costPerComplaint('standard', session.scenario!)).toBe(5.73);
    expect(within(panel()).getByRole('radio', { name: `Standard (${formatMoney('fr', 5.73, 2)} par réclamation)` })).toBeChecked();
    expect(within(panel()).getByRole('radio', { name: `Rapide (${formatMoney('fr', 8.07, 2)} par réclamation)` })).toBeInTheDocument();
    expect(within(panel()).getByRole('radio', { name: `Ignorer (${formatMoney('fr', 0)} par réclamation)` })).toBeInTheDocument();
    expect(screen.getByTestId('complaint-cost')).toHaveTextContent(/payée sur le budget, chaque semaine/);
    await user.click(screen.getByRole('button', { name: 'Avancer de 4 semaines' }));
    await waitFor(() => expect(session.tick).toBe(4));
    const last = session.kpis.at(-1)!;
    expect(last.complaints).toBeGreaterThan(0);
    expect(screen.getByTestId('complaint-cost')).toHaveTextContent(
      spaced(`Traitement des réclamations de la semaine 4 : ${formatMoney('fr', last.costsByType.politiqueReclamations ?? 0)} pour ${formatNumber('fr', last.complaints)} réclamation${last.complaints > 1 ? 's' : ''}`),
    );
  });

  it('says in plain words what TARP and the recovery paradox mean for the learner (QA qa10 F5)', async () => {
    // a self-learner read « d’après TARP » and « le paradoxe de la réparation est faible, de Matos et al. 2007 »: two names, no meaning
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const help = spaced(within(panel()).getByText(/Une réclamation bien et vite traitée/).textContent!);
    expect(help).toContain('d’après les études TARP sur les clients mécontents');
    expect(help).toContain('une réparation exceptionnelle rend le client à peine plus satisfait, sans guère le faire racheter davantage');
    expect(help).not.toContain('le paradoxe de la réparation est faible');
  });
});

describe('policyInForce', () => {
  it('is the last policy decided, standard before any', () => {
    expect(policyInForce([])).toBe('standard');
    expect(
      policyInForce([
        { tick: 0, actions: [{ type: 'politiqueReclamations', level: 'ignorer' }, { type: 'politiqueReclamations', level: 'excellente' }] },
        { tick: 2, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 10 }] },
      ]),
    ).toBe('excellente');
  });
});
