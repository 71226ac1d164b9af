/**
 * A double-click on a decision form (QA robust #1): the same programme, data collection, campaign or
 * complaint policy must not be queued (and paid) twice in one period. The button is disabled while the
 * identical decision is queued, with the reason, and the session refuses it anyway (a second submit).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StrategyPanel from '../../../src/ui/decisions/StrategyPanel.svelte';
import DataCollectionForm from '../../../src/ui/decisions/DataCollectionForm.svelte';
import AcquisitionForm from '../../../src/ui/decisions/AcquisitionForm.svelte';
import ComplaintPolicyForm from '../../../src/ui/decisions/ComplaintPolicyForm.svelte';
import { started } from './session.ts';
import { clickWhenEnabled } from '../../fixtures/clickWhenEnabled.ts';

describe('the same decision twice in one period', () => {
  it('strategy: a double-click queues the programme once; another tool on the same target is still possible', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(StrategyPanel, { props: { session, target: {}, count: 100, allowed: ['lienSocial', 'financier'] } });
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    const apply = screen.getByRole('button', { name: /Appliquer à la cible/ });
    await user.dblClick(apply);
    // the form was sent twice before the button could be disabled: still one programme
    fireEvent.submit(apply.closest('form')!);
    expect(session.pending).toHaveLength(1);
    expect(apply).toBeDisabled();
    expect(apply).toHaveAccessibleDescription(/Ce programme est déjà prévu pour cette cible cette semaine/);

    // another tool of the same strategy is another programme
    await user.click(screen.getByRole('radio', { name: /Événement privé/ }));
    await clickWhenEnabled(user, () => apply);
    expect(session.pending.map((a) => a.type === 'lienSocial' && a.instrument)).toEqual(['club', 'evenementPrive']);
    expect(notices.list.filter((n) => n.key.startsWith('decisions.duplicate'))).toHaveLength(0);

    // the next period may launch it again
    await session.advance(1);
    await waitFor(() => expect(apply).toBeEnabled());
  });

  it('data collection, acquisition and complaint policy: one click queues it, a second is refused', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    render(DataCollectionForm, { props: { session, target: {}, count: 100 } });
    render(AcquisitionForm, { props: { session, channels: ['flyers'] } });
    render(ComplaintPolicyForm, { props: { session } });
    await user.dblClick(screen.getByRole('button', { name: /Collecter sur la cible/ }));
    await user.dblClick(screen.getByRole('button', { name: 'Lancer la campagne' }));
    await user.click(screen.getByRole('radio', { name: /Rapide/ }));
    await user.dblClick(screen.getByRole('button', { name: 'Appliquer cette politique' }));
    expect(session.pending.map((a) => a.type)).toEqual(['collecteDonnees', 'acquisition', 'politiqueReclamations']);
    expect(screen.getByText(/Cette collecte de données est déjà prévue pour cette cible cette semaine/)).toBeInTheDocument();
    expect(screen.getAllByText(/Cette décision est déjà prévue pour cette semaine/)).toHaveLength(2);
  });
});
