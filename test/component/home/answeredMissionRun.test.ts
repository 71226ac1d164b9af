/**
 * QA qa29self m9: mission 1 (a question, answered in its first week) stayed in « Parties enregistrées » as « Semaine 1 / 4,
 * à jouer » while the missions screen said « Réussie ». A mission run whose question was answered right now reads
 * « mission réussie (réponse trouvée) »; a mission run not answered yet, or a free game, keeps its week.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { EMPTY_PROGRESS, attemptOf, progressText, startedRun, withAttempt } from '../../../src/missions/progress.ts';
import { PROGRESS_KEY } from '../../../src/missions/storedMission.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

const mission = (id: string, n: number) => savedRun({ id, name: `Boulangerie du Marché — Mission 1 (${n})`, tick: 0, durationTicks: 4 });
const library: RunLibrary = {
  list: async () => [mission('answered', 42), mission('open', 43), savedRun({ id: 'free', name: 'Partie libre', tick: 0 })],
  rename: async () => {},
  remove: async () => {},
};

/** Two runs of mission 1 as the mission code stores them, the first answered right (MissionController.answer). */
function storeProgress() {
  let progress = startedRun(EMPTY_PROGRESS, 'answered', 'boulangerie-du-marche', 'lire-la-base');
  progress = withAttempt(progress, 'answered', { ...attemptOf(progress, 'answered')!, tries: 1, answer: 412 });
  progress = startedRun(progress, 'open', 'boulangerie-du-marche', 'lire-la-base');
  localStorage.setItem(PROGRESS_KEY, progressText(progress));
}

describe('a saved mission run whose question was answered (QA qa29self m9)', () => {
  beforeEach(() => storeProgress());
  afterEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('reads « mission réussie », not « Semaine 1 / 4, à jouer »', async () => {
    render(SavedRuns, { library, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    const row = (id: string) => document.querySelector(`[data-run-id="${id}"]`)!;
    await screen.findByRole('button', { name: /^Reprendre .*\(42\)/ });
    expect(row('answered')).toHaveTextContent('Boulangerie du Marché, graine 7, mission réussie (réponse trouvée)');
    expect(row('answered')).not.toHaveTextContent('à jouer');
    expect(row('open')).toHaveTextContent('semaine 1 sur 4 à jouer');
    expect(row('free')).toHaveTextContent('semaine 1 sur 52 à jouer');
  });

  it('in English too', async () => {
    await setLocale('en');
    render(SavedRuns, { library, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    await screen.findByRole('button', { name: /^Resume .*\(42\)/ });
    expect(document.querySelector('[data-run-id="answered"]')).toHaveTextContent('mission passed (answer found)');
  });
});
