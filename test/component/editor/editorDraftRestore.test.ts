/**
 * The editor keeps its draft across visits (QA robust finding 2): leaving the screen (unmount) and
 * coming back, or reloading, finds the edits again with « Brouillon restauré » and a way back to the
 * scenario it started from; leaving the page with edits neither saved nor exported asks first.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const nameField = () => document.getElementById('ed-name-fr') as HTMLInputElement;

/** Whether leaving the page now would ask (the beforeunload event is cancelled). */
function asksBeforeLeaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function typeName(value: string) {
  await fireEvent.input(nameField(), { target: { value } });
  await tick();
}

describe('ScenarioEditorScreen draft kept between visits', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });
  afterEach(() => vi.restoreAllMocks());

  it('finds the edits again after leaving the screen, and goes back to the original scenario on request (keyboard)', async () => {
    const user = userEvent.setup();
    const first = render(ScenarioEditorScreen);
    const original = nameField().value;
    expect(original).toBe('Boulangerie du Marché');
    expect(screen.queryByText(/Brouillon restauré/)).toBeNull();
    await typeName('Boulangerie du Marché de Lucie');
    await fireEvent.input(screen.getByLabelText('durée (en semaines)'), { target: { value: '30' } });
    await tick();
    first.unmount();

    render(ScenarioEditorScreen);
    expect(nameField()).toHaveValue('Boulangerie du Marché de Lucie');
    expect(screen.getByLabelText('durée (en semaines)')).toHaveValue('30');
    expect(screen.getByText(/^Brouillon restauré\s: les modifications non enregistrées/)).toBeInTheDocument();
    expect(asksBeforeLeaving()).toBe(true);

    const discard = screen.getByRole('button', { name: /^Repartir de «\s?Boulangerie du Marché\s?»$/ });
    discard.focus();
    await user.keyboard('{Enter}');
    expect(nameField()).toHaveValue(original);
    expect(screen.queryByText(/^Brouillon restauré/)).toBeNull();
    expect(screen.getByText(/^Brouillon abandonné/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Éditeur de scénario' })).toHaveFocus();
    expect(asksBeforeLeaving()).toBe(false);
  });

  it('a draft of a shop saved here: « Partir du scénario » shows it and the button names it (QA qa31lesson m4)', async () => {
    const first = render(ScenarioEditorScreen);
    await typeName('Fromagerie des Halles');
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer dans le navigateur' }));
    await tick();
    await fireEvent.input(screen.getByLabelText('durée (en semaines)'), { target: { value: '30' } });
    await tick();
    first.unmount();
    render(ScenarioEditorScreen);
    expect(screen.getByText(/^Brouillon restauré/)).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Partir du scénario' }) as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent).toBe('Fromagerie des Halles');
    await fireEvent.click(screen.getByRole('button', { name: /^Repartir de «\s?Fromagerie des Halles\s?» enregistré$/ }));
    await tick();
    expect(screen.getByLabelText('durée (en semaines)')).toHaveValue('52');
    expect(nameField()).toHaveValue('Fromagerie des Halles');
  });

  it('after a discard, a later visit opens the original scenario with no notice', async () => {
    const first = render(ScenarioEditorScreen);
    await typeName('Autre nom');
    first.unmount();
    const second = render(ScenarioEditorScreen);
    await fireEvent.click(screen.getByRole('button', { name: /^Repartir de «\s?Boulangerie du Marché\s?»$/ }));
    await tick();
    second.unmount();
    render(ScenarioEditorScreen);
    expect(nameField()).toHaveValue('Boulangerie du Marché');
    expect(screen.queryByText(/Brouillon restauré/)).toBeNull();
  });

  it('keeps edits over the scenario handed over by the app, which still wins over an unedited draft', async () => {
    // the app hands the same link's scenario over at each visit of the screen in the page's life
    const handed = fixtureScenario();
    const first = render(ScenarioEditorScreen, { initial: handed });
    await typeName('Boutique de Lucie');
    first.unmount();
    const second = render(ScenarioEditorScreen, { initial: handed });
    expect(nameField()).toHaveValue('Boutique de Lucie');
    await fireEvent.click(screen.getByRole('button', { name: `Repartir de « ${fixtureScenario().name.fr} »`.replace(/« | »/g, (m) => (m === '« ' ? '«\u00a0' : '\u00a0»')) }));
    await tick();
    expect(nameField()).toHaveValue(fixtureScenario().name.fr);
    second.unmount();
    render(ScenarioEditorScreen, { initial: fixtureScenario({ sector: 'caviste' }) });
    expect(screen.getByLabelText('secteur d’activité')).toHaveValue('caviste');
  });

  it('asks before the page is left with unsaved edits, not once they are saved or exported, nor when typed back as they were', async () => {
    const user = userEvent.setup();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    expect(asksBeforeLeaving()).toBe(false);
    const name = nameField().value;
    await typeName(`${name} bis`);
    expect(asksBeforeLeaving()).toBe(true);
    await typeName(name);
    expect(asksBeforeLeaving()).toBe(false);

    await typeName('Boutique exportée');
    await user.click(screen.getByRole('button', { name: 'Exporter en fichier JSON' }));
    expect(asksBeforeLeaving()).toBe(false);

    await typeName('Boutique enregistrée');
    expect(asksBeforeLeaving()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Enregistrer dans le navigateur' }));
    expect(asksBeforeLeaving()).toBe(false);
  });
});
