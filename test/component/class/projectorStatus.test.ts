/**
 * The class table on the projector (QA teacher en 4): it shows rank, name, difference from doing
 * nothing, points and net margin, and hides the « Vérification » column and the notes under the
 * name. A refuted file, a game handed in unfinished and an unreadable file then looked like the
 * others, a « — » for a rank and no reason (shot qa6/26-class-projector-1280.png). Each now says
 * it, in short, in its rank cell; a confirmed finished file says nothing more. The paragraphs
 * explaining the hidden « résultat identique » badges are hidden with them (QA qa15 F1).
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

function resultText(learner: string, ticks: number, tamper?: (file: ReturnType<typeof buildResultFile>) => void): string {
  const scenario = fixtureScenario();
  const decisions = [{ tick: 0, actions: [{ type: 'lienSocial' as const, instrument: 'club' as const, target: {} }] }];
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks, decisions });
  const file = buildResultFile({ learner, scenario, seed: 3, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  tamper?.(file);
  return exportResultFile(file).text;
}

const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });

/** The class screen in projector display, these result files chosen. */
async function projectFiles(files: File[]) {
  const user = userEvent.setup();
  render(ClassScreen, { replayer: engineReplayer(engine) });
  await user.click(screen.getByRole('checkbox', { name: 'Affichage projecteur' }));
  await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), files);
  return user;
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.display;
});

describe('the class table on the projector', () => {
  it('says in the rank cell which files are refuted or unfinished, and shows no unreadable file, only how many', async () => {
    await projectFiles([
      json('anna.json', resultText('Anna', 12)),
      json('chloe.json', resultText('Chloé', 12, (f) => void (f.summary.cumulativeNetMargin += 5000))),
      json('driss.json', resultText('Driss', 4)),
      json('eve.json', '{"format": "fidelis-result", "learner": "Ève"'),
    ]);
    await screen.findByText('Vérification terminée : 2 confirmés, 1 réfuté, 1 invalide.', undefined, { timeout: 20_000 });
    const rows = within(screen.getByRole('table').querySelector('tbody')!).getAllByRole('row');
    // by file name: Anna's and Chloé's decisions are the same, so each names the other as an identical result
    const rankCell = (file: string) =>
      rows.find((r) => r.querySelector('.file-cell')!.textContent!.includes(`${file}`) && !r.querySelector('.file-cell')!.textContent!.includes(`(${file})`))!.children[0];
    const said = (name: string) => rankCell(name).querySelector('.projector-status')?.textContent ?? null;
    expect(said('anna.json')).toBeNull();
    expect(said('chloe.json')).toBe('réfuté');
    expect(said('driss.json')).toBe(frenchText`en cours : 4 / 12`);
    // an unreadable file is no row (QA qa14 C1): counted under the table, neither named nor explained
    expect(rows).toHaveLength(3);
    expect(screen.getByRole('table')).not.toHaveTextContent(/eve\.json|Ève|sans nom|invalide/);
    expect(screen.getByText(frenchText`1 fichier illisible, non classé (détails hors affichage projecteur).`)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Fichiers illisibles' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retirer eve.json' })).toBeNull();
  }, 40_000);

  // QA qa15 F1: the badges were hidden, but the paragraph explaining them stayed in the room's view
  it('hides the « résultat identique » paragraphs with the badges, and shows them again when switched off', async () => {
    // the same decisions, Chloé's net margin retouched: identical results, one of them refuted
    const user = await projectFiles([
      json('anna.json', resultText('Anna', 12)),
      json('chloe.json', resultText('Chloé', 12, (f) => void (f.summary.cumulativeNetMargin += 5000))),
    ]);
    await screen.findByText('Vérification terminée : 1 confirmé, 1 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    expect(screen.queryByText(/^Résultat identique\s:/)).toBeNull();
    expect(screen.queryByText(/^Un fichier réfuté peut aussi avoir un résultat identique/)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Affichage projecteur' }));
    expect(screen.getByText(/^Résultat identique\s:/)).toBeInTheDocument();
    expect(screen.getByText(/^Un fichier réfuté peut aussi avoir un résultat identique/)).toBeInTheDocument();
  }, 40_000);
});
