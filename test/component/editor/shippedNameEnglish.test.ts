/**
 * The editor's list of shipped shops names them in English by the one rule for a scenario text's
 * English (scenario/englishText.ts, app/localized.ts): a blank English name shows the French one. The
 * list picked `name.en ?? name.fr` by hand, so an English name left as spaces showed an empty option.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

vi.mock('../../../src/scenario/shipped.ts', async () => {
  const { fixtureScenario: scenario } = await import('../../fixtures/scenario.ts');
  return {
    shippedScenarios: () => ({
      scenarios: [
        { file: 'boulangerie.json', scenario: { ...scenario(), id: 'boulangerie', name: { fr: 'Boulangerie du Marché', en: 'Market Square Bakery' } } },
        { file: 'fromagerie.json', scenario: { ...scenario(), id: 'fromagerie', name: { fr: 'Fromagerie Lenoir', en: '   ' } } },
      ],
    }),
  };
});

const { default: ScenarioEditorScreen } = await import('../../../src/ui/editor/ScenarioEditorScreen.svelte');

afterEach(async () => {
  localStorage.clear();
  await setLocale('fr');
});

describe('the shipped shops the editor starts from', () => {
  it('are named in English, in French when the English name is blank', async () => {
    await setLocale('en');
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    const names = () => screen.getAllByRole('option').filter((o) => o.getAttribute('value')?.startsWith('shipped:')).map((o) => o.textContent);
    expect(names()).toEqual(['Market Square Bakery', 'Fromagerie Lenoir']);
    await setLocale('fr');
    await vi.waitFor(() => expect(names()).toEqual(['Boulangerie du Marché', 'Fromagerie Lenoir']));
  });
});
