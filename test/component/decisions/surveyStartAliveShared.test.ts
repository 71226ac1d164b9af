/**
 * Before the first period the survey form asked the engine for the customers still there, and the
 * period's estimate asked it the same question for the complaints expected: two messages to the
 * worker for one answer. The form now reads the estimate's count (PeriodEstimate.startAlive).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { started } from './session.ts';

describe('the decisions screen before the first period', () => {
  it('asks the engine once for the whole base, and the survey form says the customers still there from that answer', async () => {
    const { session, notices } = await started();
    const alive = (await session.selectTarget({}, 0)).spend.active;
    const asked = vi.spyOn(session, 'selectTarget');
    render(DecisionsScreen, { session, notices });
    await screen.findByText(new RegExp(`soit environ \\d+ sur ${alive}\\s:`));
    // the target builder's own count passes whether it prices curves: the whole base asked without is the estimate's
    const wholeBase = asked.mock.calls.filter(([target, preview, curves]) => Object.keys(target).length === 0 && preview === 0 && curves === undefined);
    expect(wholeBase).toHaveLength(1);
  });
});
