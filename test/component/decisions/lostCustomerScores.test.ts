/**
 * One rule for a lost customer's R, F and M on every screen (QA class 1): the decisions' target
 * preview read « Client perdu | Inactif | 2-5-5 » and his file « Récence 2 sur 5 », while the
 * customer table showed « — — — ». RFM scores the customers still there against each other; the
 * engine keeps a lost customer's last scores, and every screen now shows « — » through cellText
 * shownScore (customersLogic.test.ts). The target preview no longer lists lost customers at all: it
 * lists those the count counts, whom the action reaches (targetCountLost.test.ts); theirs are scored.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from './session.ts';

describe('target preview: the R-F-M of the customers it lists', () => {
  it('lists no lost customer, and shows the scores of those still there', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 1500));
    render(DecisionsScreen, { session, notices });
    await user.click(screen.getByRole('checkbox', { name: 'Client perdu' }));
    await user.click(screen.getByRole('checkbox', { name: 'Client actif' }));
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/clients perdus exclus/));
    const preview = await screen.findByRole('table', { name: 'Premiers clients de la cible' });
    // and under it, what the segment column is (QA class 4)
    expect(preview.closest('.count-box')!.textContent!.replace(/\s+/g, ' ')).toMatch(/Segment \(RFM\).*compare les notes R, F, M du client à celles des autres clients/);
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent('Client actif');
      expect(cells[3]).toHaveTextContent(/^[1-5]-[1-5]-[1-5]$/);
    }
  });
});
