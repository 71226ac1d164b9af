/**
 * A learner's Bilan opened from the class view has the projector's switch (QA qa11 F6). On the projector the
 * class table hides its buttons, « Voir le bilan » among them (bef2a64d), so the teacher turned the projector
 * off to open a Bilan, and the Bilan then had no switch: a student's Bilan could not be shown to the class in
 * large text. The switch is there now, with the class view's choice, without the note on the table.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplayOutcome } from '../../../src/results/replay.ts';
import { buildResultFile } from '../../../src/results/buildResultFile.ts';
import ClassBilan from '../../../src/ui/class/ClassBilan.svelte';
import { projectorChoice } from '../../../src/app/preferences.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const kpis = makeKpiSeries(4);
const file = buildResultFile({ learner: 'Arthur', scenario, seed: 1, mode: 'committed', decisions: [], kpis, stateHash: 'x', appVersion: '0.1.0' });
const replayer = async (): Promise<ReplayOutcome> => ({ stateHash: 'x', modelFingerprint: 'm', kpis });

describe('a learner’s Bilan from the class view, on the projector', () => {
  afterEach(() => {
    delete document.documentElement.dataset.display;
    localStorage.clear();
  });

  it('switches the projector display on and off from the Bilan, remembered as the class view’s choice', async () => {
    const user = userEvent.setup();
    render(ClassBilan, { file, fileName: 'arthur.json', replayer, onback: () => {} });
    await screen.findByRole('heading', { level: 2 });
    const box = screen.getByRole('checkbox', { name: 'Affichage projecteur' });
    expect(box).not.toBeChecked();
    // no note on the class table here
    expect(box).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByText(/suit le nom de l’élève dans le tableau/)).toBeNull();
    await user.click(box);
    expect(document.documentElement.dataset.display).toBe('projector');
    expect(projectorChoice()).toBe(true);
    await user.click(box);
    expect(document.documentElement.dataset.display).toBeUndefined();
    expect(projectorChoice()).toBe(false);
  });

  it('opens checked when the class view was on the projector', async () => {
    document.documentElement.dataset.display = 'projector';
    render(ClassBilan, { file, fileName: 'arthur.json', replayer, onback: () => {} });
    await screen.findByRole('heading', { level: 2 });
    expect(screen.getByRole('checkbox', { name: 'Affichage projecteur' })).toBeChecked();
  });
});
