import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as engine from '../../src/engine/index.ts';
import type { ActionInput } from '../../src/engine/decisions.ts';
import DebriefRoute from '../../src/ui/shell/DebriefRoute.svelte';
import { GameSession } from '../../src/app/session.svelte.ts';
import { Notices } from '../../src/app/notices.svelte.ts';
import { EngineClient } from '../../src/app/engineClient.ts';
import { memoryRunStore } from '../../src/app/runStore.ts';
import { readResultFile } from '../../src/results/readResultFile.ts';
import { engineReplayer } from '../../src/results/replay.ts';
import { verifyResult } from '../../src/results/verifyResult.ts';
import { shippedScenarioList, smallScenario } from '../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../unit/app/engineTransport.ts';
import { fixtureScenario } from '../fixtures/scenario.ts';
import { formatSigned, formatSignedMoney } from '../../src/app/format.ts';
import { setLocale } from '../../src/i18n/locale.svelte.ts';

// the browser download is the one thing a test cannot see: the texts it is given are kept instead
const downloads = vi.hoisted(() => [] as { text: string; fileName: string }[]);
vi.mock('../../src/ui/shell/download.ts', () => ({
  downloadText: (text: string, fileName: string) => downloads.push({ text, fileName }),
  downloadBlob: () => {},
}));

// the real engine runs in these tests and the machine is shared: give asynchronous updates time
configure({ asyncUtilTimeout: 10_000 });

function fourPeriods() {
  return { ...smallScenario(shippedScenarioList()[0], 200), durationTicks: 4, objectives: smallScenario(shippedScenarioList()[0]).objectives.map((o) => ({ ...o, byTick: undefined })) };
}

/** A run of the 12-period test shop (a valid scenario: a result file carries it whole) after `ticks` periods. */
async function sessionAt(ticks: number, firstDecision?: ActionInput) {
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
  await session.start(fixtureScenario(), 2, 'fin', { mode: 'committed' });
  if (firstDecision) session.add(firstDecision);
  await session.advance(ticks);
  return session;
}

