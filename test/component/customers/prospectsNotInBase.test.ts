/**
 * QA today 6: the customer table's stage filter offered « Prospect » and always gave « 0 client sur 3 160 », while the
 * funnel counted 5 840 prospects; the target builder offered « Prospect » too (stage and ladder), and a target of
 * prospects was refused as empty. Prospects are the pool the funnel adds (engine kpis.ts prospectsRemaining): no
 * record is ever one. The filter and the target builder now offer only the stages and rungs a record can have, and
 * say in a sentence where the prospects are.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { RECORD_RUNGS, RECORD_STAGES } from '../../../src/ui/customers/recordStages.ts';
import { createSimulation, customerRecord, stepSimulation } from '../../../src/engine/index.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { scenario, started } from '../decisions/session.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setLocale('fr'));

describe('prospects are not in the customer database', () => {
  it('no record of a run is ever at the stage or on the rung « prospect », and every stage and rung a record has is offered', () => {
    const state = createSimulation(scenario, { seed: 4 });
    const stages = new Set<string>();
    const rungs = new Set<string>();
    for (let t = 0; t < 30; t++) {
      stepSimulation(state, scenario, t === 1 ? [{ type: 'acquisition', channel: 'flyers', budget: 2000 }] : []);
      for (let i = 0; i < state.n; i++) {
        const r = customerRecord(state, i);
        stages.add(r.stage);
        rungs.add(r.ladder);
      }
    }
    expect(stages.has('prospect')).toBe(false);
    expect(rungs.has('prospect')).toBe(false);
    for (const s of stages) expect(RECORD_STAGES).toContain(s);
    for (const r of rungs) expect(RECORD_RUNGS).toContain(r);
  });

  it('the customer table’s stage filter leaves « Prospect » out and the screen says where prospects are counted', async () => {
    const history = customerZeroHistory();
    render(CustomersScreen, { scenario: fixtureScenario(), source: createArrayCustomerSource(makeCustomers(50), history.purchases, history.events) });
    const select = screen.getByRole('combobox', { name: 'Étape du cycle de vie' });
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Tous', 'Nouveau (1er achat)', 'Client actif', 'Client dormant', 'Client perdu']);
    expect(norm(document.body.textContent)).toContain('Les prospects (pas encore clients) n’y sont pas : l’entonnoir du cycle de vie (Graphiques) les compte.');
  });

  it('the target builder offers no « Prospect » stage nor rung, and says an action reaches customers only', async () => {
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    const stages = screen.getByRole('group', { name: 'Étapes du cycle de vie' });
    expect(within(stages).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent?.trim())).toEqual([
      'Nouveau (1er achat)',
      'Client actif',
      'Client dormant',
      'Client perdu',
    ]);
    const ladder = screen.getByRole('group', { name: 'Échelle de fidélité' });
    expect(within(ladder).queryByRole('checkbox', { name: 'Prospect' })).toBeNull();
    expect(within(ladder).getAllByRole('checkbox')).toHaveLength(4);
    expect(norm(screen.getByTestId('no-prospects').textContent)).toBe(
      'Les prospects (pas encore clients) ne sont pas dans la base : une action ne vise que des clients. Une campagne de conquête les recrute.',
    );
    await setLocale('en');
    await waitFor(() => expect(screen.getByTestId('no-prospects')).toHaveTextContent('Prospects (not customers yet) are not in the database'));
  });
});
