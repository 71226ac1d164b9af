/** The teacher's 55-minute lesson plan: five timed steps from the class link to the class view, in both languages. */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import LessonPlan from '../../../src/ui/missions/LessonPlan.svelte';

afterEach(() => setLocale('fr'));

describe('lesson plan', () => {
  it('gives five steps whose times cover 0 to 55 minutes, and opens the class view', () => {
    render(LessonPlan);
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    const times = steps.map((s) => s.querySelector('strong')!.textContent!);
    expect(times).toEqual(['0–5 min', '5–15 min', '15–40 min', '40–45 min', '45–55 min']);
    // each step starts where the previous one ended
    const bounds = times.map((time) => time.replace(' min', '').split('–').map(Number));
    for (let i = 1; i < bounds.length; i++) expect(bounds[i][0]).toBe(bounds[i - 1][1]);
    expect(steps[0]).toHaveTextContent('code QR');
    expect(steps[3]).toHaveTextContent('fichier de résultat');
    expect(screen.getByRole('link', { name: 'Ouvrir la vue classe' })).toHaveAttribute('href', '#/class');
  });

  it('speaks English', () => {
    setLocale('en');
    render(LessonPlan);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('QR code');
    expect(screen.getByRole('link', { name: 'Open the class view' })).toBeInTheDocument();
  });
});