describe('debrief route', () => {
  beforeEach(() => void downloads.splice(0));

  it('waits for the end of the game (it reveals the true satisfaction), then shows the debrief and the result file', async () => {
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(fourPeriods(), 2, 'fin');
    await session.advance(1);
    render(DebriefRoute, { session });
    expect(screen.getByText(/encore 3 semaines à jouer/)).toBeInTheDocument();
    expect(screen.queryByText(/Satisfaction réelle/)).not.toBeInTheDocument();
    await session.advanceToEnd();
    expect(await screen.findByRole('heading', { level: 2, name: /^Bilan — / }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /fichier de résultat/i })).toBeInTheDocument();
  });

  it('once over, compares the run with the same seed played as long with no decision (net margin, active customers)', async () => {
    const session = await sessionAt(12, { type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.2 });
    render(DebriefRoute, { session });
    expect(screen.getByRole('heading', { level: 2, name: /^Bilan — / })).toBeInTheDocument();
    const sum = (r: { kpis: { netMargin: number } }[]) => r.reduce((s, x) => s + x.kpis.netMargin, 0);
    const nothing = engine.runSimulation(fixtureScenario(), { seed: 2, ticks: 12, decisions: [] }).reports;
    const margin = formatSignedMoney('fr', session.kpis.reduce((s, k) => s + k.netMargin, 0) - sum(nothing));
    const customers = formatSigned('fr', session.kpis.at(-1)!.activeCustomers - nothing.at(-1)!.kpis.activeCustomers);
    const line = await screen.findByText(/^Par rapport à une partie sans aucune action \(même graine, même durée\)/);
    expect(line.textContent).toBe(`Par rapport à une partie sans aucune action (même graine, même durée)\u00a0: marge nette ${margin}, clients actifs ${customers}.`);
  });

  it('before the end, hands in the run as it stands: a file of the periods played that the teacher’s replay confirms', async () => {
    const session = await sessionAt(2, { type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1 });
    // a decision waiting for period 3 is not played yet: it stays out of the file, and the page says so
    expect(session.add({ type: 'lienSocial', instrument: 'club', target: {} })).toBe(true);
    const user = userEvent.setup();
    render(DebriefRoute, { session });
    expect(screen.getByRole('heading', { level: 2, name: /^Bilan — / })).toBeInTheDocument();
    // periods played, in the shop's unit: « période 2 sur 12 » beside the header's « Semaine 3 / 12 » (QA play F16)
    expect(screen.getByText(/Partie en cours : 2 semaines jouées sur 12\./)).toBeInTheDocument();
    expect(screen.getByText(/La décision en attente pour la semaine 3 n’est pas dans le fichier/)).toBeInTheDocument();
    expect(screen.queryByText(/Satisfaction réelle/)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Votre nom/), 'Léa');
    await user.click(screen.getByRole('button', { name: 'Rendre mon travail maintenant' }));
    expect(await screen.findByText(/Fichier « fidelis-resultat-lea-.*-semaine-2\.json » prêt/)).toBeInTheDocument();
    expect(downloads).toHaveLength(1);

    const read = readResultFile(downloads[0].text);
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.file.ticks).toBe(2);
    expect(read.file.scenario.durationTicks).toBe(12);
    expect(read.file.mode).toBe('committed');
    expect(read.file.learner).toBe('Léa');
    expect(read.file.decisions).toEqual([{ tick: 0, actions: [expect.objectContaining({ type: 'financier' })] }]);
    // the teacher's replay plays the 2 periods of the file, not the scenario’s 12
    await expect(verifyResult(downloads[0].text, engineReplayer(engine))).resolves.toMatchObject({ status: 'confirmed' });
    // handing in leaves the game where it was
    expect(session.tick).toBe(2);
    expect(session.pending).toHaveLength(1);
  });

  it('counts the periods played in months for a monthly shop, in English too (QA play F16)', async () => {
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start({ ...fixtureScenario(), tickUnit: 'month' }, 2, 'fin', { mode: 'committed' });
    await session.advance(1);
    render(DebriefRoute, { session });
    expect(screen.getByText(/Partie en cours : 1 mois joué sur 12\./)).toBeInTheDocument();
    // and the rest of the Bilan before the end in months, never « période » (« encore 11 périodes à jouer », « après 1 période sur 12 »)
    expect(screen.getByText(/encore 11 mois à jouer/)).toBeInTheDocument();
    expect(screen.getByText(/telle qu’elle est, après 1 mois sur 12/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/période/);
    await setLocale('en');
    try {
      expect(await screen.findByText(/Game in progress: 1 month played out of 12\./)).toBeInTheDocument();
      expect(screen.getByText(/11 more months to play/)).toBeInTheDocument();
      expect(screen.getByText(/Committed mode: once played, these months cannot be played again\./)).toBeInTheDocument();
      expect(document.body.textContent).not.toMatch(/period/i);
    } finally {
      await setLocale('fr');
    }
  });

  it('explains « Aller jusqu’à la fin », which plays the remaining periods with the decisions in force, then opens the debrief', async () => {
    const session = await sessionAt(1);
    const user = userEvent.setup();
    render(DebriefRoute, { session });
    const section = screen.getByRole('region', { name: 'Aller jusqu’à la fin' });
    expect(section).toHaveTextContent('Joue d’un coup les 11 semaines restantes avec les décisions en vigueur');
    expect(section).toHaveTextContent('aucune nouvelle décision n’est prise');
    expect(section).toHaveTextContent('Mode engagé');
    // it asks first, as the time bar does (QA tablet verification N7): a tap alone plays nothing
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    const confirm = await screen.findByRole('group', { name: /11 semaines restantes avec les décisions en vigueur/ });
    expect(within(confirm).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(session.tick).toBe(1);
    expect(screen.getByRole('button', { name: 'Aller jusqu’à la fin' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /périodes restantes/ })).toBeNull();
    expect(session.tick).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await user.click(await screen.findByRole('button', { name: 'Jouer les 11 semaines' }));
    const title = await screen.findByRole('heading', { level: 2, name: /^Bilan — / }, { timeout: 15_000 });
    expect(session.tick).toBe(12);
    expect(session.decisions).toEqual([]);
    expect(screen.getByRole('button', { name: /fichier de résultat/i })).toBeInTheDocument();
    expect(title).toHaveFocus();
  });

  it('shows the progress of « Aller jusqu’à la fin » and stops it with « Arrêter » after the period being played (issue #4)', async () => {
    // each period's save waits for the test to let it through: the page is seen between two periods, whatever the machine's speed
    const store = memoryRunStore();
    const held: (() => void)[] = [];
    let hold = false;
    const commit = store.commitTick.bind(store);
    store.commitTick = async (runId, tick) => {
      if (hold) await new Promise<void>((resolve) => held.push(resolve));
      return commit(runId, tick);
    };
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store, notices: new Notices() });
    await session.start(fixtureScenario(), 2, 'fin', { mode: 'committed' });
    await session.advance(1);
    hold = true;
    const user = userEvent.setup();
    render(DebriefRoute, { session });
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await user.click(await screen.findByRole('button', { name: 'Jouer les 11 semaines' }));
    // period 2 is being played: an accessible progress bar named by it, and one polite message (not one per period)
    await waitFor(() => expect(held).toHaveLength(1));
    const bar = await screen.findByRole('progressbar', { name: 'Semaine 2 sur 12…' });
    expect(bar).toHaveAttribute('max', '12');
    expect(bar).toHaveValue(1);
    const live = screen.getByText(/^Le reste de la partie se joue semaine par semaine, avec un enregistrement à chaque fois/);
    expect(live).toHaveAttribute('aria-live', 'polite');
    const stop = screen.getByRole('button', { name: 'Arrêter' });
    expect(stop).toHaveFocus();
    held[0]();
    await waitFor(() => expect(held).toHaveLength(2));
    expect(await screen.findByRole('progressbar', { name: 'Semaine 3 sur 12…' })).toHaveValue(2);
    // the live region did not change with the period
    expect(live).toHaveTextContent(/^Le reste de la partie se joue semaine par semaine/);
    // « Arrêter » while period 3 is played: it ends and is saved, no period after it
    await user.click(stop);
    expect(stop).toHaveTextContent('Arrêt après la semaine en cours…');
    held[1]();
    const stopped = await screen.findByText(/^Arrêté après la semaine 3 sur 12\s?: la partie est enregistrée, rien n’est perdu/);
    // shown, not said: the header's live status says the stop on every screen (QA qa29access m5)
    expect(stopped.closest('[aria-live], [role="status"]')).toBeNull();
    expect(held).toHaveLength(2);
    expect(session.finished).toBe(false);
    expect(session.tick).toBe(3);
    expect(session.savedTick).toBe(3);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Aller jusqu’à la fin' })).toHaveFocus();
    expect(screen.getByText(/encore 9 semaines à jouer/)).toBeInTheDocument();
    // and it resumes: the rest of the game plays to the end
    hold = false;
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await user.click(await screen.findByRole('button', { name: 'Jouer les 9 semaines' }));
    // the finished game's result file (before the end the button reads « Rendre mon travail maintenant »)
    expect(await screen.findByRole('button', { name: /fichier de résultat/i }, { timeout: 15_000 })).toBeInTheDocument();
    expect(session.tick).toBe(12);
  });

  it('no file while the game plays on its own: its figures and state must be of the same period', async () => {
    const session = await sessionAt(1);
    render(DebriefRoute, { session });
    session.play();
    expect(await screen.findByText(/mettez-la en pause pour rendre votre travail/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rendre mon travail maintenant' })).toBeDisabled();
    session.pause();
  });
});
