/**
 * The scoring lab's gains chart was drawn 240 × 160 px with no axis names and its two line labels
 * crowding the corner (QA more M12): the chart is titled, its axes are named (in the page's text and
 * in the image's name) and graduated in percent, and it is drawn at least 260 px wide (480 px when
 * its box's width is not known yet), in French and in English.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import GainsChart from '../../../src/ui/scoringLab/GainsChart.svelte';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { GainsPoint } from '../../../src/app/scoringLab/evaluateScore.ts';

const gains: GainsPoint[] = Array.from({ length: 10 }, (_, i) => {
  const share = (i + 1) / 10;
  const gain = Math.min(1, share * 1.8);
  return { share, targeted: (i + 1) * 25, leaversCaught: Math.round(gain * 40), gain, lift: gain / share };
});
const norm = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setLocale('fr'));

describe('the scoring lab’s gains chart', () => {
  it.each([
    {
      lang: 'fr' as const,
      title: 'Courbe de gains : votre score comparé à un ciblage au hasard',
      x: 'Part des clients ciblés (du plus au moins risqué) →',
      y: '↑ Part des partants attrapés',
      image: /en abscisse la part des clients ciblés.*en ordonnée la part des partants attrapés/,
      ticks: ['0 %', '25 %', '50 %', '75 %', '100 %'],
      legend: ['Votre score', 'Au hasard'],
    },
    {
      lang: 'en' as const,
      title: 'Gains curve: your score against random targeting',
      x: 'Share of customers targeted (riskiest first) →',
      y: '↑ Share of leavers caught',
      image: /share of customers targeted.*across, share of leavers caught up/,
      ticks: ['0%', '25%', '50%', '75%', '100%'],
      legend: ['Your score', 'Random'],
    },
  ])('is titled, names and graduates its axes, and is drawn at a readable size ($lang)', async ({ lang, title, x, y, image, ticks, legend }) => {
    await loadLocale(lang);
    await setLocale(lang);
    const { container } = render(GainsChart, { gains });
    const figure = screen.getByRole('figure', { name: title.replace(/ :/, '\u00a0:') });
    const img = within(figure).getByRole('img');
    expect(norm(img.getAttribute('aria-label'))).toMatch(image);
    const texts = Array.from(container.querySelectorAll('p, li')).map((e) => norm(e.textContent).trim());
    expect(texts).toEqual(expect.arrayContaining([x, y, ...legend]));
    // each graduation on both axes
    const tickTexts = Array.from(container.querySelectorAll('svg text')).map((e) => norm(e.textContent));
    for (const tick of ticks) expect(tickTexts.filter((s) => s === tick)).toHaveLength(2);
    expect(Number(img.getAttribute('width'))).toBeGreaterThanOrEqual(480);
    expect(Number(img.getAttribute('height'))).toBeGreaterThanOrEqual(280);
  });
});
