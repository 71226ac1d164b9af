/**
 * The event feed scrolls in its own box (max-height 32 rem; at once on the projector display's
 * large text): a keyboard user reaches it with Tab to scroll it with the arrows (WCAG 2.1.1, axe
 * scrollable-region-focusable, found by test/e2e/accessibility.e2e.ts). Real engine run of the fixture shop.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import EventFeed from '../../../src/ui/dashboard/EventFeed.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

describe('event feed and the keyboard', () => {
  it('is a named region the Tab key reaches', async () => {
    const scenario = fixtureScenario();
    const run = runSimulation(scenario, { seed: 3, ticks: 4, decisions: [] });
    render(EventFeed, { scenario, kpis: run.reports.map((r) => r.kpis), reports: run.reports });
    await userEvent.setup().tab();
    expect(screen.getByRole('region', { name: 'Ce qui s’est passé' })).toHaveFocus();
  });
});
