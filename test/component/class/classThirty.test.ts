/**
 * The class view with a class's hand-ins (QA class of 30): a ZIP of them is named as one and not
 * kept (finding 18); « Retirer » can be undone and moves the focus to « Annuler », then back to the
 * row (10); the mode every file of the game declares is said once, not in each row (9); the
 * projector display is switched from the view itself and puts the difference from doing nothing
 * beside the learner's name (8).
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function resultFile(name: string, learner: string, decisions: DecisionsLog): File {
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 12, decisions });
  const file = buildResultFile({ learner, scenario, seed: 3, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  return new File([exportResultFile(file).text], name, { type: 'application/json' });
}

/** The start of a real ZIP: a local file header (PK\x03\x04, version 20, …) then binary. */
const zip = (name: string) => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x9c, 0xff, 0x00, 0x01])], name, { type: 'application/zip' });

let anna: File, bruno: File;
beforeAll(() => {
  anna = resultFile('anna.json', 'Anna', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]);
  bruno = resultFile('bruno.json', 'Bruno', []);
});

afterEach(async () => {
  await setLocale('fr');
  delete document.documentElement.dataset.display;
});

async function open(files: File[]) {
  // a picker's « Tous les fichiers », or a drop: the input's accept=".json" does not stop a ZIP
  const user = userEvent.setup({ applyAccept: false });
  render(ClassScreen, { replayer: engineReplayer(engine) });
  await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), files);
  return user;
}

const table = () => screen.getByRole('table', { name: /Résultats de la classe/ });

describe('a class’s hand-ins in the class view', () => {
  it('names a ZIP as an archive to unzip and does not keep it as a row, in French and English', async () => {
    await open([zip('rendus.zip'), anna]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 30_000 });
    screen.getByText(/rendus\.zip : c’est une archive \.zip\. Décompressez-la, puis importez les fichiers \.json qu’elle contient\./);
    expect(within(table()).queryByText(/rendus\.zip/)).toBeNull();
    await setLocale('en');
    await screen.findByText(/rendus\.zip: this is a \.zip archive\. Unzip it, then import the \.json files it contains\./);
  }, 60_000);

  it('undoes « Retirer », the focus on « Annuler » then back on the row', async () => {
    const user = await open([anna, bruno]);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 30_000 });
    await user.click(screen.getByRole('button', { name: 'Retirer bruno.json' }));
    expect(within(table()).queryByRole('row', { name: /Bruno/ })).toBeNull();
    const undo = screen.getByRole('button', { name: 'Annuler le retrait de bruno.json' });
    expect(screen.getByText(/Fichier retiré : bruno\.json/).closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(undo).toHaveFocus());
    await user.click(undo);
    const row = within(table()).getByRole('row', { name: /Bruno/ });
    expect(within(row).getByText('confirmé')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Retirer bruno.json' })).toHaveFocus();
    screen.getByText(/Fichier remis dans la classe : bruno\.json/);
  }, 60_000);

  it('says the mode all the game’s files declare once, not in each row', async () => {
    await open([anna, bruno]);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 30_000 });
    screen.getByText(/Mode déclaré par tous les fichiers : engagé \(non vérifiable\)\./);
    expect(table()).not.toHaveTextContent('Mode : engagé');
  }, 60_000);

  it('switches to the projector display from the view, the difference from doing nothing right after the name', async () => {
    const user = await open([anna]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 30_000 });
    const headers = () => within(table()).getAllByRole('columnheader').map((h) => h.textContent?.trim().replace(/\s+/g, ' '));
    expect(headers()[2]).not.toMatch(/Écart avec/);
    await user.click(screen.getByRole('checkbox', { name: /Affichage projecteur/ }));
    expect(document.documentElement.dataset.display).toBe('projector');
    expect(headers()[2]).toMatch(/Écart avec « sans action »/);
    await user.click(screen.getByRole('checkbox', { name: /Affichage projecteur/ }));
    expect(document.documentElement.dataset.display).toBeUndefined();
    expect(headers()[2]).not.toMatch(/Écart avec/);
  }, 60_000);
});
