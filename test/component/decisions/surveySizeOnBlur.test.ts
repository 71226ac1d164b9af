/**
 * The survey's sample size went red at the first digit: typing « 2 » on the way to « 200 » said
 * « Indiquez un nombre entier de 5 à 5 000 réponses. » as an error (QA tablet #16). The size is
 * judged once the learner leaves the field; until then the rule is said plainly and the button waits.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { started } from './session.ts';

describe('the survey’s sample size', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, field: 'Taille de l’échantillon', order: 'Commander l’enquête', rule: /^Indiquez un nombre entier de 5 à 5\s000 réponses\.$/ },
    { lang: 'en' as const, field: 'Sample size', order: 'Order the survey', rule: /5 to 5,000/ },
  ])('is judged on leaving the field, not at the first digit ($lang)', async ({ lang, field, order, rule }) => {
    await setLocale(lang);
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const sample = screen.getByRole('spinbutton', { name: field });
    const button = screen.getByRole('button', { name: order });

    await user.clear(sample);
    await user.type(sample, '2');
    // on the way to 200: the rule, plainly, and the button waits
    expect(sample).toHaveAttribute('aria-invalid', 'false');
    expect(sample).toHaveAccessibleDescription(rule);
    expect(document.getElementById('survey-range')).not.toHaveClass('invalid');
    expect(button).toBeDisabled();
    await user.type(sample, '00');
    expect(sample).toHaveAttribute('aria-invalid', 'false');
    expect(button).toBeEnabled();

    // left at 2: now an error, until it is corrected
    await user.clear(sample);
    await user.type(sample, '2');
    await user.tab();
    expect(sample).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('survey-range')).toHaveClass('invalid');
    await user.click(sample);
    expect(sample).toHaveAttribute('aria-invalid', 'true');
    await user.type(sample, '0');
    expect(sample).toHaveAttribute('aria-invalid', 'false');
    expect(button).toBeEnabled();
  });
});
