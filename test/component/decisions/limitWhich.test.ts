/**
 * « Nombre maximum de clients » kept the first customers of the target by customer number (engine
 * target.ts), and nothing said so: the QA self-learner capped a customisation at 300 « Bon client »
 * without knowing which 300 (QA hqa3 F15). Once a maximum is typed, a line under the field says which
 * ones (the list's order, not the best) and how to aim at the best; the field is described by it.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { started } from './session.ts';

describe('the target’s maximum number of customers', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, field: 'Nombre maximum de clients (vide = tous)', which: /premiers clients de la cible par numéro de client.*pas les meilleurs/ },
    { lang: 'en' as const, field: 'Maximum number of customers (empty = all)', which: /first customers by customer number.*not the best ones/ },
  ])('says which customers a maximum keeps, once one is typed ($lang)', async ({ lang, field, which }) => {
    await setLocale(lang);
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const limit = screen.getByRole('spinbutton', { name: field });
    expect(screen.queryByText(which)).toBeNull();
    await user.type(limit, '300');
    expect(limit).toHaveAccessibleDescription(which);
    await user.clear(limit);
    expect(screen.queryByText(which)).toBeNull();
  });
});
