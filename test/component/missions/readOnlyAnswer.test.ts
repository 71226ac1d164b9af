/**
 * A tab that only shows the run (it is open in another tab) records nothing of it (db.runLocked « rien ne serait
 * enregistré »): mission 1's answer, checked there, counted a try and could record the mission « réussie » in the
 * browser's progress, which the other tab, holding its own copy, then wrote over. It is refused and the form says why.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import MissionAnswer from '../../../src/ui/missions/MissionAnswer.svelte';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { MissionController } from '../../../src/missions/missionController.svelte.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

async function readOnlyMission() {
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
  const progress = { text: null as string | null };
  const missions = new MissionController({
    session,
    storage: { read: () => progress.text, write: (v) => void (progress.text = v) },
    paths: await loadShippedMissionPaths(),
    scenarios: shippedScenarioList().map((s) => smallScenario(s, 500)),
  });
  expect(await missions.start('boulangerie-du-marche', 0, { name: 'm1' })).toBe(true);
  session.readOnly = true;
  return { missions, progress };
}

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

describe('mission 1 in a tab that only shows the run', () => {
  afterEach(() => setLocale('fr'));

  it('checks no answer, records nothing and says where to answer', async () => {
    const { missions, progress } = await readOnlyMission();
    const before = progress.text;
    render(MissionAnswer, { missions, segment: 'Fidèles', ended: false, period: 'de la semaine 1' });
    await userEvent.type(screen.getByRole('textbox'), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Valider la réponse' }));
    expect(norm((await screen.findByText(/répondez dans celui-là/)).textContent)).toBe('Cette partie est ouverte dans un autre onglet : répondez dans celui-là, rien n’est enregistré ici.');
    expect(progress.text).toBe(before);
  });

  it('says it in English too', async () => {
    await setLocale('en');
    const { missions } = await readOnlyMission();
    render(MissionAnswer, { missions, segment: 'Loyal', ended: false, period: 'de la semaine 1' });
    await userEvent.type(screen.getByRole('textbox'), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(norm((await screen.findByText(/answer there/)).textContent)).toBe('This run is open in another tab: answer there, nothing is saved here.');
  });
});
