/**
 * A saved game's line on the home (QA qa30enTablet m3): its progress within the line, in lower case and « of », not the
 * header's « Week 51 / 52, to play » capitalised mid-sentence; the month for a monthly shop; a finished game as before.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

const library: RunLibrary = {
  list: async () => [
    savedRun({ id: 'r1', name: 'Partie r1', tick: 50 }),
    savedRun({ id: 'r2', name: 'Partie r2', scenarioName: { fr: 'Optique Lumière' }, tickUnit: 'month', tick: 0, durationTicks: 24 }),
    savedRun({ id: 'r3', name: 'Partie r3', tick: 52 }),
  ],
  rename: async () => {},
  remove: async () => {},
};
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const lines = () => screen.getAllByText(/, (graine|seed) \d+, /).map((e) => plain(e.textContent));

describe('a saved game’s line', () => {
  afterEach(() => setLocale('fr'));

  it('says the period to play in lower case, in the shop’s unit (fr, en)', async () => {
    render(SavedRuns, { library, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    await screen.findByRole('button', { name: /^Reprendre .*Partie r1/ }, { timeout: 10_000 });
    expect(lines()).toEqual([
      'Boulangerie du Marché, graine 7, semaine 51 sur 52 à jouer',
      'Optique Lumière, graine 7, mois 1 sur 24 à jouer',
      'Boulangerie du Marché, graine 7, partie terminée (52 semaines)',
    ]);
    await setLocale('en');
    await screen.findByRole('button', { name: /^Resume .*Partie r1/ }, { timeout: 10_000 });
    expect(lines()).toEqual([
      'Boulangerie du Marché, seed 7, week 51 of 52 to play',
      'Optique Lumière, seed 7, month 1 of 24 to play',
      'Boulangerie du Marché, seed 7, game over (52 weeks)',
    ]);
    expect(screen.getAllByText(/^last changed on /)).toHaveLength(3);
  });
});
