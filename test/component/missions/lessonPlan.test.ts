/** The teacher's 55-minute lesson plan: five timed steps from the class link to the class view, in both languages. */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import LessonPlan from '../../../src/ui/missions/LessonPlan.svelte';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';

afterEach(() => setLocale('fr'));

describe('lesson plan', () => {
  it('gives five steps whose times cover 0 to 55 minutes, and opens the class view', () => {
    render(LessonPlan);
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    const times = steps.map((s) => s.querySelector('strong')!.textContent!);
    expect(times).toEqual(['0–5 min', '5–15 min', '15–45 min', '45–48 min', '48–55 min']);
    // each step starts where the previous one ended
    const bounds = times.map((time) => time.replace(' min', '').split('–').map(Number));
    for (let i = 1; i < bounds.length; i++) expect(bounds[i][0]).toBe(bounds[i - 1][1]);
    expect(steps[0]).toHaveTextContent('code QR');
    expect(steps[3]).toHaveTextContent('fichier de résultat');
    expect(screen.getByRole('link', { name: 'Ouvrir la vue classe' })).toHaveAttribute('href', '#/class');
  });

  for (const language of ['fr', 'en'] as const)
    it(`gives missions 1, 2 and 3 the minutes their cards say, keeps the hand-in and the class view, and ends at 55 minutes (${language}, QA play F11)`, async () => {
      await setLocale(language);
      render(LessonPlan);
      const slots = within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((s) => s.querySelector('strong')!.textContent!.replace(' min', '').split('–').map(Number));
      const minutes = slots.map(([from, to]) => to - from);
      expect(slots[0][0]).toBe(0);
      for (let i = 1; i < slots.length; i++) expect(slots[i][0]).toBe(slots[i - 1][1]);
      expect(minutes.reduce((a, b) => a + b, 0)).toBe(55);
      const [, read, play, collect, debrief] = minutes;
      // every shop's cards: mission 1 in the « read » slot, missions 2 and 3 in the « play » slot
      const paths = await loadShippedMissionPaths();
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const [first, second, third] = path.missions;
        expect(read).toBe(first.minutes);
        expect(play).toBe(second.minutes + third.minutes);
      }
      // the hand-in and the class view keep their time
      expect(collect).toBeGreaterThanOrEqual(3);
      expect(debrief).toBeGreaterThanOrEqual(5);
      // no note-taking beside the missions: the decisions are in the file
      expect(screen.getAllByRole('listitem')[2]).not.toHaveTextContent(language === 'fr' ? /notent chaque décision/ : /write down each decision/);
    });

  for (const language of ['fr', 'en'] as const)
    it(`keeps the class view's step short enough to read in class, its details under a disclosure (${language}, QA qa19 F6)`, async () => {
      await setLocale(language);
      render(LessonPlan);
      const debrief = within(screen.getByRole('list')).getAllByRole('listitem')[4];
      const details = debrief.querySelector('details')!;
      expect(details).not.toBeNull();
      expect(details.open).toBe(false);
      expect(details.querySelector('summary')).toHaveTextContent(language === 'fr' ? 'Détails' : 'Details');
      // what is read at once: the step without its details, at most ~3 lines
      const shown = (debrief.textContent ?? '').replace(details.textContent ?? '', '').trim();
      expect(shown.length).toBeLessThan(300);
      expect(shown).toMatch(language === 'fr' ? /Vue classe/ : /Class view/);
      // the details keep the verification's vocabulary and the sorting advice
      expect(details).toHaveTextContent(language === 'fr' ? /réponse déclarée \(non vérifiable\).*Écart avec/ : /answer declared \(not verifiable\).*Difference from/);
    });

  for (const language of ['fr', 'en'] as const)
    it(`follows a class link without a mission: a free game's steps, no mission in them, from 0 to 55 minutes (${language}, QA qa31lesson m2)`, async () => {
      await setLocale(language);
      render(LessonPlan, { link: { mission: false, qr: true } });
      expect(screen.getByTestId('lesson-free')).toHaveTextContent(language === 'fr' ? /Déroulé d’une partie libre/ : /Plan of a free game/);
      const steps = within(screen.getByRole('list')).getAllByRole('listitem');
      const bounds = steps.map((s) => s.querySelector('strong')!.textContent!.replace(' min', '').split('–').map(Number));
      expect(bounds[0][0]).toBe(0);
      for (let i = 1; i < bounds.length; i++) expect(bounds[i][0]).toBe(bounds[i - 1][1]);
      expect(bounds.at(-1)![1]).toBe(55);
      for (const step of steps) expect(step).not.toHaveTextContent(/mission/i);
      expect(steps[0]).toHaveTextContent(language === 'fr' ? 'code QR' : 'QR code');
      // handed in from the game's Bilan, ranked on the difference from doing nothing
      expect(steps[3]).toHaveTextContent(language === 'fr' ? /l’onglet «\sBilan\s»/ : /the “Debrief” tab/);
      expect(steps[4]).toHaveTextContent(language === 'fr' ? /triez le tableau par «\sÉcart avec «\ssans action\s»\s»/ : /sort the table by “Difference from “no action””/);
    });

  for (const language of ['fr', 'en'] as const)
    it(`posts on the ENT a link too long for a QR code, instead of projecting it (${language}, QA qa31lesson m1)`, async () => {
      await setLocale(language);
      render(LessonPlan, { link: { mission: false, qr: false } });
      const open = within(screen.getByRole('list')).getAllByRole('listitem')[0];
      expect(open).toHaveTextContent(language === 'fr' ? /publiez-le sur l’ENT, ou envoyez-le par copier-coller/ : /post it on the school platform, or send it by copy and paste/);
      expect(open).not.toHaveTextContent(language === 'fr' ? /projetez|scannent/ : /project|scan/);
    });

  it('speaks English', async () => {
    await setLocale('en');
    render(LessonPlan);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('QR code');
    expect(screen.getByRole('link', { name: 'Open the class view' })).toBeInTheDocument();
  });
});
