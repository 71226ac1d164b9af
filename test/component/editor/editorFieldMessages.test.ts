/**
 * Smaller points of QA qa27editor (minors 6 and 9), typed in the editor: an empty required text says
 * « texte français obligatoire » without « (reçu : «  ») »; a start date in the pattern but not in the
 * calendar (2027-02-30) is refused next to its field; a product type id that another has is marked on
 * the item just typed as well; Enter in « Nom sous lequel enregistrer » saves.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { listSaved } from '../../../src/scenario/localScenarios.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const errorOf = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? '';

describe('scenario editor: messages and keys of QA qa27editor', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('says « texte français obligatoire » alone for an emptied French text', async () => {
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    await fireEvent.input(field('ed-name-fr'), { target: { value: '' } });
    expect(errorOf('ed-name-fr')).toBe(frenchText`texte français obligatoire`);
  });

  it('refuses a start date that is not in the calendar, next to the field', async () => {
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    await fireEvent.input(field('ed-startDate'), { target: { value: '2027-02-30' } });
    expect(field('ed-startDate')).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf('ed-startDate')).toBe(frenchText`ce jour n’existe pas dans le calendrier (AAAA-MM-JJ)`);
    expect(screen.getByRole('link', { name: /^date de début\s: ce jour n’existe pas/ })).toBeInTheDocument();
  });

  it('marks a product type id typed twice on the item just typed too', async () => {
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    await fireEvent.input(field('ed-economics-productTypes-0-id'), { target: { value: 'accessoires' } });
    for (const id of ['ed-economics-productTypes-0-id', 'ed-economics-productTypes-1-id']) {
      expect(field(id)).toHaveAttribute('aria-invalid', 'true');
      expect(errorOf(id)).toBe(frenchText`type de produit en double : accessoires`);
    }
  });

  it('saves with Enter in « Nom sous lequel enregistrer »', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: fixtureScenario() });
    await user.type(screen.getByLabelText('Nom sous lequel enregistrer'), 'Fleurs de saison{Enter}');
    expect(listSaved(localStorage).map((s) => s.name)).toEqual(['Fleurs de saison']);
  });
});
