/**
 * The class CSV starts with the language's decimal mark (QA self-learner #17): a French spreadsheet
 * wants 12,5 and « ; », an English one 12.5 and « , ». The teacher's tick or untick wins after that.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';

const bakery = shippedScenarios().scenarios.find((s) => s.scenario.id === 'boulangerie-du-marche')!.scenario;

/** The export tools show once the class has a file: one, played one week. */
async function classWithOneFile(user: ReturnType<typeof userEvent.setup>, pick: RegExp): Promise<void> {
  const { state, reports } = engine.runSimulation(bakery, { seed: 42, ticks: 1, decisions: [] });
  const file = buildResultFile({ learner: 'Léa', runName: 'Ma partie', scenario: bakery, seed: 42, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  await user.upload(screen.getByLabelText(pick), [new File([exportResultFile(file).text], 'lea.json', { type: 'application/json' })]);
}

describe('class CSV decimal mark', () => {
  afterEach(() => setLocale('fr'));

  it('is a comma in French', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await classWithOneFile(user, /Choisir des fichiers de résultat/);
    expect(await screen.findByRole('checkbox', { name: /Virgule décimale/ })).toBeChecked();
  }, 60_000);

  it('is a point in English, until the teacher ticks the box', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await classWithOneFile(user, /Choose result files/);
    const box = await screen.findByRole('checkbox', { name: 'Decimal comma (French spreadsheet)' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
  }, 60_000);
});
