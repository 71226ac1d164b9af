/**
 * The Debrief's exact replay without action (« net margin +€169,751 vs no action ») and the control-group
 * estimates (« profit not proven ») are linked by one sentence (QA self 16): the replay is the exact
 * counterfactual no real shop can see, the control group the estimate a real shop can measure, with
 * its margin of error. Said only when a programme was measured against a control group.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefScreen from '../../../src/ui/debrief/DebriefScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const measured = makeKpiSeries(4);
const noControl = makeKpiSeries(4, (k) => ({ ...k, programmes: k.programmes.map((p) => ({ ...p, controlGroup: 0 })) }));

describe('Debrief: the replay without action and the control groups', () => {
  afterEach(() => setLocale('fr'));

  it('says how the exact replay and the control-group estimate relate', async () => {
    await setLocale('en');
    render(DebriefScreen, {
      scenario,
      kpis: measured,
      reports: [],
      decisions: [],
      comparison: 'Compared with a game with no action at all: net margin +€1,000.',
    });
    expect(screen.getByTestId('no-action-vs-control')).toHaveTextContent(
      /exact gain of all the decisions together, which no real shop can observe; the control groups below give, programme by programme, the estimate a real shop could measure, with its margin of error/,
    );
  });

  it('says nothing of control groups when no programme had one, nor without the replay', () => {
    render(DebriefScreen, { scenario, kpis: noControl, reports: [], decisions: [], comparison: 'Par rapport à une partie sans aucune action : +1 000 €.' });
    expect(screen.queryByTestId('no-action-vs-control')).toBeNull();
    render(DebriefScreen, { scenario, kpis: measured, reports: [], decisions: [] });
    expect(screen.queryByTestId('no-action-vs-control')).toBeNull();
  });
});
