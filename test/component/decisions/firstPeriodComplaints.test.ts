/**
 * The strategy form's runway (« Payé environ N périodes… ») in the first period priced the complaints at 0 €: no
 * period played, no complaint counted yet. A shop where visits often go wrong was told the budget paid a club as
 * long as in a shop without incidents, though the engine pays its complaints from the same budget. It now counts the
 * complaints the engine expects of the customers still there (engine/complaintForecast.ts), as the period card does.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { scenario, started } from './session.ts';

const tight: Scenario = { ...scenario, budget: { initial: 300, perTick: 0 } };
const calm: Scenario = { ...tight, service: { ...tight.service, incidentRate: 0 } };
const stormy: Scenario = { ...tight, service: { ...tight.service, incidentRate: 0.1, complaintPropensity: 0.3 } };

async function clubPaid(shop: Scenario) {
  const user = userEvent.setup();
  const { session, notices } = await started(shop);
  const view = render(DecisionsScreen, { session, notices });
  expect(session.kpis).toEqual([]);
  await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
  await user.click(screen.getByRole('radio', { name: 'Lien social' }));
  const line = await screen.findByTestId('strategy-runway');
  const paid = Number(/environ (\d+) (?:semaine|mois)/.exec(line.textContent!)?.[1] ?? 0);
  view.unmount();
  return { paid, session };
}

describe('the first period’s runway counts the complaints to come', () => {
  it('a club is paid fewer periods where visits often go wrong than where none does', async () => {
    const quiet = (await clubPaid(calm)).paid;
    expect(quiet).toBeGreaterThan(1);
    const { paid, session } = await clubPaid(stormy);
    expect(paid).toBeLessThan(quiet);
    // and the engine, paying the complaints from the same budget, stops the club after those periods
    expect(session.add({ type: 'lienSocial', instrument: 'club', target: {} })).toBe(true);
    await session.advance(paid);
    expect(session.kpis.at(-1)!.programmes[0].endTick).toBeUndefined();
    await session.advance(1);
    expect(session.kpis.at(-1)!.programmes[0]).toMatchObject({ endTick: paid, suspendedMembers: expect.any(Number) });
  });
});
