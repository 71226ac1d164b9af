/**
 * QA shops 7 (follow-up, the rest): the online cosmetics shop's customers live in cities of France (engine/towns.ts
 * townNames), and the target builder, customer screens, pending list and Bilan timeline said so; but the mission
 * debrief, the class view's team table, the « Et si… ? » screen and the customers' CSV export still named the
 * bakery's districts (« Centre-ville, La Gare ») for a decision on towns 0 and 4. Every one now reads the shop's places.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import MissionDebrief from '../../../src/ui/missions/MissionDebrief.svelte';
import TeamView from '../../../src/ui/class/TeamView.svelte';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { evaluateMission } from '../../../src/missions/evaluate.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import * as engine from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import type { TeamSourceFile } from '../../../src/results/teamView.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { dbBranchStore } from '../../../src/app/whatif/dbBranchStore.ts';
import { customersCsv } from '../../../src/db/csvExport.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { makeCustomers } from '../../fixtures/customers.ts';

const shop = (id: string) => shippedScenarioList().find((s) => s.id === id)!;
const onTowns: ActionInput = { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { towns: [0, 4] } };

afterEach(() => setLocale('fr'));

describe('a decision on towns names the online shop’s cities everywhere', () => {
  it('the mission debrief (« Ce que vous avez fait »)', async () => {
    const path = (await loadShippedMissionPaths()).find((p) => p.scenario === 'cosmetiques-en-ligne')!;
    const base = shop('cosmetiques-en-ligne');
    const index = path.missions.findIndex((m) => m.check.kind === 'objective');
    const mission = path.missions[index];
    const scenario = smallScenario(missionScenario(base, mission, index), 300);
    const decisions: DecisionsLog = [{ tick: 0, actions: [actionSchema.parse(onTowns)] }];
    const { reports } = engine.runSimulation(scenario, { seed: 42, ticks: 2, decisions });
    const kpis = reports.map((r) => r.kpis);
    render(MissionDebrief, {
      view: { path, mission, index, base },
      status: evaluateMission(mission, scenario, kpis, decisions),
      decisions,
      kpis,
      answer: null,
      tries: 0,
      seed: 42,
      mode: 'committed',
      finished: false,
      onretry: () => {},
    });
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('Paris ou Lille');
    expect(article).not.toHaveTextContent('Centre-ville');
  });

  it('the class view’s team table (« Qui a fait quoi »)', () => {
    const scenario = smallScenario(shop('cosmetiques-en-ligne'), 200);
    const result = (learner: string) => {
      const decisions: DecisionsLog = [{ tick: 0, actions: [actionSchema.parse(onTowns)] }];
      const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 2, decisions });
      const file = buildResultFile({
        learner,
        team: 'Les Lynx',
        scenario,
        seed: 3,
        mode: 'committed',
        decisions,
        kpis: reports.map((r) => r.kpis),
        stateHash: engine.hashState(state),
        appVersion: '0.1.0',
      });
      return file;
    };
    const files: TeamSourceFile[] = ['Anna', 'Bruno'].map((l, i) => ({
      id: i + 1,
      fileName: `${l}.json`,
      verification: { status: 'confirmed', file: result(l), warnings: [] },
    }));
    render(TeamView, { files });
    const who = screen.getByRole('table', { name: 'Qui a fait quoi, semaine par semaine — Les Lynx' });
    const cells = within(within(who).getAllByRole('row')[1]).getAllByRole('cell');
    for (const cell of cells) {
      expect(cell).toHaveTextContent('Paris ou Lille');
      expect(cell).not.toHaveTextContent('Centre-ville');
    }
  });

  it('the « Et si… ? » screen: the periods played, a period’s report and the decisions that differ', async () => {
    const user = userEvent.setup();
    const fdb = await openMemoryDb();
    const engineClient = new EngineClient(inProcessEngineTransport());
    const notices = new Notices();
    const session = new GameSession({ engine: engineClient, store: dbServices(fdb).store, notices });
    await session.start(smallScenario(shop('cosmetiques-en-ligne'), 300), 5, 'Ma partie', { mode: 'sandbox' });
    await session.advance(1);
    session.add(onTowns);
    await session.advance(2);
    const props = { session, notices, engine: engineClient, branches: dbBranchStore(fdb) };
    const first = render(WhatIfScreen, props);
    const past = screen.getByRole('table', { name: 'Semaines passées' });
    expect(within(past).getByRole('row', { name: /Semaine 2/ })).toHaveTextContent('Paris ou Lille');
    expect(past).not.toHaveTextContent('Centre-ville');
    // the period's report
    const picker = screen.getByRole('combobox', { name: 'Choisir une semaine' });
    await user.selectOptions(picker, 'Semaine 2');
    await user.click(screen.getByRole('button', { name: 'Rapport de la semaine 2' }));
    const report = await screen.findByRole('region', { name: 'Rapport de la semaine 2' });
    expect(report).toHaveTextContent('Paris ou Lille');
    // branch before the coupon: the comparison's differing decisions name the cities too
    await user.click(screen.getByRole('button', { name: frenchText`Et si… ? Rejouer la semaine 2 et la suite` }));
    await user.click(screen.getByRole('button', { name: 'Rejouer à partir de la semaine 2' }));
    await waitFor(() => expect(screen.getByTestId('whatif-status')).toHaveTextContent('Vous jouez maintenant'));
    await session.advance(2);
    first.unmount();
    render(WhatIfScreen, props);
    await screen.findByTestId('whatif-difference');
    const decisions = screen.getByRole('heading', { name: 'Décisions qui diffèrent' }).nextElementSibling as HTMLElement;
    expect(decisions).toHaveTextContent('Paris ou Lille');
    expect(decisions).not.toHaveTextContent('Centre-ville');
  });

  it('the customers’ CSV export names the online shop’s cities, the bakery’s districts', () => {
    const customer = { ...makeCustomers(1)[0], town: 4 };
    const column = (scenario: Scenario) => customersCsv([customer], scenario).slice(1).split('\r\n')[1].split(';')[4];
    expect(column(shop('cosmetiques-en-ligne'))).toBe('Lille');
    expect(column(shop('boulangerie-du-marche'))).toBe('La Gare');
    // told how, as before
    expect(customersCsv([customer], shop('cosmetiques-en-ligne'), { townName: (t) => `Ville ${t}` })).toContain(';Ville 4;');
  });
});
