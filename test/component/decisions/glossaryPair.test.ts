/**
 * Two « ? » after the same sentence look alike (QA shops 12: « … Ou choisissez un outil en magasin. ? ? »,
 * « Groupe témoin » and « Collecte de données »): where an enrolment line links several glossary cards,
 * each button shows its card's name, and its accessible name holds that visible name.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from './session.ts';

describe('strategy form: several glossary links on one line', () => {
  it('names each « ? » visibly when a line links two cards', async () => {
    const user = userEvent.setup();
    // 600 customers: enough in the target for a control group, too few consented for an e-mail invitation's one
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 600));
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    await user.click(screen.getByRole('radio', { name: /Événement privé/ }));
    const box = await screen.findByTestId('enrolment');
    const line = within(box).getByText(/Trop peu de clients joignables pour un groupe témoin/);
    const buttons = within(line).getAllByRole('button');
    expect(buttons).toHaveLength(2);
    const texts = buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(new Set(texts).size).toBe(2);
    for (const [i, b] of buttons.entries()) {
      const name = b.getAttribute('aria-label')!;
      expect(texts[i]).toMatch(/^\? \S/);
      expect(name).toContain(texts[i].slice(2));
    }
    expect(texts).toContain('? Groupe témoin');
  });
});
