/**
 * QA qa15 F9: on a class whose files adjust their objectives to the seed, the « sans action » games are
 * played before the first file is verified, seconds during which « 0 fichier vérifié sur 30 » looked
 * stuck. The progress (still a polite status, the count kept) says they are being replayed.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { seedAdjustment } from '../../../src/engine/seedAdjustmentRun.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer, type Replayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { playedResultFile } from '../../fixtures/playedResultFile.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const SEED = 7;
const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];

function resultFile(fileName: string, learner: string, decisions: DecisionsLog = club, ticks = 12): File {
  const file = playedResultFile(learner, decisions, { seed: SEED, ticks, seedTargets: seedAdjustment(scenario, SEED) });
  return new File([exportResultFile(file).text], fileName, { type: 'application/json' });
}

/** The real engine; the learners' games wait for `files`, the no-action games for `none`. */
function gatedReplayer() {
  const real = engineReplayer(engine);
  let openFiles = () => {};
  let openNone = () => {};
  const files = new Promise<void>((resolve) => (openFiles = resolve));
  const none = new Promise<void>((resolve) => (openNone = resolve));
  const replay: Replayer = async (request) => {
    await (request.decisions.length === 0 ? none : files);
    return real(request);
  };
  return { replay, openFiles: () => openFiles(), openNone: () => openNone() };
}

afterEach(() => setLocale('fr'));

describe('class view: the progress while the « sans action » games hold back the first file', () => {
  it('says the reference game is replayed, then counts the files', async () => {
    const user = userEvent.setup();
    const { replay, openFiles, openNone } = gatedReplayer();
    render(ClassScreen, { replayer: replay });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('anna.json', 'Anna')]);
    expect(await screen.findByText(/^Vérification en cours : démarrage du rejeu/)).toBeInTheDocument();
    openFiles();
    const line = await screen.findByText(/^Vérification en cours : rejeu de la partie «\s?sans action\s?» de référence, avant le premier fichier…$/, undefined, { timeout: 20_000 });
    const status = line.closest('[role="status"]');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('0 fichier vérifié sur 1');
    expect(screen.queryByText(/démarrage du rejeu/)).toBeNull();
    openNone();
    await screen.findByText(/^Vérification terminée : 1 confirmé/, undefined, { timeout: 20_000 });
    expect(screen.queryByText(/de référence, avant le premier fichier/)).toBeNull();
  });

  // a learner who decided nothing plays the no-action game too, but their file is not the reference
  it('does not call a learner’s file with no decision the reference game', async () => {
    const user = userEvent.setup();
    const real = engineReplayer(engine);
    let openFile = () => {};
    const file = new Promise<void>((resolve) => (openFile = resolve));
    // the learner's 6 periods (of 12) wait; the whole no-action games (the seed adjustment's) play at once
    const replay: Replayer = async (request) => {
      if (request.ticks !== scenario.durationTicks) await file;
      return real(request);
    };
    render(ClassScreen, { replayer: replay });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('bob.json', 'Bob', [], 6)]);
    expect(await screen.findByText(/^Vérification en cours : démarrage du rejeu/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText(/de référence, avant le premier fichier/)).toBeNull();
    openFile();
    await screen.findByText(/^Vérification terminée : 1 confirmé/, undefined, { timeout: 20_000 });
  });

  it('says it in English too', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const { replay, openFiles, openNone } = gatedReplayer();
    render(ClassScreen, { replayer: replay });
    openFiles();
    await user.upload(screen.getByLabelText('Choose result files'), [resultFile('anna.json', 'Anna')]);
    expect(await screen.findByText('Verifying: replaying the “no action” reference game, before the first file…', undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByText('0 files verified out of 1')).toBeInTheDocument();
    openNone();
    await screen.findByText(/^Verification finished: 1 confirmed/, undefined, { timeout: 20_000 });
  });
});
