/**
 * « Rendre mon travail » under a mission's bilan (QA teacher 2): the mission screen hands in the
 * result file of the mission's run with the learner's missions of the shop (number, id, title,
 * success, answer, date). The Bilan tab hands in the same file of the same run (issue #4: its file
 * once left the missions out).
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import MissionsScreen from '../../../src/ui/missions/MissionsScreen.svelte';
import MissionHandIn from '../../../src/ui/missions/MissionHandIn.svelte';
import DebriefRoute from '../../../src/ui/shell/DebriefRoute.svelte';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { MissionController } from '../../../src/missions/missionController.svelte.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { memoryProgressStorage } from '../../fixtures/memoryProgressStorage.ts';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { readResultFile } from '../../../src/results/readResultFile.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

configure({ asyncUtilTimeout: 10_000 });

// the browser download is the one thing a test cannot see: the texts it is given are kept instead
const downloads = vi.hoisted(() => [] as { text: string; fileName: string }[]);
vi.mock('../../../src/ui/shell/download.ts', () => ({
  downloadText: (text: string, fileName: string) => downloads.push({ text, fileName }),
  downloadBlob: () => {},
}));

/** The bakery's mission 1 started (seed 42, committed) and answered right: its session, controller and answer. */
async function passedMissionOne() {
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
  const missions = new MissionController({
    session,
    storage: memoryProgressStorage(),
    paths: await loadShippedMissionPaths(),
    scenarios: shippedScenarioList().map((s) => smallScenario(s, 300)),
    now: () => '2026-12-02T10:10:00.000Z',
  });
  const stop = missions.watch();
  expect(await missions.start('boulangerie-du-marche', 0, { seed: 42, mode: 'committed', name: 'Mission 1' })).toBe(true);
  const { count } = await session.selectTarget({ segments: ['futurNonClient'] }, 0);
  expect(await missions.answer(count)).toBe('right');
  return { session, missions, stop, count };
}

describe('mission hand-in', () => {
  beforeEach(async () => {
    await setLocale('fr');
    window.location.hash = '';
    downloads.splice(0);
  });

  it('offers « Rendre mon travail » under the mission’s bilan, and the file says mission 1 was passed with its answer', async () => {
    const user = userEvent.setup();
    const { session, missions, stop, count } = await passedMissionOne();

    render(MissionsScreen, { missions, settings: new ClassSettings(), session, focus: 'boulangerie-du-marche', base: 'https://ecole.example/' });
    const debrief = await screen.findByRole('article', { name: /Bilan de la mission 1/ });
    expect(within(debrief).getByText('Mission réussie.')).toBeInTheDocument();
    // the hand-in comes with the mission's bilan, and says what the file carries
    expect(screen.getByRole('heading', { name: 'Rendre mon travail' })).toBeInTheDocument();
    expect(screen.getByText(/1 mission réussie sur 6/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rendre mon travail (télécharger le fichier)' })).toBeEnabled();

    // the same form, its download caught
    const saved: { text: string; name: string }[] = [];
    const { container } = render(MissionHandIn, { session, save: (text: string, name: string) => saved.push({ text, name }) });
    const form = within(container as HTMLElement);
    await user.type(form.getByRole('textbox', { name: /Votre nom/ }), 'Mila Mission');
    await user.click(form.getByRole('button', { name: 'Rendre mon travail (télécharger le fichier)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const read = readResultFile(saved[0].text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.scenario.id).toBe('boulangerie-du-marche-mission-1');
    expect(read.file.missions).toEqual({
      shop: 'boulangerie-du-marche',
      total: 6,
      current: 1,
      attempted: [
        { number: 1, id: 'lire-la-base', title: expect.objectContaining({ fr: 'Lire la base clients' }), outcome: 'reussie', attempts: 1, answer: count, at: '2026-12-02T10:10:00.000Z' },
      ],
    });
    stop();
  });

  it('hands in the same file from the Bilan tab as from the mission screen, missions included', async () => {
    const user = userEvent.setup();
    const { session, stop } = await passedMissionOne();
    await session.advance(1);

    /** The file a form hands in, its date left out (each is made at its own time). */
    async function handIn(container: HTMLElement, button: string): Promise<Record<string, unknown>> {
      const form = within(container);
      const name = form.getByRole('textbox', { name: /Votre nom/ });
      await user.clear(name);
      await user.type(name, 'Mila Mission');
      await user.click(form.getByRole('button', { name: button }));
      await waitFor(() => expect(downloads).toHaveLength(1));
      const file = JSON.parse(downloads.splice(0)[0].text) as Record<string, unknown>;
      delete file.createdAt;
      return file;
    }
    const bilan = render(DebriefRoute, { session });
    const fromBilan = await handIn(bilan.container as HTMLElement, 'Rendre mon travail maintenant');
    bilan.unmount();
    const mission = render(MissionHandIn, { session });
    const fromMission = await handIn(mission.container as HTMLElement, 'Rendre mon travail (télécharger le fichier)');

    expect(fromBilan.missions).toEqual(expect.objectContaining({ shop: 'boulangerie-du-marche', current: 1, attempted: [expect.objectContaining({ number: 1, outcome: 'reussie' })] }));
    expect(fromBilan).toEqual(fromMission);
    stop();
  });
});
