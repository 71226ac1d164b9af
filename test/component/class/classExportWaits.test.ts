/**
 * QA teacher 3 and 7: « Exporter en CSV » right after « Vérification terminée » wrote a CSV without
 * the « sans action » line and gaps (the reference still replaying), and the summary (« 1 élève sur 1
 * a fait mieux… ») read as final while files were still verified. The button now waits for both,
 * saying why beside it; the summary is labelled provisional until every file is verified; before the
 * first file is verified a moving bar says the replay is starting (no frozen « 0 fichier vérifié »).
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer, type Replayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
const coupon: DecisionsLog = [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.2 }] }];

function resultFile(fileName: string, learner: string, decisions: DecisionsLog): File {
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 12, decisions });
  const file = buildResultFile({ learner, scenario, seed: 3, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  return new File([exportResultFile(file).text], fileName, { type: 'application/json' });
}

/** The real engine, each replay held until its gate (by its decisions: the club's, the coupon's, none = « sans action ») opens. */
function gatedReplayer() {
  const real = engineReplayer(engine);
  const gates = new Map<string, { open: () => void; opened: Promise<void> }>();
  for (const name of ['club', 'coupon', 'none']) {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    gates.set(name, { open, opened });
  }
  const gateOf = (decisions: DecisionsLog) => (decisions.length === 0 ? 'none' : JSON.stringify(decisions) === JSON.stringify(club) ? 'club' : 'coupon');
  const replay: Replayer = async (request) => {
    await gates.get(gateOf(request.decisions))!.opened;
    return real(request);
  };
  return { replay, open: (name: 'club' | 'coupon' | 'none') => gates.get(name)!.open() };
}

afterEach(() => setLocale('fr'));

describe('class view: export and summary wait for the verification and the references', () => {
  it('labels the summary provisional and keeps the export off until every file is verified', async () => {
    const user = userEvent.setup();
    const { replay, open } = gatedReplayer();
    render(ClassScreen, { replayer: replay });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('anna.json', 'Anna', club), resultFile('bruno.json', 'Bruno', coupon)]);
    // nothing verified yet: the replay is said to be starting, with a moving bar
    expect(await screen.findByText(/^Vérification en cours : démarrage du rejeu/)).toBeInTheDocument();
    expect(document.querySelector('progress:not([value])')).not.toBeNull();
    const exportButton = screen.getByRole('button', { name: 'Exporter en CSV' });
    expect(exportButton).toBeDisabled();
    expect(screen.getByText('Export possible une fois tous les fichiers vérifiés…')).toBeInTheDocument();

    open('club');
    open('none');
    await screen.findByText('1 fichier vérifié sur 2', undefined, { timeout: 20_000 });
    const summary = await screen.findByText(/^Provisoire \(1 fichier vérifié sur 2\) : Marge nette cumulée sans action/, undefined, { timeout: 20_000 });
    // one learner compared so far: named, not « 1 élève sur 1 » (QA qa11 F10)
    expect(summary).toHaveTextContent(/\. Anna n’a pas fait mieux\./);
    // not live: with the progress line, each file verified was said twice (QA qa20 F5); the final summary is
    expect(summary.closest('[role="status"], [aria-live]')).toBeNull();
    expect(screen.queryByText(/^Vérification en cours : démarrage du rejeu/)).toBeNull();
    expect(exportButton).toBeDisabled();

    open('coupon');
    await screen.findByText(/^Vérification terminée/, undefined, { timeout: 20_000 });
    const status = screen.getAllByRole('status').find((s) => /Marge nette cumulée sans action/.test(s.textContent!))!;
    expect(within(status).queryByText(/Provisoire/)).toBeNull();
    expect(within(status).getByText(/^Marge nette cumulée sans action .* sur 2 a fait mieux/)).toBeInTheDocument();
    expect(exportButton).toBeEnabled();
    expect(screen.queryByText(/^Export possible/)).toBeNull();
  });

  it('keeps the export off, saying why, while the « sans action » reference is computed after the verification', async () => {
    const user = userEvent.setup();
    const { replay, open } = gatedReplayer();
    render(ClassScreen, { replayer: replay });
    open('club');
    open('coupon');
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('anna.json', 'Anna', club), resultFile('bruno.json', 'Bruno', coupon)]);
    await screen.findByText(/^Vérification terminée/, undefined, { timeout: 20_000 });
    const exportButton = screen.getByRole('button', { name: 'Exporter en CSV' });
    expect(exportButton).toBeDisabled();
    expect(screen.getByText('Export possible dans un instant : référence « sans action » en cours de calcul…')).toBeInTheDocument();

    open('none');
    await screen.findByRole('row', { name: /Sans action \(même graine\)/ }, { timeout: 20_000 });
    expect(exportButton).toBeEnabled();
  });

  it('says it in English too', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const { replay, open } = gatedReplayer();
    render(ClassScreen, { replayer: replay });
    open('club');
    open('coupon');
    await user.upload(screen.getByLabelText('Choose result files'), [resultFile('anna.json', 'Anna', club), resultFile('bruno.json', 'Bruno', coupon)]);
    await screen.findByText(/^Verification finished/, undefined, { timeout: 20_000 });
    expect(screen.getByRole('button', { name: 'Export as CSV' })).toBeDisabled();
    expect(screen.getByText('Export possible in a moment: “no action” reference being computed…')).toBeInTheDocument();
    open('none');
  });
});
