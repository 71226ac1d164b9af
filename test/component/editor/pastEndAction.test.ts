/**
 * Shortening « Durée » in the editor (QA qa13 E2): one button under the error summary removes the events
 * after the end and moves the deadlines past it to the end, instead of deleting them one by one; it says
 * what went with the focus on that message, and « Annuler le retrait » puts them back (focus back on the
 * button) until the next edit. Reached and pressed with the keyboard. In French and in English.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

// 12 weeks: the shop's events at weeks 3 and 9, the competitor's promotion at week 4, an objective at week 8
const scenario = () =>
  fixtureScenario({
    events: [
      { tick: 3, kind: 'saisonHaute', intensity: 1.2 },
      { tick: 9, kind: 'travaux', intensity: 0.5 },
    ],
  });
const duration = () => document.getElementById('ed-durationTicks')!;
const summaryTitle = () => document.getElementById('ed-errors-title');
const shopLines = () => [...document.querySelectorAll('#ed-events li > button[aria-expanded]')].map((b) => b.textContent);

describe('removing the events after the end from the editor', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('removes them with one keyboard action, says what went, and undoes it until the next edit', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: scenario() });
    expect(document.getElementById('ed-past-end-action')).toBeNull();
    await fireEvent.input(duration(), { target: { value: '4' } });
    expect(summaryTitle()).toHaveTextContent(/^3 erreurs à corriger\s:$/);
    const action = screen.getByRole('button', { name: 'Retirer les 2 événements après la fin et ramener l’échéance dépassée à la fin du scénario' });

    // from the summary's last link, the next Tab is the button
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[aria-labelledby="ed-errors-title"] a')];
    links.at(-1)!.focus();
    await user.tab();
    expect(action).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();
    const done = document.getElementById('ed-past-end-done')!;
    expect(done).toHaveFocus();
    expect(done).toHaveTextContent(/^2 événements retirés\s: ils tombaient après la fin \(4 semaines\)\. 1 échéance ramenée à la fin du scénario\. Rallonger la durée ne les fait pas revenir/);
    expect([...done.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Mode Rivale, semaine 5\u00a0: Promotion',
      'événement du magasin, semaine 10\u00a0: Travaux',
      'objectif «\u00a0Au moins 150 clients actifs en semaine 8\u00a0»\u00a0: échéance 8, désormais la fin du scénario',
    ]);
    expect(shopLines()).toEqual([expect.stringMatching(/^événement n° 1 · semaine 4 ·/)]);
    expect(document.getElementById('ed-competitors-0-events')!.querySelectorAll('li')).toHaveLength(0);
    expect(document.getElementById('ed-objectives-1-byTick')).toHaveValue('');

    // « Annuler le retrait »: all back, the focus on the button again
    await user.tab();
    expect(screen.getByRole('button', { name: 'Annuler le retrait' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(summaryTitle()).toHaveTextContent(/^3 erreurs à corriger\s:$/);
    expect(shopLines()).toHaveLength(2);
    expect(document.getElementById('ed-objectives-1-byTick')).toHaveValue('8');
    expect(document.getElementById('ed-past-end-action')).toHaveFocus();

    // removed again, then the duration lengthened: the undo is gone, and so are the events
    await user.keyboard('{Enter}');
    await fireEvent.input(duration(), { target: { value: '12' } });
    expect(screen.queryByRole('button', { name: 'Annuler le retrait' })).toBeNull();
    expect(document.getElementById('ed-past-end-done')).toBeNull();
    expect(document.getElementById('ed-past-end-action')).toBeNull();
    expect(shopLines()).toHaveLength(1);
    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();
  });

  it('offers nothing for a duration still being typed, and speaks English', async () => {
    await setLocale('en');
    render(ScenarioEditorScreen, { initial: scenario() });
    await fireEvent.input(duration(), { target: { value: '2' } });
    expect(document.getElementById('ed-past-end-action')).toBeNull();
    await fireEvent.input(duration(), { target: { value: '9' } });
    const action = screen.getByRole('button', { name: 'Remove the event after the end' });
    await fireEvent.click(action);
    expect(document.getElementById('ed-past-end-done')).toHaveTextContent(/^1 event removed: it fell after the end \(9 weeks\)\. Lengthening the duration/);
    expect(screen.getByText('shop event, week 10: Works')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo the removal' })).toBeInTheDocument();
  });
});
