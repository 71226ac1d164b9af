/**
 * What the class table shows of a class of real hand-ins (QA class of 30): one file ranked per
 * learner, a what-if branch and an older hand-in shown unranked and said so, two files of one name
 * told apart by their dates (the « résultat identique » badge naming one of them too), a file alone in its game not ranked and named as not following the
 * class's game, the app's default run name left out, and the « sans action » row's place in the
 * ranking and strategies over those the class link left.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fileDate } from '../../../src/ui/class/classViewText.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
const survey: DecisionsLog = [{ tick: 1, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 30 }] }];

function resultFile(fileName: string, learner: string, decisions: DecisionsLog, o: { seed?: number; runName?: string; createdAt?: string } = {}): File {
  const seed = o.seed ?? 3;
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks: 12, decisions });
  const file = buildResultFile({
    learner,
    scenario,
    seed,
    mode: 'committed',
    decisions,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
    lock: ['financier'],
    ...(o.runName ? { runName: o.runName } : {}),
    ...(o.createdAt ? { createdAt: o.createdAt } : {}),
  });
  return new File([exportResultFile(file).text], fileName, { type: 'application/json' });
}

afterEach(() => setLocale('fr'));

describe('the class table of real hand-ins', () => {
  it('ranks one hand-in per learner and says why the others are not ranked', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const newer = '2026-12-01T14:30:00Z';
    const older = '2026-11-30T09:00:00Z';
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      resultFile('anna.json', 'Anna', club, { runName: 'Boutique de test (3)', createdAt: newer }),
      resultFile('anna.json', 'Anna', [], { runName: 'Boutique de test (3)', createdAt: older }),
      resultFile('nathan.json', 'Nathan', survey, { runName: 'Boutique de test (3)' }),
      resultFile('nathan-et-si.json', 'Nathan', club, { runName: 'Boutique de test (3) — et si… (la semaine 2)' }),
      resultFile('paul.json', 'Paul', club, { seed: 7 }),
    ]);
    await screen.findByText('Vérification terminée : 5 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 40_000 });
    const table = screen.getByRole('table', { name: /Résultats de la classe/ });
    const rows = within(table.querySelector('tbody')!).getAllByRole('row');
    const rankCell = (row: HTMLElement) => within(row).getAllByRole('cell')[0].textContent!.replace(/\s+/g, ' ');
    const byText = (text: string | RegExp) => rows.filter((r) => within(r).queryByText(text));

    // Anna's two files of one name: the later one ranked, the earlier one « ancien rendu », each with its date
    const [annaNew] = byText(`fichier du ${fileDate('fr', newer)}`);
    const [annaOld] = byText(`fichier du ${fileDate('fr', older)}`);
    expect(rankCell(annaNew)).toMatch(/^\dpartie A$/);
    expect(rankCell(annaOld)).toBe('—partie Aancien rendu, non classé : l’élève a rendu un fichier plus récent');
    expect(within(annaOld).getByText(`autre fichier du même élève : anna.json (${fileDate('fr', newer)})`)).toBeInTheDocument();

    // Nathan's what-if branch: shown, named, not ranked; his original ranked
    const [branch] = byText('nathan-et-si.json');
    expect(rankCell(branch)).toBe('—partie Avariante « Et si… ? », non classée');
    expect(within(branch).getByText('Nom de la partie : Boutique de test (3) — et si… (la semaine 2)')).toBeInTheDocument();
    expect(rankCell(byText('nathan.json')[0])).toMatch(/^\dpartie A$/);
    // the name the app gave the run says nothing: not shown
    expect(within(table).queryByText(/Nom de la partie : Boutique de test \(3\)$/)).toBeNull();

    // Paul played another seed: alone in his game, not ranked, and said not to follow the class's game
    expect(rankCell(byText('paul.json')[0])).toBe('—partie Bnon classé (seul dans sa partie)');
    expect(screen.getByText(/^1 fichier ne suit pas la partie de la classe \(Boutique de test, graine 3, mode engagé\) : Paul \(partie B\)\.$/)).toBeInTheDocument();

    // the reference: its place in the ranking, and strategies over the 3 the link left (financier locked)
    // (game A's, first; Paul's game has one too)
    const [reference] = await within(table).findAllByRole('row', { name: /Sans action \(même graine\) référence/ }, { timeout: 20_000 });
    const cells = within(reference).getAllByRole('cell');
    expect(cells[0].textContent).toMatch(/^réf\.partie Aserait au rang \d( \(à égalité\))?$/);
    expect(cells[8].textContent).toBe('0 sur 3 autorisées');
    // the summary counts the two learners of the class's game, not its four files
    expect(screen.getByText(/^Marge nette cumulée sans action \(même graine\), partie A : .* sur 2 (a|ont) fait mieux\./)).toBeInTheDocument();
  }, 90_000);

  it('names the file of the identical result by its date when the learner handed in two files of one name (QA verify 2, N8)', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const newer = '2026-12-01T14:30:00Z';
    const older = '2026-11-30T09:00:00Z';
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      resultFile('anna.json', 'Anna', survey, { createdAt: newer }),
      resultFile('anna.json', 'Anna', club, { createdAt: older }),
      // Lucas handed in the same game as Anna's older file
      resultFile('lucas.json', 'Lucas', club, { createdAt: newer }),
    ]);
    await screen.findByText('Vérification terminée : 3 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 40_000 });
    const rows = within(screen.getByRole('table', { name: /Résultats de la classe/ }).querySelector('tbody')!).getAllByRole('row');
    const [lucas] = rows.filter((r) => within(r).queryByText('lucas.json'));
    expect(within(lucas).getByText('résultat identique')).toBeInTheDocument();
    expect(within(lucas).getByText(`résultat identique à : Anna (anna.json, ${fileDate('fr', older)})`)).toBeInTheDocument();
    // the row it names is the one showing that date
    const [annaOld] = rows.filter((r) => within(r).queryByText(`fichier du ${fileDate('fr', older)}`));
    expect(within(annaOld).getByText('résultat identique à : Lucas (lucas.json)')).toBeInTheDocument();

    await setLocale('en');
    expect(await within(lucas).findByText(`same result as: Anna (anna.json, ${fileDate('en', older)})`)).toBeInTheDocument();
  }, 90_000);
});
