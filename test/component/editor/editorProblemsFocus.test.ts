/**
 * « Enregistrer » or « Exporter » on a draft with errors left the focus on the button: a keyboard or screen-reader
 * user heard that there were errors (or a draft saved with them) but not where. The focus now goes to the
 * summary, whose content (the count and the links to the fields) is read out, as an error summary is on submit.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

/** the summary the focus is on: the element that lists the errors, with its links */
async function focusedSummary(): Promise<HTMLElement> {
  await waitFor(() => expect(document.activeElement).not.toBe(document.body));
  const summary = document.activeElement as HTMLElement;
  await waitFor(() => expect(within(summary).getByRole('heading', { name: /1\s*erreur à corriger/ })).toBeInTheDocument());
  // named by its heading: a focused group is read by its name, then its links are reached by Tab (review17 m5)
  expect(summary).toHaveAccessibleName(/1\s*erreur à corriger/);
  expect(within(summary).getByRole('link', { name: /identifiant/ })).toBeInTheDocument();
  return summary;
}

describe('scenario editor: the focus after a save or an export that meets errors', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });
  afterEach(() => vi.restoreAllMocks());

  it('« Exporter en fichier JSON » refused: the focus goes to the error summary', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    await user.clear(document.getElementById('ed-id')!);
    const button = screen.getByRole('button', { name: 'Exporter en fichier JSON' });
    await user.click(button);
    expect(screen.getByRole('alert')).toHaveTextContent('Corrigez les erreurs');
    const summary = await focusedSummary();
    expect(summary).not.toBe(button);
    // Tab from there reaches the first error's link
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/identifiant/);
  });

  it('« Enregistrer » of a draft with errors: saved, and the focus goes to the error summary', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    await user.clear(document.getElementById('ed-id')!);
    await user.click(screen.getByRole('button', { name: 'Enregistrer dans le navigateur' }));
    await focusedSummary();
  });

  it('« Enregistrer » over a saved draft of that name, confirmed: the focus still goes to the summary, not back to the button', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    await user.clear(document.getElementById('ed-id')!);
    const save = screen.getByRole('button', { name: 'Enregistrer dans le navigateur' });
    await user.click(save);
    await focusedSummary();
    await user.click(save);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Écraser' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await focusedSummary();
  });

  it('a valid draft saved or exported keeps the focus where it was', async () => {
    const user = userEvent.setup();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    const exportButton = screen.getByRole('button', { name: 'Exporter en fichier JSON' });
    await user.click(exportButton);
    expect(document.activeElement).toBe(exportButton);
  });
});
