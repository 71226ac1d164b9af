/**
 * Deleting and adding a product type, a competitor or an objective by keyboard (QA qa27editor M4, minors 3 and 7):
 * after « Supprimer … » the focus is on the next item's first field (the one before for the last, « Ajouter … » once
 * the list is empty), so a second Enter deletes nothing more; a status line says which item went, with « Annuler la
 * suppression » until the next change, which puts it back with the focus on its first field. « Ajouter … » moves the
 * focus to the new item's first field. Each item is a group named by its heading.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const ids = (list: string) => [...document.querySelectorAll<HTMLInputElement>(`[id^="ed-${list}-"][id$="-id"]`)].map((input) => input.value);

describe('scenario editor: deleting and adding the items of a list by keyboard', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('moves the focus to the next product type, says what went, and a second Enter deletes nothing more', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    screen.getByRole('button', { name: 'Supprimer type de produit n° 1' }).focus();
    await user.keyboard('{Enter}');
    expect(ids('economics-productTypes')).toEqual(['accessoires']);
    expect(document.getElementById('ed-economics-productTypes-0-id')).toHaveFocus();
    expect(screen.getByText(/^Supprimé\s: type de produit n° 1 \(«\s*Vêtements\s*»\)\./).closest('[role="status"]')).not.toBeNull();
    await user.keyboard('{Enter}');
    expect(ids('economics-productTypes')).toEqual(['accessoires']);

    // « Annuler la suppression »: back in its place, the focus on its first field
    await user.click(screen.getByRole('button', { name: 'Annuler la suppression' }));
    expect(ids('economics-productTypes')).toEqual(['vetements', 'accessoires']);
    expect(document.getElementById('ed-economics-productTypes-0-id')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Annuler la suppression' })).toBeNull();
  });

  it('goes to the item before when the last one is deleted, to « Ajouter … » once the list is empty, and the undo ends at the next change', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    screen.getByRole('button', { name: 'Supprimer objectif n° 3' }).focus();
    await user.keyboard('{Enter}');
    expect(document.getElementById('ed-objectives-1-id')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Annuler la suppression' })).toBeInTheDocument();
    await fireEvent.input(document.getElementById('ed-objectives-1-id')!, { target: { value: 'actifs2' } });
    expect(screen.queryByRole('button', { name: 'Annuler la suppression' })).toBeNull();

    screen.getByRole('button', { name: 'Supprimer concurrent n° 1' }).focus();
    await user.keyboard('{Enter}');
    expect(ids('competitors')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Ajouter un concurrent' })).toHaveFocus();
    expect(screen.getByText(/^Supprimé\s: concurrent n° 1 \(«\s*Mode Rivale\s*»\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annuler la suppression' }));
    expect(ids('competitors')).toEqual(['rival']);
    expect(document.getElementById('ed-competitors-0-events')!.querySelectorAll('li')).toHaveLength(1);
    expect(document.getElementById('ed-competitors-0-id')).toHaveFocus();
  });

  it('moves the focus to the new item’s first field after « Ajouter … »', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    for (const [button, field] of [
      ['Ajouter un type de produit', 'ed-economics-productTypes-2-id'],
      ['Ajouter un concurrent', 'ed-competitors-1-id'],
      ['Ajouter un objectif', 'ed-objectives-3-id'],
    ]) {
      screen.getByRole('button', { name: button }).focus();
      await user.keyboard('{Enter}');
      expect(document.getElementById(field)).toHaveFocus();
    }
  });

  it('names each item’s fields by the item: « objectif n° 2, Identifiant »', async () => {
    await setLocale('en');
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    for (const [group, field] of [
      ['product type 2', 'ed-economics-productTypes-1-id'],
      ['competitor 1', 'ed-competitors-0-id'],
      ['objective 2', 'ed-objectives-1-id'],
    ]) {
      expect(screen.getByRole('group', { name: group })).toContainElement(document.getElementById(field));
    }
  });
});
