/**
 * QA a11y F4: each tick of a target checkbox made the strategy's cost say « Coût estimé 0 € par période au départ,
 * soit environ 0 € sur 104 périodes » (its live region), priced on no customer while the new target was counted,
 * then the real cost. While counting, the cost shown stays the last one; the new count brings the new cost.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import StrategyPanel from '../../../src/ui/decisions/StrategyPanel.svelte';
import { started } from './session.ts';

describe('the strategy’s cost while the target is counted', () => {
  it('keeps the last cost, never 0 €, then follows the new count', async () => {
    const { session } = await started();
    const props = { session, target: {}, count: 400 as number | null, spend: { active: 400, withoutConsent: 0 }, allowed: ['financier' as const] };
    const view = render(StrategyPanel, { props });
    const cost = () => screen.getByTestId('strategy-cost').textContent ?? '';
    const first = cost();
    expect(first).toMatch(/[1-9]\d*\s€ par semaine/);
    await view.rerender({ ...props, count: null, spend: null });
    expect(cost()).toBe(first);
    await view.rerender({ ...props, count: 40, spend: { active: 40, withoutConsent: 0 } });
    expect(cost()).not.toBe(first);
    expect(cost()).toMatch(/[1-9]\d*\s€ par semaine/);
  });
});
