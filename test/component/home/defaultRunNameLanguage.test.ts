/**
 * The saved runs' list shows a name the app gave (« Boulangerie du Marché — Mission 2 (1907) ») in the current language,
 * whichever it was started in, a what-if branch of it too; a name the learner typed stays as typed (QA qa28en m1: after
 * switching back to French the home page read « Market Square Bakery — Mission 2 (1907) »). A finished game's line says
 * « game over » in lower case within it.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

const bakery = { scenarioName: { fr: 'Boulangerie du Marché', en: 'Market Square Bakery' }, seed: 1907 };
const library: RunLibrary = {
  list: async () => [
    savedRun({ ...bakery, id: 'r1', name: 'Market Square Bakery — Mission 2 (1907)' }),
    savedRun({ ...bakery, id: 'r2', name: 'Boulangerie du Marché (1907) 2', tick: 52 }),
    savedRun({ ...bakery, id: 'r3', name: 'x', branchName: { base: 'Market Square Bakery (1907)', ticks: [9] }, branch: true }),
    savedRun({ ...bakery, id: 'r4', name: 'My bakery game' }),
  ],
  rename: async () => {},
  remove: async () => {},
};

describe('a saved run named by the app', () => {
  afterEach(() => setLocale('fr'));

  it('is named in the current language, a typed name as typed', async () => {
    render(SavedRuns, { library, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    expect(await screen.findByText('Boulangerie du Marché — Mission 2 (1907)', {}, { timeout: 10_000 })).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(within(list).getByText('Boulangerie du Marché (1907) 2')).toBeInTheDocument();
    expect(within(list).getByText('Boulangerie du Marché (1907) — et si… (à partir de la semaine 10)')).toBeInTheDocument();
    expect(within(list).getByText('My bakery game')).toBeInTheDocument();
    expect(list).not.toHaveTextContent('Market Square');
    // a game over, within the run's line: not capitalised (QA qa28en m14)
    expect(list).toHaveTextContent(/Boulangerie du Marché, graine 1907, partie terminée \(52 semaines\)/);
    expect(screen.getByRole('button', { name: /^Reprendre\s«\sBoulangerie du Marché — Mission 2 \(1907\)\s»$/ })).toBeInTheDocument();

    await setLocale('en');
    expect(await within(list).findByText('Market Square Bakery — Mission 2 (1907)')).toBeInTheDocument();
    expect(within(list).getByText('Market Square Bakery (1907) 2')).toBeInTheDocument();
    expect(within(list).getByText('Market Square Bakery (1907) — what if… (from week 10)')).toBeInTheDocument();
    expect(within(list).getByText('My bakery game')).toBeInTheDocument();
    expect(list).not.toHaveTextContent('Boulangerie');
    expect(list).toHaveTextContent(/Market Square Bakery, seed 1907, game over \(52 weeks\)/);
  });
  // QA qa31phoneEn n6: a mission's run keeps its mission's scenario, named « <shop> — mission 3 : <title> »
  it('a mission’s run, by the shop whose path it is, in the delete question too', async () => {
    const mission = {
      scenarioId: 'boulangerie-du-marche-mission-3',
      scenarioName: { fr: 'Boulangerie du Marché — mission 3 : Réclamations et enquêtes', en: 'Market Square Bakery — mission 3: Complaints and surveys' },
      seed: 1907,
    };
    const missions: RunLibrary = { ...library, list: async () => [savedRun({ ...mission, id: 'm', name: 'Boulangerie du Marché — Mission 3 (1907)' })] };
    render(SavedRuns, { library: missions, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    await screen.findByText('Boulangerie du Marché — Mission 3 (1907)', {}, { timeout: 10_000 });
    await setLocale('en');
    const list = screen.getByRole('list');
    expect(await within(list).findByText('Market Square Bakery — Mission 3 (1907)')).toBeInTheDocument();
    expect(list).not.toHaveTextContent('Boulangerie');
    screen.getByRole('button', { name: /^Delete/ }).click();
    expect((await screen.findByRole('alertdialog')).textContent).toContain('Market Square Bakery — Mission 3 (1907)');
  });
});
