/**
 * The language of the first visit follows the browser: English when none of its languages is French,
 * French for fr-* (and when the browser says nothing); afterwards the learner's own choice wins.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import LanguageSwitch from '../../../src/ui/shell/LanguageSwitch.svelte';
import { browserLocale, startLocale } from '../../../src/app/preferences.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

describe('language of the first visit', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('is English when the browser has no French, French for any fr-* or when it says nothing', () => {
    expect(browserLocale(['en-GB', 'en'])).toBe('en');
    expect(browserLocale(['de-DE', 'es'])).toBe('en');
    expect(browserLocale(['en-US', 'fr-BE'])).toBe('fr');
    expect(browserLocale(['fr-CA'])).toBe('fr');
    expect(browserLocale(['FR'])).toBe('fr');
    expect(browserLocale(['fy-NL'])).toBe('en');
    expect(browserLocale([])).toBe('fr');
    expect(browserLocale(undefined)).toBe('fr');
    expect(startLocale(['en-GB'])).toBe('en');
    expect(startLocale(['fr-FR'])).toBe('fr');
  });

  it('then the choice made with the language buttons wins over the browser', async () => {
    const user = userEvent.setup();
    await setLocale(startLocale(['fr-FR', 'fr']));
    render(LanguageSwitch);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(startLocale(['fr-FR', 'fr'])).toBe('en');
    await user.click(screen.getByRole('button', { name: /Fran/ }));
    expect(startLocale(['en-GB'])).toBe('fr');
  });
});
