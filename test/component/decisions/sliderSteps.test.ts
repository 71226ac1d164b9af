/**
 * « Taux de remise » and « Données connues au minimum »: − / + buttons set an exact value by touch
 * (QA tablet #7: 3 px per % on the tablet's track, no arrow keys); the slider keeps its name and its
 * spoken value; both languages.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { started } from './session.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the sliders’ − / + buttons', () => {
  afterEach(async () => {
    await setLocale('fr');
  });

  it('move the discount rate by 1 % and the minimum data known by 10 %, within bounds', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    await user.click(screen.getByRole('radio', { name: 'Avantage financier' }));
    const discount = screen.getByRole('slider', { name: /^Taux de remise/ });
    await fireEvent.input(discount, { target: { value: '0.09' } });
    await user.click(screen.getByRole('button', { name: frenchText`Augmenter : Taux de remise` }));
    expect(norm(discount.getAttribute('aria-valuetext'))).toBe('10 %');
    expect(screen.getByRole('slider', { name: /^Taux de remise\s:\s10\s%$/ })).toBe(discount);
    await user.click(screen.getByRole('button', { name: frenchText`Diminuer : Taux de remise` }));
    await user.click(screen.getByRole('button', { name: frenchText`Diminuer : Taux de remise` }));
    expect(norm(discount.getAttribute('aria-valuetext'))).toBe('8 %');
    // the lowest value: « − » is disabled
    await fireEvent.input(discount, { target: { value: '0.01' } });
    expect(screen.getByRole('button', { name: frenchText`Diminuer : Taux de remise` })).toBeDisabled();

    const known = screen.getByRole('slider', { name: /^Données connues au minimum/ });
    await user.click(screen.getByRole('button', { name: frenchText`Augmenter : Données connues au minimum` }));
    await user.click(screen.getByRole('button', { name: frenchText`Augmenter : Données connues au minimum` }));
    await user.click(screen.getByRole('button', { name: frenchText`Augmenter : Données connues au minimum` }));
    expect(norm(known.getAttribute('aria-valuetext'))).toBe('30 %');
    expect((known as HTMLInputElement).value).toBe('0.3');
  });

  it('leave the focus on the slider when a press reaches its bound and disables the button (QA a11y qa8 F6)', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const known = screen.getByRole('slider', { name: /^Données connues au minimum/ });
    const more = screen.getByRole('button', { name: frenchText`Augmenter : Données connues au minimum` });
    const less = screen.getByRole('button', { name: frenchText`Diminuer : Données connues au minimum` });
    more.focus();
    await user.keyboard('{Enter}');
    expect(more).toHaveFocus();
    // back to 0 %: « − » disables itself under the focus (Chromium drops it on the page body), the slider takes it
    less.focus();
    await user.keyboard('{Enter}');
    expect(less).toBeDisabled();
    expect(known).toHaveFocus();
    // and « + » up to 100 %
    await fireEvent.input(known, { target: { value: '0.9' } });
    more.focus();
    await user.keyboard('{Enter}');
    expect(norm(known.getAttribute('aria-valuetext'))).toBe('100 %');
    expect(more).toBeDisabled();
    expect(known).toHaveFocus();
  });

  it('are named in English too', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    await user.click(screen.getByRole('button', { name: 'Increase: Minimum data known' }));
    expect(screen.getByRole('slider', { name: /^Minimum data known/ })).toHaveAttribute('aria-valuetext', '10%');
    expect(screen.getByRole('button', { name: 'Decrease: Minimum data known' })).toBeEnabled();
  });
});
