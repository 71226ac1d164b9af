/**
 * The editor's error summary was one polite live region: its whole list, and the remarks that change as each digit of
 * a figure is typed, could be read again after every keystroke (QA qa27editor minor 9). The summary is now a plain
 * group of links; a short status line says « 1 erreur à corriger » and changes only when the count does.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const LIVE = '[aria-live], [role="status"], [role="alert"], [role="log"]';
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
/** types `text` over the field's whole value, as after Ctrl+A (never empty in between) */
const overwrite = (user: ReturnType<typeof userEvent.setup>, id: string, text: string) =>
  user.type(field(id), text, { initialSelectionStart: 0, initialSelectionEnd: field(id).value.length });

/** The status line that says the count, and every text it has said since (each change of its content). */
function countLine(): { line: HTMLElement; said: string[] } {
  const line = screen.getAllByRole('status').find((s) => /erreur à corriger/.test(s.textContent ?? ''))!;
  const said: string[] = [];
  new MutationObserver(() => said.push(line.textContent ?? '')).observe(line, { subtree: true, childList: true, characterData: true });
  return { line, said };
}

describe('the editor’s error summary and its status line', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('the list of errors and remarks is in no live region; a short status says the count, only when it changes', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    const summary = document.getElementById('ed-summary')!;
    expect(summary.closest(LIVE)).toBeNull();
    expect(summary.querySelector(LIVE)).toBeNull();
    const { line, said } = countLine();
    expect(line).toHaveTextContent('Aucune erreur à corriger.');
    expect(line.contains(summary) || summary.contains(line)).toBe(false);

    // a remark that follows each digit typed (the customers at the start vs an objective): the status says nothing
    await overwrite(user, 'ed-customers-initial', '12');
    expect(said.every((text) => /erreur à corriger/.test(text))).toBe(true);
    const before = said.length;

    // one error: said once; the same error with another message as the figure is typed: nothing more
    await user.clear(field('ed-economics-marginRate'));
    expect(said.slice(before)).toEqual([expect.stringMatching(/^1\s?erreur à corriger$/)]);
    await user.type(field('ed-economics-marginRate'), '55');
    expect(field('ed-economics-marginRate')).toHaveAccessibleDescription(/doit être compris entre 0 et 1 \(reçu\s?:\s?55\)/);
    await overwrite(user, 'ed-customers-initial', '200');
    expect(said.slice(before)).toHaveLength(1);

    await user.clear(field('ed-id'));
    expect(said.at(-1)).toMatch(/^2\s?erreurs à corriger$/);
    await user.clear(field('ed-economics-marginRate'));
    await user.type(field('ed-economics-marginRate'), '1');
    await user.type(field('ed-id'), 'boutique');
    expect(said.slice(before).slice(1)).toEqual([expect.stringMatching(/^2\s?erreurs/), expect.stringMatching(/^1\s?erreur /), 'Aucune erreur à corriger.']);
  });

  it('the summary stays a list of links to the fields, named by its count', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    await user.clear(field('ed-id'));
    const list = screen.getByRole('list', { name: /^1\s?erreur à corriger\s?:$/ });
    const link = within(list).getByRole('link', { name: /identifiant/ });
    await user.click(link);
    expect(document.activeElement).toBe(field('ed-id'));
  });
});
