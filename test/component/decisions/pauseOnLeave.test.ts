/**
 * « Lecture » kept playing when the learner opened another screen, where there is no « Pause »
 * (QA tablet #13): leaving the screen with the time controls pauses.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { scenario, started } from './session.ts';

describe('play stops when the learner leaves the decisions screen', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, play: 'Lecture', pause: 'Pause' },
    { lang: 'en' as const, play: 'Play', pause: 'Pause' },
  ])('pauses on leaving ($lang)', async ({ lang, play, pause }) => {
    await setLocale(lang);
    const user = userEvent.setup();
    const { session, notices } = await started({ ...scenario, durationTicks: 50 });
    const decisions = render(DecisionsScreen, { session, notices });
    await user.click(screen.getByRole('button', { name: play }));
    expect(session.playing).toBe(true);
    expect(screen.getByRole('button', { name: pause })).toBeInTheDocument();

    decisions.unmount();
    expect(session.playing).toBe(false);
  });
});
