import { configure, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DebriefRoute from '../../src/ui/shell/DebriefRoute.svelte';
import { GameSession } from '../../src/app/session.svelte.ts';
import { Notices } from '../../src/app/notices.svelte.ts';
import { EngineClient } from '../../src/app/engineClient.ts';
import { memoryRunStore } from '../../src/app/runStore.ts';
import { shippedScenarioList, smallScenario } from '../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../unit/app/engineTransport.ts';

// the real engine runs in these tests and the machine is shared: give asynchronous updates time
configure({ asyncUtilTimeout: 10_000 });

describe('debrief route', () => {
  it('waits for the end of the game (it reveals the true satisfaction), then shows the debrief and the result file', async () => {
    const scenario = { ...smallScenario(shippedScenarioList()[0], 200), durationTicks: 4, objectives: smallScenario(shippedScenarioList()[0]).objectives.map((o) => ({ ...o, byTick: undefined })) };
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(scenario, 2, 'fin');
    await session.advance(1);
    render(DebriefRoute, { session });
    expect(screen.getByText(/encore 3 période\(s\) à jouer/)).toBeInTheDocument();
    expect(screen.queryByText(/Satisfaction réelle/)).not.toBeInTheDocument();
    await session.advanceToEnd();
    expect(await screen.findByRole('heading', { level: 2, name: /Débriefing/ }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /fichier de résultat/i })).toBeInTheDocument();
  });
});
