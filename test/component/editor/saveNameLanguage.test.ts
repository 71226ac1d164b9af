/**
 * The editor in English (QA teacher en 5): « Name to save under » suggested « Boulangerie du Marché »
 * for the Market Square Bakery, and a save left empty stored the shop under its French name. The
 * suggested name follows the language shown; French when no English name was written.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { listSaved } from '../../../src/scenario/localScenarios.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

afterEach(async () => {
  localStorage.clear();
  await setLocale('fr');
});

describe('the name a save takes by default', () => {
  it('is the shop name in the language shown', async () => {
    const user = userEvent.setup();
    await setLocale('en');
    const scenario = { ...fixtureScenario(), id: 'ma-boutique', name: { fr: 'Ma boutique', en: 'My shop' } };
    render(ScenarioEditorScreen, { initial: scenario });
    const field = screen.getByRole('textbox', { name: 'Name to save under' });
    expect(field).toHaveAttribute('placeholder', 'My shop');
    await setLocale('fr');
    expect(await screen.findByRole('textbox', { name: 'Nom sous lequel enregistrer' })).toHaveAttribute('placeholder', 'Ma boutique');
    await setLocale('en');
    await user.click(await screen.findByRole('button', { name: 'Save in the browser' }));
    expect(listSaved(localStorage).map((s) => s.name)).toEqual(['My shop']);
    // no English name written: the French one
    await fireEvent.input(document.getElementById('ed-name-en')!, { target: { value: '' } });
    expect(field).toHaveAttribute('placeholder', 'Ma boutique');
  });
});
