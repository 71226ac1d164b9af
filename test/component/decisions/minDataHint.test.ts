/**
 * QA qa10 F7: the target's « Données connues au minimum : 0 % » slider said nothing of what « données » are, while the
 * customer file says « Données de profil collectées (besoins, préférences : ce qu’utilise la personnalisation) ». A hint
 * under it says the same, and the slider is described by it (fr, en).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { started } from './session.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the target’s minimum data known', () => {
  afterEach(async () => {
    await setLocale('fr');
  });

  it('says under the slider which data it counts, in French and English', async () => {
    const { session, notices } = await started();
    const first = render(DecisionsScreen, { session, notices });
    const known = screen.getByRole('slider', { name: /^Données connues au minimum/ });
    const hint = document.getElementById(known.getAttribute('aria-describedby') ?? '');
    expect(norm(hint?.textContent ?? null)).toBe('Part du profil collectée (besoins, préférences) : ce qu’utilise la personnalisation.');
    expect(hint).toBeVisible();
    first.unmount();
    await setLocale('en');
    render(DecisionsScreen, { session, notices });
    expect(screen.getByRole('slider', { name: /^Minimum data known/ })).toHaveAccessibleDescription('Share of the profile collected (needs, preferences): what personalisation uses.');
  });
});
