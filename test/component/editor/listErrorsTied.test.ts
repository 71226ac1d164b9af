/**
 * A list's own message was shown under it but tied to nothing (keyboard check after QA qa26a11y): with every product
 * type removed, « la liste doit contenir au moins 1 élément » was not heard on the group the summary's link focuses;
 * nor « champ obligatoire manquant » on the objectives of a file without them.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

describe('scenario editor: a list’s message', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('describes the product types group once every type is removed, and no longer once one is added', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    const group = screen.getByRole('group', { name: 'Types de produits' });
    for (let left = fixtureScenario().economics.productTypes.length; left > 0; left--) await user.click(screen.getAllByRole('button', { name: /^Supprimer type de produit/ })[0]);
    expect(group).toHaveAccessibleDescription(/la liste doit contenir au moins 1\s*élément/);
    await user.click(screen.getByRole('button', { name: 'Ajouter un type de produit' }));
    expect(group).toHaveAccessibleDescription('');
  });

  it('describes the objectives group of a file without objectives', () => {
    const withoutObjectives: Partial<Scenario> = fixtureScenario();
    delete withoutObjectives.objectives;
    render(ScenarioEditorScreen, { initial: withoutObjectives as Scenario });
    expect(screen.getByRole('group', { name: 'Objectifs notés' })).toHaveAccessibleDescription(/champ obligatoire manquant/);
  });
});
