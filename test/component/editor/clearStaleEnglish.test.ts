/**
 * « Effacer les textes anglais restés du modèle » (review21 m3): the button goes once the English texts left as
 * the template's are cleared. Before, the focus then dropped to the page's body and nothing said the texts were
 * cleared. Now a status says so and takes the focus.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';

const bakery = shippedScenarios().scenarios.find((s) => s.scenario.id === 'boulangerie-du-marche')!.scenario;
/** the bakery made a cheese shop: its French description and first objective's label rewritten, their English left as the bakery's */
const cheese: Scenario = {
  ...bakery,
  id: 'fromagerie-des-halles',
  name: { fr: 'Fromagerie des Halles' },
  description: { ...bakery.description, fr: 'Une fromagerie de halle couverte.' },
  objectives: bakery.objectives.map((o, i) => (i === 0 ? { ...o, label: { ...o.label, fr: 'Garder ses clients' } } : o)),
};
/** the form's texts as typed in its fields */
const fieldValues = () => [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((f) => f.value);

afterEach(async () => {
  localStorage.clear();
  await setLocale('fr');
});

describe('clearing the English texts left from the template', () => {
  it('clears the description and label, says so in a status and keeps the focus there, not on the body', async () => {
    await setLocale('fr');
    // the game with no action never comes: only the template remarks are read here
    render(ScenarioEditorScreen, { initial: cheese, replayer: () => new Promise(() => {}) });
    expect(fieldValues()).toContain(bakery.description.en);
    expect(fieldValues()).toContain(bakery.objectives[0].label.en);
    const button = await screen.findByRole('button', { name: 'Effacer les textes anglais restés du modèle' });
    await userEvent.click(button);
    expect(screen.queryByRole('button', { name: 'Effacer les textes anglais restés du modèle' })).toBeNull();
    expect(fieldValues()).not.toContain(bakery.description.en);
    expect(fieldValues()).not.toContain(bakery.objectives[0].label.en);
    const status = screen.getByText(/^Textes anglais effacés\s: les élèves anglophones liront le texte français\.$/).closest('[role="status"]');
    expect(status).not.toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement).toBe(status);
  });

  it('says it in English too', async () => {
    await setLocale('en');
    render(ScenarioEditorScreen, { initial: cheese, replayer: () => new Promise(() => {}) });
    await userEvent.click(await screen.findByRole('button', { name: 'Clear the English texts left from the template' }));
    expect(document.activeElement).toHaveTextContent('English texts cleared: English-speaking students will read the French text.');
  });
});
