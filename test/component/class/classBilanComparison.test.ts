/**
 * The teacher's « Voir le bilan » gives the learner's Debrief its difference from doing nothing, so the
 * Debrief says how it relates to the control groups below (QA verify 2, N2: Arthur's Bilan showed
 * « +16 214 € » against « sans action » above « effet non démontré » with no word on why both hold).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ReplayOutcome } from '../../../src/results/replay.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import ClassBilan from '../../../src/ui/class/ClassBilan.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const kpis = makeKpiSeries(4);
const file = buildResultFile({ learner: 'Arthur', scenario, seed: 1, mode: 'committed', decisions: [], kpis, stateHash: 'x', appVersion: '0.1.0' });
const replayer = async (): Promise<ReplayOutcome> => ({ stateHash: 'x', modelFingerprint: 'm', kpis });

describe('class view Bilan and « sans action »', () => {
  it('puts the difference from doing nothing in the Debrief, with the sentence on the control groups', async () => {
    render(ClassBilan, { file, fileName: 'arthur.json', replayer, gap: { netMargin: 16_214, activeCustomers: 122 }, onback: () => {} });
    expect(await screen.findByText(/^Par rapport à une partie sans aucune action \(même graine, même durée\) : marge nette \+16 214/)).toBeInTheDocument();
    expect(screen.getByTestId('no-action-vs-control')).toHaveTextContent(/groupes témoins/);
  });

  it('says nothing of it before the class view has the reference', async () => {
    render(ClassBilan, { file, fileName: 'arthur.json', replayer, onback: () => {} });
    await screen.findByRole('heading', { level: 2 });
    expect(screen.queryByText(/^Par rapport à une partie sans aucune action/)).toBeNull();
    expect(screen.queryByTestId('no-action-vs-control')).toBeNull();
  });
});
