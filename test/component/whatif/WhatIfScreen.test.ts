/** The « Et si… ? » screen on the real engine and IndexedDB (in memory): branch, compare, modes. */
import { render, screen, within, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { dbBranchStore } from '../../../src/app/whatif/dbBranchStore.ts';
import type { RunMode } from '../../../src/app/runMode.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { clickWhenEnabled } from '../../fixtures/clickWhenEnabled.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);

async function played(mode: RunMode, ticks: number) {
  const fdb = await openMemoryDb();
  const engine = new EngineClient(inProcessEngineTransport());
  const notices = new Notices();
  const session = new GameSession({
    engine,
    store: dbServices(fdb).store,
    notices,
  });
  await session.start(scenario, 5, 'Ma partie', { mode });
  await session.advance(2);
  session.add({
    type: 'financier',
    instrument: 'coupon',
    discountRate: 0.1,
    durationTicks: 4,
    target: {},
  });
  await session.advance(ticks - 2);
  const props = { session, notices, engine, branches: dbBranchStore(fdb) };
  return { session, notices, props };
}

describe('WhatIfScreen', () => {
  afterEach(() => setLocale('fr'));
  it('branches from a past period, then compares both timelines: equal before, different after', async () => {
    const user = userEvent.setup();
    const { session, props } = await played('sandbox', 4);
    const first = render(WhatIfScreen, props);
    expect(screen.getByRole('heading', { name: frenchText`Mode de la partie : bac à sable` })).toBeInTheDocument();
    // named by its heading, described by its introduction: that paragraph was its name, read at each entry (QA a11y qa8 F8)
    const past = screen.getByRole('table', { name: 'Semaines passées' });
    expect(past).toHaveAccessibleDescription(/^Pour chaque semaine de cette chronologie/);
    expect(within(past).getAllByRole('row')).toHaveLength(5);
    expect(screen.getByText('Il faut au moins deux chronologies : utilisez « Et si… ? » sur un moment déjà joué.')).toBeInTheDocument();

    // one period picker, the last played chosen: the buttons name the period they act on
    const picker = screen.getByRole('combobox', { name: 'Choisir une semaine' });
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Semaine 1', 'Semaine 2', 'Semaine 3', 'Semaine 4']);
    expect(screen.getByRole('button', { name: frenchText`Et si… ? Rejouer la semaine 4 et la suite` })).toBeInTheDocument();
    await user.selectOptions(picker, 'Semaine 3');
    await user.click(
      screen.getByRole('button', {
        name: frenchText`Et si… ? Rejouer la semaine 3 et la suite`,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Rejouer à partir de la semaine 3' }));
    await waitFor(() =>
      expect(screen.getByTestId('whatif-status')).toHaveTextContent('Vous jouez maintenant « Ma partie — et si… (à partir de la semaine 3) »'),
    );
    expect(session.tick).toBe(2);
    expect(within(screen.getByRole('table', { name: 'Semaines passées' })).getAllByRole('row')).toHaveLength(3);
    const timelines = screen.getByRole('region', { name: 'Chronologies' });
    expect(within(timelines).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(timelines).getByRole('button', {
        name: frenchText`Ouvrir la chronologie « Ma partie »`,
      }),
    ).toBeInTheDocument();

    // other decisions in the branch, then back to the screen
    session.add({
      type: 'enquete',
      instrument: 'questionnaire',
      sampleSize: 30,
    });
    await session.advance(2);
    first.unmount();
    render(WhatIfScreen, props);
    const sentence = await screen.findByTestId('whatif-difference');
    expect(sentence).toHaveTextContent('Les indicateurs sont identiques jusqu’à la semaine 2 ; ils diffèrent à partir de la semaine 3.');
    // the period inside the sentence, lower case (« la Semaine 3 » before: QA more M6)
    expect(screen.getByText('Les décisions diffèrent pour la première fois à la semaine 3.')).toBeInTheDocument();
    const budget = screen.getByRole('table', { name: 'Budget restant' });
    const rows = within(budget).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.dataset.differs)).toEqual(['false', 'false', 'true', 'true']);
    expect(rows[2]).toHaveTextContent('(différent)');
    const decisions = screen.getByRole('heading', {
      name: 'Décisions qui diffèrent',
    }).nextElementSibling as HTMLElement;
    expect(within(decisions).getByText('Semaine 3')).toBeInTheDocument();
    // the branch (B) removed A's coupon and took a survey instead: each named as such (issue #4)
    expect(within(decisions).getAllByRole('definition').map((d) => d.textContent)).toEqual([
      expect.stringMatching(/^Retiré dans B\s:\sAvantage financier/),
      expect.stringMatching(/^Ajouté dans B\s:\sEnquête/),
    ]);

    // switch back to the original timeline
    await user.click(
      screen.getByRole('button', {
        name: frenchText`Ouvrir la chronologie « Ma partie »`,
      }),
    );
    await waitFor(() => expect(session.runName).toBe('Ma partie'));
    expect(session.decisions.map((d) => d.actions[0].type)).toEqual(['financier']);
    await waitFor(() => expect(screen.getByTestId('whatif-status')).toHaveTextContent('Vous jouez maintenant « Ma partie ».'));
  });

  it('names a branch in the language it is read in, not the one it was made in', async () => {
    const user = userEvent.setup();
    const { session, props } = await played('sandbox', 4);
    const first = render(WhatIfScreen, props);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choisir une semaine' }), 'Semaine 3');
    await user.click(screen.getByRole('button', { name: frenchText`Et si… ? Rejouer la semaine 3 et la suite` }));
    await user.click(screen.getByRole('button', { name: 'Rejouer à partir de la semaine 3' }));
    await waitFor(() => expect(screen.getByTestId('whatif-status')).toHaveTextContent('Vous jouez maintenant « Ma partie — et si… (à partir de la semaine 3) »'));
    const branchId = session.runId!;
    await setLocale('en');
    const timelines = screen.getByRole('region', { name: 'Timelines' });
    await waitFor(() => expect(timelines).toHaveTextContent('Ma partie — what if… (from week 3)'));
    expect(timelines).not.toHaveTextContent('et si');
    // read back from storage: the original, then the branch again
    first.unmount();
    render(WhatIfScreen, props);
    await user.click(await screen.findByRole('button', { name: 'Open the timeline “Ma partie”' }));
    await waitFor(() => expect(screen.getByTestId('whatif-status')).toHaveTextContent('You are now playing “Ma partie”.'), { timeout: 20_000 });
    const open = await screen.findByRole('button', { name: 'Open the timeline “Ma partie — what if… (from week 3)”' });
    await clickWhenEnabled(user, () => open);
    await waitFor(() => expect(screen.getByTestId('whatif-status')).toHaveTextContent('You are now playing “Ma partie — what if… (from week 3)”.'), { timeout: 20_000 });
    expect(session.runId).toBe(branchId);
  });

  it('committed mode: no going back, the reports of past periods stay consultable with the keyboard', async () => {
    const user = userEvent.setup();
    const { props } = await played('committed', 3);
    render(WhatIfScreen, props);
    expect(screen.getByRole('heading', { name: frenchText`Mode de la partie : engagé` })).toBeInTheDocument();
    expect(screen.getByText(/Vos décisions sont définitives/)).toBeInTheDocument();
    expect(screen.getByText(/s’ouvriront à la fin de la partie/)).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /Et si…\u202f\?/ })).toHaveLength(0);

    const report = screen.getByRole('button', {
      name: 'Rapport de la semaine 3',
    });
    report.focus();
    await user.keyboard('{Enter}');
    expect(report).toHaveAttribute('aria-expanded', 'true');
    const section = screen.getByRole('region', {
      name: 'Rapport de la semaine 3',
    });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(section).getByRole('heading', {
          name: 'Rapport de la semaine 3',
        }),
      ),
    );
    expect(section).toHaveTextContent(/Avantage financier/);
    expect(within(section).getByText('Budget restant')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Fermer le rapport' }));
    expect(screen.queryByRole('region', { name: 'Rapport de la semaine 3' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(report));
  });

  it('reaches the comparison in a few Tab stops, however many periods were played (QA more M9)', async () => {
    // two buttons per played period came before the comparison: 104 Tab stops at the end of a 52-week game
    const user = userEvent.setup();
    const { props } = await played('sandbox', 12);
    render(WhatIfScreen, props);
    const past = screen.getByRole('region', { name: 'Semaines passées' });
    const picker = within(past).getByRole('combobox', { name: 'Choisir une semaine' });
    expect(within(picker).getAllByRole('option')).toHaveLength(12);
    picker.focus();
    const stops: string[] = [];
    for (let i = 0; i < 10 && past.contains(document.activeElement); i++) {
      stops.push(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
      await user.tab();
    }
    expect(stops).toHaveLength(4);
    expect(stops.slice(1, 3)).toEqual(['Rapport de la semaine 12', frenchText`Et si… ? Rejouer la semaine 12 et la suite`]);
    // the last stop is the table's own scroller, named after the table as TableScroll names them (it scrolls with the arrow keys)
    expect(screen.getByRole('region', { name: frenchText`Tableau : Semaines passées` })).toHaveAttribute('tabindex', '0');
    expect(past.contains(document.activeElement)).toBe(false);

    // with the keyboard: choose week 5, open its report
    picker.focus();
    await user.selectOptions(picker, 'Semaine 5');
    await user.click(screen.getByRole('button', { name: 'Rapport de la semaine 5' }));
    expect(await screen.findByRole('region', { name: 'Rapport de la semaine 5' })).toBeInTheDocument();
  });

  it('names the period picker and its buttons in English', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const { props } = await played('sandbox', 4);
    render(WhatIfScreen, props);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choose a week' }), 'Week 2');
    expect(screen.getByRole('button', { name: 'Report of week 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'What if…? Replay from week 2' })).toBeInTheDocument();
  });

  it('says it needs storage when there is no branch store', () => {
    const session = new GameSession({
      engine: new EngineClient(inProcessEngineTransport()),
      store: {
        createRun: async () => 'x',
        commitTick: async () => {},
        loadRun: async () => {
          throw new Error('x');
        },
        rewriteHistory: async () => {},
      },
      notices: new Notices(),
    });
    render(WhatIfScreen, {
      session,
      notices: new Notices(),
      engine: new EngineClient(inProcessEngineTransport()),
      branches: null,
    });
    expect(screen.getByText(/demandent le stockage du navigateur/)).toBeInTheDocument();
  });
});
