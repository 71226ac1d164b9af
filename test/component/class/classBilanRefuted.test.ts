/**
 * « Voir le bilan » beyond confirmed files: a refuted file opens the Bilan of its decisions replayed,
 * titled as such (never its claimed figures); a file from another model version gets no Bilan and
 * says why in plain text next to where the button would be.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const CLUB: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];

function resultFile(name: string, learner: string, tamper: (file: ReturnType<typeof buildResultFile>) => void): File {
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 12, decisions: CLUB });
  const file = buildResultFile({
    learner,
    scenario,
    seed: 3,
    mode: 'committed',
    decisions: CLUB,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
  });
  tamper(file);
  return new File([exportResultFile(file).text], name, { type: 'application/json' });
}

const current = engine.modelFingerprint();
const older = current === 'aaaaaaaaaaaaaaaa' ? 'bbbbbbbbbbbbbbbb' : 'aaaaaaaaaaaaaaaa';
const CLAIMED = 987_654_321;

async function importFiles() {
  const user = userEvent.setup();
  render(ClassScreen, { replayer: engineReplayer(engine) });
  await user.upload(screen.getByLabelText(/Choisir des fichiers de résultat|Choose result files/), [
    resultFile('triche.json', 'Chloé', (f) => void (f.summary.cumulativeNetMargin = CLAIMED)),
    resultFile('dylan.json', 'Dylan', (f) => {
      f.modelFingerprint = older;
      f.stateHash = '0123456789abcdef';
    }),
  ]);
  await screen.findByText(/(Vérification terminée|Verification done).*1 réfuté|1 refuted/, undefined, { timeout: 20_000 });
  return user;
}

const rowOf = (file: string) =>
  within(screen.getByRole('table').querySelector('tbody')!)
    .getAllByRole('row')
    .find((r) => within(r).queryByText(file))!;

describe('class view: a Bilan for a refuted file, none for another model’s', () => {
  afterEach(() => setLocale('fr'));

  it('opens a refuted file’s decisions replayed, titled as a replay, and comes back with the keyboard', async () => {
    const user = await importFiles();
    const chloe = rowOf('triche.json');
    expect(within(chloe).queryByRole('button', { name: 'Voir le bilan de Chloé' })).toBeNull();
    const open = within(chloe).getByRole('button', { name: 'Voir le rejeu des décisions de Chloé (fichier réfuté)' });
    expect(open).toHaveTextContent('Voir le rejeu de ses décisions');
    open.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: /^Rejeu des décisions de Chloé — / }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: /^Bilan — / })).toBeNull();
    expect(
      screen.getByText(
        /^Fichier de Chloé \(triche\.json\) réfuté : les chiffres qu’il déclare ne sont pas ceux que donnent ses décisions\. Ce bilan est celui de ses décisions rejouées/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Partie terminée : bilan des 12 semaines\./)).toBeInTheDocument();
    // the replay's figures, never the file's claimed net margin
    expect(document.body.textContent!.replace(/\D/g, ' ')).not.toMatch(/987\s*654\s*321/);
    await user.keyboard('{Enter}');
    await screen.findByRole('table', { name: /Résultats de la classe/ });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Voir le rejeu des décisions de Chloé (fichier réfuté)' })).toHaveFocus());
  }, 60_000);

  it('offers no Bilan for a file from another model version, and says why', async () => {
    await importFiles();
    const dylan = rowOf('dylan.json');
    expect(within(dylan).queryByRole('button', { name: /Voir le bilan|Voir le rejeu/ })).toBeNull();
    expect(within(dylan).getByText('Pas de bilan : fichier d’une autre version du modèle, que le rejeu ici ne refait pas à l’identique.')).toBeInTheDocument();
  }, 60_000);

  it('in English too', async () => {
    await setLocale('en');
    const user = await importFiles();
    expect(within(rowOf('dylan.json')).getByText(/^No debrief: the file comes from another version of the model/)).toBeInTheDocument();
    await user.click(within(rowOf('triche.json')).getByRole('button', { name: 'View the replay of Chloé’s decisions (refuted file)' }));
    expect(await screen.findByRole('heading', { level: 2, name: /^Replay of Chloé’s decisions — / }, { timeout: 20_000 })).toBeInTheDocument();
  }, 60_000);
});
