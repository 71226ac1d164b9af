/**
 * Mistakes only a hand-edited scenario file can make (an unknown value in a checkbox list, a section that is not
 * a list, a missing group) were listed in the summary only: no field or group said them, and the summary's link
 * led to a group that said nothing (or nowhere). Each now shows at the closest part of the form, with the field it
 * is about, tied to that part as its description (aria-describedby), by the error's path.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

/** The editor opened on the fixture scenario changed as a hand-edited file would be. */
function openEdited(edit: (file: Record<string, unknown> & { customers: Record<string, unknown> }) => void) {
  const file = structuredClone(fixtureScenario()) as unknown as Record<string, unknown> & { customers: Record<string, unknown> };
  edit(file);
  render(ScenarioEditorScreen, { initial: file as unknown as Scenario });
}

describe('scenario editor: a hand-edited file’s mistakes at the closest part of the form', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('an unknown value in a checkbox list: said by the list, with the item it is about', () => {
    openEdited((file) => (file.strategies = ['financier', 'bogus']));
    expect(screen.getByRole('group', { name: 'stratégies permises' })).toHaveAccessibleDescription(/^stratégie n°\s2\s:\svaleur inconnue «\sbogus\s»/);
  });

  it('a section that is not a list: said by its group', () => {
    openEdited((file) => (file.events = { tick: 1 }));
    expect(screen.getByRole('group', { name: 'Événements du magasin' })).toHaveAccessibleDescription(/doit être une liste/);
    cleanup();
    openEdited((file) => (file.competitors = 'aucun'));
    expect(screen.getByRole('group', { name: 'Concurrents' })).toHaveAccessibleDescription(/doit être une liste/);
  });

  it('a missing group: said by the group shown for it, else by its section, naming the group', () => {
    openEdited((file) => delete file.service);
    expect(screen.getByRole('group', { name: 'Qualité de service' })).toHaveAccessibleDescription(/champ obligatoire manquant/);
    cleanup();
    openEdited((file) => delete file.customers.spend);
    expect(screen.getByRole('region', { name: 'Clientèle de départ' })).toHaveAccessibleDescription(/montant des achats \(Gamma-Gamma\)\s:\schamp obligatoire manquant/);
  });

  it('an error of a field stays at that field only, not repeated by its section', () => {
    openEdited((file) => (file.customers.initial = 'beaucoup'));
    expect(document.getElementById('ed-customers-initial')).toHaveAccessibleDescription(/nombre/);
    expect(screen.getByRole('region', { name: 'Clientèle de départ' })).toHaveAccessibleDescription('');
  });

  it('a closed event’s errors stay counted on its line, not listed under the events', () => {
    openEdited((file) => (file.events = [{ tick: 'bientôt', kind: 'travaux', intensity: 0.5 }]));
    expect(screen.getByRole('button', { name: /^événement n°\s1\b.*1\s*erreur/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Événements du magasin' })).toHaveAccessibleDescription('');
  });
});
