/**
 * The survey form bounds its questionnaire with the customers still there, which before the first period it
 * asked from the engine itself, while the period's estimate asked the engine the same question for the
 * complaints expected. The estimate now keeps that count from its one answer (startAlive), for its run only.
 */
import { describe, expect, it, vi } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { PeriodEstimate } from '../../../src/app/periodEstimate.svelte.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);

describe('the period’s estimate: the customers still there before the first period', () => {
  it('keeps them from the one question it asks for the complaints expected, for its run only', async () => {
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(scenario, 5, 'test');
    const { active } = (await session.selectTarget({}, 0)).spend;
    // the pre-history lost some of the base: those still there are fewer
    expect(active).toBeLessThan(session.customerCount);
    const asked = vi.spyOn(session, 'selectTarget');
    const estimate = new PeriodEstimate();
    expect(estimate.startAlive(session.runId)).toBeNull();

    await estimate.refresh(session);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(asked).toHaveBeenCalledWith({}, 0);
    expect(estimate.startAlive(session.runId)).toBe(active);
    expect(estimate.complaintCost).not.toBeNull();
    // another run's count is not this one's
    expect(estimate.startAlive('another run')).toBeNull();
    expect(estimate.startAlive(null)).toBeNull();

    // a period played: its KPIs count those still there, nothing more is asked
    await session.advance(1);
    asked.mockClear();
    await estimate.refresh(session);
    expect(asked).not.toHaveBeenCalled();
  });
});
