/**
 * QA qa20 F1: a second wrong (or invalid) answer left the status line unchanged, so a screen reader said nothing and
 * the learner could not tell the try was checked; the field was neither `aria-invalid` nor described by the verdict.
 * From the 2nd try on, the verdict says « Essai n : … », and a refused answer marks the field and describes it.
 * QA qa28class55 F6: « Vérification 4 » in the banner, « en 3 essais » in the bilan: a text that is no number is not
 * checked, says it does not count, and n is the tries the bilan counts.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import MissionAnswer from '../../../src/ui/missions/MissionAnswer.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { missionTab } from '../../fixtures/missionTab.ts';

async function mission1() {
  const { session, missions } = await missionTab();
  expect(await missions.start('boulangerie-du-marche', 0, { name: 'm1' })).toBe(true);
  const { count } = await session.selectTarget({ segments: ['futurNonClient'] }, 0);
  return { missions, count };
}

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

describe('each answer to mission 1 is said', () => {
  afterEach(() => setLocale('fr'));

  it('numbers the verdicts from the 2nd try and ties a refused answer to the field', async () => {
    const user = userEvent.setup();
    const { missions, count } = await mission1();
    render(MissionAnswer, { missions, segment: 'Futur non-client', ended: false, period: 'de la semaine 1' });
    const input = screen.getByRole('textbox');
    const status = screen.getByRole('status');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(input).toHaveAccessibleDescription(/^Astuce/);

    await user.type(input, `${count + 1}{Enter}`);
    await screen.findByText(/pas le bon nombre/);
    expect(norm(status.textContent)).toBe('Ce n’est pas le bon nombre. Vérifiez le segment choisi et réessayez.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(norm(input.getAttribute('aria-describedby'))).toBe('mission-answer-hint mission-answer-status');
    expect(norm(input.ownerDocument.getElementById('mission-answer-hint')?.textContent ?? '')).toMatch(/^Astuce/);

    await user.clear(input);
    await user.type(input, `${count + 2}{Enter}`);
    await screen.findByText(/^Essai 2/);
    expect(norm(status.textContent)).toBe('Essai 2 : Ce n’est pas le bon nombre. Vérifiez le segment choisi et réessayez.');

    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    await screen.findByText(/ne compte pas/);
    expect(norm(status.textContent)).toBe('Donnez un nombre entier positif : cette saisie ne compte pas comme un essai.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, '-5{Enter}');
    await screen.findByText(/ne compte pas/);
    // the next checked answer is the 3rd try, as the bilan will count it
    await user.clear(input);
    await user.type(input, `${count}{Enter}`);
    await screen.findByText(/^Essai 3 : Bonne réponse/);
    expect(missions.attempt?.tries).toBe(3);
  });

  it('says it in English too', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const { missions, count } = await mission1();
    render(MissionAnswer, { missions, segment: 'Future non-customer', ended: false, period: 'week 1' });
    const input = screen.getByRole('textbox');
    await user.type(input, '{Enter}');
    await screen.findByText('Give a whole positive number: this entry does not count as an attempt.');
    await user.type(input, '{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.type(input, `${count + 1}{Enter}`);
    await user.clear(input);
    await user.type(input, `${count + 2}{Enter}`);
    expect(norm((await screen.findByText(/^Attempt 2/)).textContent)).toBe('Attempt 2: That is not the right number. Check the segment and try again.');
  });
});
