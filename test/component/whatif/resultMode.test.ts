/** The result file handed in at the end says the run's mode (issue 7), whatever mode the run was created with. */
import { configure, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DebriefRoute from '../../../src/ui/shell/DebriefRoute.svelte';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import type { RunMode } from '../../../src/app/runMode.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

configure({ asyncUtilTimeout: 10_000 });

const saved = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/ui/shell/download.ts', () => ({ downloadText: (text: string) => void saved.push(text) }));

describe('result file mode', () => {
  it.each(['committed', 'sandbox'] as RunMode[])('a %s run hands in a result file that records this mode', async (mode) => {
    saved.length = 0;
    const scenario = { ...smallScenario(shippedScenarioList()[0], 150), durationTicks: 2 };
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(scenario, 4, 'fin', { mode });
    await session.advanceToEnd();
    render(DebriefRoute, { session });
    await userEvent.setup().type(await screen.findByLabelText(/^Votre nom/), 'Léa');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Télécharger le fichier de résultat' }));
    await screen.findByText(/prêt/);
    expect(saved).toHaveLength(1);
    expect(JSON.parse(saved[0]).mode).toBe(mode);
  });
});
