/**
 * The editor's kept draft meets the rest of the editor (issue #4, leftovers of QA robust finding 2):
 * a share link opened over an edited draft opens, the draft set aside (« Reprendre mon brouillon »,
 * or forgotten after a confirmation); « Jouer ce commerce » after a restored draft plays the edits;
 * the « Partir du scénario » choice comes back with the draft; a share link made from the draft
 * counts as an export for the question before leaving the page.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { encodeScenario } from '../../../src/scenario/link.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { STORAGE_KEY } from '../../../src/scenario/localScenarios.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const nameField = () => document.getElementById('ed-name-fr') as HTMLInputElement;
const sector = () => screen.getByLabelText('secteur d’activité');
const aside = () => screen.queryByText(/^Brouillon mis de côté/);

function asksBeforeLeaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function type(field: HTMLElement, value: string) {
  await fireEvent.input(field, { target: { value } });
  await tick();
}

/** A first visit that edits the shipped bakery's name, then leaves the screen. */
async function editedDraftLeft(name = 'Boulangerie de Lucie') {
  const first = render(ScenarioEditorScreen);
  await type(nameField(), name);
  first.unmount();
}

describe('a share link opened over a kept draft', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
    window.history.replaceState(null, '', '/#/editor');
  });
  afterEach(() => vi.restoreAllMocks());

  it('opens the link’s scenario and sets the edited draft aside, to resume from the keyboard', async () => {
    const user = userEvent.setup();
    await editedDraftLeft();
    const linked = fixtureScenario({ sector: 'caviste' });
    const shown = render(ScenarioEditorScreen, { initial: linked });
    expect(sector()).toHaveValue('caviste');
    expect(nameField()).toHaveValue(linked.name.fr);
    expect(screen.queryByText(/^Brouillon restauré/)).toBeNull();
    expect(aside()).toHaveTextContent(/^Brouillon mis de côté\s:\s«\sBoulangerie de Lucie\s», en cours quand un lien de partage a été ouvert/);
    expect(asksBeforeLeaving()).toBe(false);

    // back to the screen in the same page (the app hands the same link over): the same, still aside
    shown.unmount();
    render(ScenarioEditorScreen, { initial: linked });
    expect(sector()).toHaveValue('caviste');
    expect(aside()).toBeInTheDocument();

    const resume = screen.getByRole('button', { name: 'Reprendre mon brouillon' });
    resume.focus();
    await user.keyboard('{Enter}');
    expect(nameField()).toHaveValue('Boulangerie de Lucie');
    expect(sector()).not.toHaveValue('caviste');
    expect(aside()).toBeNull();
    expect(screen.getByText(/^Brouillon restauré/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Éditeur de scénario' })).toHaveFocus();
    expect(asksBeforeLeaving()).toBe(true);
  });

  it('keeps the draft aside across a reload, asks before resuming over edits to the link’s scenario, and forgets it on request', async () => {
    const user = userEvent.setup();
    await editedDraftLeft();
    const first = render(ScenarioEditorScreen, { initial: fixtureScenario({ sector: 'caviste' }) });
    await type(sector(), 'caviste bio');
    first.unmount();

    // a reload: the app no longer hands the link over, the edits to it come back, the draft still aside
    render(ScenarioEditorScreen);
    expect(sector()).toHaveValue('caviste bio');
    expect(aside()).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reprendre mon brouillon' }));
    const ask = await screen.findByRole('alertdialog');
    expect(ask).toHaveTextContent('Remplacer le scénario en cours');
    await user.click(within(ask).getByRole('button', { name: 'Annuler' }));
    expect(sector()).toHaveValue('caviste bio');

    await user.click(screen.getByRole('button', { name: 'Oublier ce brouillon' }));
    const forget = await screen.findByRole('alertdialog');
    expect(forget).toHaveTextContent(/Le brouillon\s«\sBoulangerie de Lucie\s» sera supprimé de ce navigateur/);
    await user.click(within(forget).getByRole('button', { name: 'Oublier le brouillon' }));
    expect(aside()).toBeNull();
    expect(sector()).toHaveValue('caviste bio');
    expect(localStorage.getItem('fidelis.editor.aside')).toBeNull();
  });

  it('sets nothing aside when the draft was not edited, or is the link’s own scenario', async () => {
    const plain = render(ScenarioEditorScreen);
    plain.unmount();
    const linked = fixtureScenario({ sector: 'caviste' });
    const shown = render(ScenarioEditorScreen, { initial: linked });
    expect(sector()).toHaveValue('caviste');
    expect(aside()).toBeNull();
    await type(sector(), 'fromager');
    shown.unmount();
    // the teacher's own link, made from this draft, opened again
    render(ScenarioEditorScreen, { initial: fixtureScenario({ sector: 'fromager' }) });
    expect(sector()).toHaveValue('fromager');
    expect(aside()).toBeNull();
  });

  it('does the same for a link the editor reads in the address itself', async () => {
    await editedDraftLeft();
    window.history.replaceState(null, '', `/?scenario=${await encodeScenario(fixtureScenario({ sector: 'caviste' }))}#/editor`);
    render(ScenarioEditorScreen);
    await waitFor(() => expect(screen.getByText('Scénario ouvert depuis un lien.')).toBeInTheDocument(), { timeout: 5000 });
    expect(sector()).toHaveValue('caviste');
    expect(aside()).toHaveTextContent('Boulangerie de Lucie');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('the rest of the editor after a restored draft', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
    window.history.replaceState(null, '', '/#/editor');
  });
  afterEach(() => vi.restoreAllMocks());

  it('« Jouer ce commerce » plays the restored edits, also after a reload of the saved shop', async () => {
    const user = userEvent.setup();
    const onplay = vi.fn<(s: Scenario) => void>();
    const first = render(ScenarioEditorScreen, { onplay });
    await type(document.getElementById('ed-id')!, 'boulangerie-de-lucie');
    await type(nameField(), 'Boulangerie de Lucie');
    await type(screen.getByLabelText('durée (en semaines)', { exact: true }), '60');
    first.unmount();

    const second = render(ScenarioEditorScreen, { onplay });
    expect(screen.getByText(/^Brouillon restauré/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Jouer ce commerce' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Enregistrer dans le navigateur' }));
    await user.click(screen.getByRole('button', { name: 'Jouer ce commerce' }));
    expect(onplay).toHaveBeenCalledTimes(1);
    expect(onplay.mock.calls[0][0]).toMatchObject({ id: 'boulangerie-de-lucie', name: { fr: 'Boulangerie de Lucie' }, durationTicks: 60 });
    second.unmount();

    // saved as it is: the next visit still offers to play it, and plays the same
    render(ScenarioEditorScreen, { onplay });
    await user.click(screen.getByRole('button', { name: 'Jouer ce commerce' }));
    expect(onplay).toHaveBeenCalledTimes(2);
    expect(onplay.mock.calls[1][0]).toEqual(onplay.mock.calls[0][0]);
    // edited since: saved again before it plays
    await type(screen.getByLabelText('durée (en semaines)', { exact: true }), '70');
    expect(screen.queryByRole('button', { name: 'Jouer ce commerce' })).toBeNull();
  });

  it('brings the « Partir du scénario » choice back with the draft, unless it names a scenario gone since', async () => {
    const user = userEvent.setup();
    const shipped = shippedScenarios().scenarios;
    const other = shipped[2];
    const first = render(ScenarioEditorScreen);
    await user.selectOptions(screen.getByLabelText('Partir du scénario'), `shipped:${other.file}`);
    await type(nameField(), 'Boulangerie de Lucie');
    first.unmount();
    const second = render(ScenarioEditorScreen);
    expect(screen.getByLabelText('Partir du scénario')).toHaveValue(`shipped:${other.file}`);

    // a scenario of mine chosen, then deleted from another tab: the first shipped one is chosen again
    await user.click(screen.getByRole('button', { name: 'Enregistrer dans le navigateur' }));
    second.unmount();
    const third = render(ScenarioEditorScreen);
    await user.selectOptions(screen.getByLabelText('Partir du scénario'), 'mine:Boulangerie de Lucie');
    third.unmount();
    render(ScenarioEditorScreen).unmount();
    const kept = JSON.parse(localStorage.getItem('fidelis.editor.draft')!) as { source: string };
    expect(kept.source).toBe('mine:Boulangerie de Lucie');
    localStorage.removeItem(STORAGE_KEY);
    render(ScenarioEditorScreen);
    expect(screen.getByLabelText('Partir du scénario')).toHaveValue(`shipped:${shipped[0].file}`);
  });

  it('counts a share link made from the draft as an export: copied to the clipboard, or copied by hand from its field', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    await type(nameField(), 'Boutique partagée');
    expect(asksBeforeLeaving()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Créer un lien de partage' }));
    await screen.findByText('Lien copié dans le presse-papiers.');
    expect(asksBeforeLeaving()).toBe(false);

    await type(nameField(), 'Boutique modifiée');
    expect(asksBeforeLeaving()).toBe(true);
    expect(writeText).toHaveBeenCalledTimes(1);
    writeText.mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Créer un lien de partage' }));
    await waitFor(() => expect(screen.queryByText('Lien copié dans le presse-papiers.')).toBeNull());
    expect(writeText).toHaveBeenCalledTimes(2);
    const field = screen.getByLabelText('Lien de partage (copiez-le) :');
    expect(asksBeforeLeaving()).toBe(true);
    // edits made after the link: copying it still leaves them unsaved
    await type(nameField(), 'Boutique modifiée encore');
    await fireEvent.copy(field);
    expect(asksBeforeLeaving()).toBe(true);
    await type(nameField(), 'Boutique modifiée');
    expect(asksBeforeLeaving()).toBe(false);
  });
});
