/**
 * A long scenario in the editor (156 weeks, 300 dated events: the shop's 150 and its two competitors'
 * 75 each): the events are one line each and one opens at a time, with the focus on its first field and
 * back on its line when it closes; a message about a closed event leads to it from the error summary;
 * editing one event leaves the others as they were; removing and adding keep the order.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { manyEventsScenario } from '../../fixtures/manyEventsScenario.ts';

const long = () => manyEventsScenario(300) as unknown as Scenario;
const shopEvents = () => document.getElementById('ed-events')!;
/** the event lines (queried by id: testing-library's queries by role or label over this page take a minute in jsdom) */
const shopLines = () => [...shopEvents().querySelectorAll<HTMLButtonElement>('li > button[aria-expanded]')];
const line = (n: number) => document.getElementById(`ed-events-${n - 1}`)!;
/** a line's text without its number */
const content = () => shopLines().map((b) => b.textContent!.replace(/^événement n° \d+/, ''));
const move = (n: number) => document.getElementById(`ed-competitors-1-events-${n - 1}`)!;

describe('editor with hundreds of dated events', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('shows one line per event and no event form until one is opened; opening one closes the other', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: long() });
    expect(shopLines()).toHaveLength(150);
    const moves = document.getElementById('ed-competitors-1-events')!;
    expect(moves.querySelectorAll('li > button[aria-expanded]')).toHaveLength(75);
    expect(move(75)).toHaveAccessibleName(/^événement n° 75 · semaine 150 · Imitation · intensité 0,3 · «\sCoup n° 75 du concurrent\s»$/);
    // no field of any event is in the page
    expect(document.querySelectorAll('#ed-events input, #ed-events select, #ed-competitors input[id*="-events-"]')).toHaveLength(0);
    expect(line(121)).toHaveAccessibleName(/^événement n° 121 · semaine 121 · Vague d’incidents · intensité 1 · «\sSemaine 121 : événement du magasin\s»$/);

    await user.click(line(121));
    expect(line(121)).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('ed-events-120-tick')).toHaveFocus();
    expect(document.getElementById('ed-events-120-tick')).toHaveValue('121');
    expect(document.getElementById('ed-events-120-form')).toHaveRole('group');
    expect(document.getElementById('ed-events-120-form')).toHaveAccessibleName(/^événement n° 121 ·/);

    // one at a time: opening a competitor's move closes the shop's event
    await user.click(move(3));
    expect(document.getElementById('ed-competitors-1-events-2-tick')).toHaveFocus();
    expect(document.getElementById('ed-events-120-tick')).toBeNull();
    expect(line(121)).toHaveAttribute('aria-expanded', 'false');
    expect(within(document.getElementById('ed-competitors-1-events-2-form')!).getByLabelText('Argent')).toBeChecked();

    // Escape (or « Fermer ») closes it and gives the focus back to its line
    await user.keyboard('{Escape}');
    expect(document.getElementById('ed-competitors-1-events-2-tick')).toBeNull();
    expect(move(3)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(document.getElementById('ed-competitors-1-events-2-tick')).toHaveFocus();
    await user.click(screen.getByText('Fermer événement n° 3', { selector: 'button' }));
    expect(move(3)).toHaveFocus();
  });

  it('leads from the error summary to a field inside a closed event, which opens', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: long() });
    // shortened to 148 weeks: the events of weeks 148 and 149 fall after the end, the 300th among them
    const duration = document.getElementById('ed-durationTicks')!;
    expect(duration).toHaveAccessibleName('durée (en semaines)');
    await fireEvent.input(duration, { target: { value: '148' } });
    expect(screen.getByText(/^4 erreurs à corriger\s:$/, { selector: 'h3' })).toBeInTheDocument();
    expect(line(150)).toHaveAccessibleName(/ — 1 erreur$/);
    expect(line(149)).toHaveAccessibleName(/ — 1 erreur$/);
    expect(line(148)).not.toHaveAccessibleName(/erreur/);

    const links = [...document.querySelectorAll<HTMLAnchorElement>('[aria-labelledby="ed-errors-title"] a')];
    const link = (id: string) => links.find((a) => a.getAttribute('href') === `#${id}`)!;
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual([
      '#ed-competitors-0-events-74-tick',
      '#ed-competitors-1-events-74-tick',
      '#ed-events-148-tick',
      '#ed-events-149-tick',
    ]);
    await user.click(link('ed-competitors-1-events-74-tick'));
    const field = document.getElementById('ed-competitors-1-events-74-tick')!;
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    expect(move(75)).toHaveAttribute('aria-expanded', 'true');
    await user.click(link('ed-events-149-tick'));
    expect(document.getElementById('ed-events-149-tick')).toHaveFocus();
    expect(document.getElementById('ed-competitors-1-events-74-tick')).toBeNull();
    await user.clear(document.getElementById('ed-events-149-tick')!);
    await user.type(document.getElementById('ed-events-149-tick')!, '99');
    expect(screen.getByText(/^3 erreurs à corriger\s:$/, { selector: 'h3' })).toBeInTheDocument();
    expect(line(150)).not.toHaveAccessibleName(/erreur/);
  });

  it('changes only the event edited', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: long() });
    const before = shopLines().map((b) => b.textContent);
    await user.click(line(10));
    const intensity = document.getElementById('ed-events-9-intensity')!;
    await user.clear(intensity);
    await user.type(intensity, '3,5');
    await user.click(screen.getByText('Fermer événement n° 10', { selector: 'button' }));
    const after = shopLines().map((b) => b.textContent);
    expect(after[9]).toMatch(/· intensité 3,5 ·/);
    expect(after.filter((_, i) => i !== 9)).toEqual(before.filter((_, i) => i !== 9));
    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();
  });

  it('keeps the order when an event is removed or added, the open one following its event', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: long() });
    const before = content();
    // open the 5th, remove the 2nd: the same event stays open, now 4th
    await user.click(line(5));
    await user.click(line(2));
    await user.click(screen.getByText('Supprimer événement n° 2', { selector: 'button' }));
    expect(line(2)).toHaveFocus();
    let after = content();
    expect(after).toEqual([before[0], ...before.slice(2)]);
    await user.click(line(4));
    expect(document.getElementById('ed-events-3-tick')).toHaveValue('5');

    await user.click(screen.getByText('Supprimer événement n° 4', { selector: 'button' }));
    after = content();
    expect(after).toEqual([before[0], before[2], before[3], ...before.slice(5)]);

    // a new event comes last, opened, its first field focused
    await user.click(screen.getByText('Ajouter un événement', { selector: 'button' }));
    expect(shopLines()).toHaveLength(149);
    expect(line(149)).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('ed-events-148-tick')).toHaveFocus();
    expect(content().slice(0, 148)).toEqual(after);
  });

  it('in English', async () => {
    await setLocale('en');
    render(ScenarioEditorScreen, { initial: long() });
    expect(line(3)).toHaveAccessibleName(/^event 3 · week 3 · Low season · intensity 1\.2 · “Week 3: shop event”$/);
    expect(move(2)).toHaveAccessibleName(/^event 2 · week 4 · Opening · intensity 0\.15 · “Competitor move 2”$/);
  });

  it('names an event by its French label when its English one is blank, and by a plain label as written, as the rest of the editor does', async () => {
    await setLocale('en');
    const scenario = long();
    scenario.events[2]!.label = { fr: 'Semaine 3 : soldes', en: '  ' };
    (scenario.events[3] as { label: unknown }).label = ' Soldes ';
    render(ScenarioEditorScreen, { initial: scenario });
    expect(line(3)).toHaveAccessibleName(/^event 3 · week 3 · Low season · intensity 1\.2 · “Semaine 3 : soldes”$/);
    expect(line(4)).toHaveAccessibleName(/^event 4 · week 4 · Price rise · intensity 1\.3 · “Soldes” — 1 error$/);
  });
});
