/**
 * The what-if compare pickers (QA teacher F17): a branch is indented under its parent by spaces, not
 * by a leading « · » that reads oddly on a projector; its name already says « et si… ».
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ComparePanel from '../../../src/ui/whatif/ComparePanel.svelte';

function controller() {
  return {
    family: [
      { id: 'a', name: 'Boulangerie du Marché (42)', depth: 0 },
      { id: 'b', name: 'Boulangerie du Marché (42) — et si… (la semaine 2)', depth: 1 },
    ],
    a: 'a',
    b: 'b',
    timelines: {},
    comparison: { ticks: 0, metrics: [], decisions: [], firstKpiDifference: null, firstDecisionDifference: null },
    select: () => Promise.resolve(),
  } as never;
}

describe('what-if compare pickers', () => {
  it('indent a branch under its parent without a leading dot', () => {
    render(ComparePanel, { controller: controller(), unit: 'week' });
    const [first] = screen.getAllByRole('combobox');
    const options = within(first).getAllByRole('option');
    expect(options[0].textContent).toBe('Boulangerie du Marché (42)');
    expect(options[1].textContent).toBe('\u2003Boulangerie du Marché (42) — et si… (la semaine 2)');
    for (const o of options) expect(o.textContent).not.toContain('·');
  });
});
