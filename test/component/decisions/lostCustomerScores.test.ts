/**
 * One rule for a lost customer's R, F and M on every screen (QA class 1): the decisions' target
 * preview read « Client perdu | Inactif | 2-5-5 » and his file « Récence 2 sur 5 », while the
 * customer table showed « — — — ». RFM scores the customers still there against each other; the
 * engine keeps a lost customer's last scores, and every screen now shows « — » through cellText
 * shownScore.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from './session.ts';
import { draftFor } from '../../../src/app/targetDraft.svelte.ts';

describe('target preview: a lost customer has no R-F-M', () => {
  it('shows « — » for the lost customers of the target and the scores of the others', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 1500));
    render(DecisionsScreen, { session, notices });
    await user.click(screen.getByRole('checkbox', { name: 'Client perdu' }));
    const preview = await screen.findByRole('table', { name: 'Premiers clients de la cible' });
    await waitFor(() => expect(within(preview).getAllByRole('row').length).toBeGreaterThan(1));
    const rows = within(preview).getAllByRole('row').slice(1);
    // and under it, what the segment column is (QA class 4)
    expect(preview.closest('.count-box')!.textContent!.replace(/\s+/g, ' ')).toMatch(/Segment \(RFM\).*compare les notes R, F, M du client à celles des autres clients/);
    // the engine does keep scores for them: without the rule the cell read « 2-5-5 »
    const names = rows.map((row) => within(row).getByRole('rowheader').textContent);
    const records = draftFor(session).preview;
    expect(records.map((c) => `${c.firstName} ${c.lastName}`)).toEqual(names);
    expect(records.some((c) => c.r > 0)).toBe(true);
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent('Client perdu');
      expect(cells[3]).toHaveTextContent(/^—$/);
    }

    await user.click(screen.getByRole('checkbox', { name: 'Client perdu' }));
    await user.click(screen.getByRole('checkbox', { name: 'Client actif' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Premiers clients de la cible' })).getAllByRole('row')[1]).toHaveTextContent('Client actif'));
    const active = within(screen.getByRole('table', { name: 'Premiers clients de la cible' })).getAllByRole('row')[1];
    expect(within(active).getAllByRole('cell')[3]).toHaveTextContent(/^[1-5]-[1-5]-[1-5]$/);
  });
});
