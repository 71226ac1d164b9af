/**
 * A mission file in the class view (QA teacher 2): handed in from the mission screen, it is listed
 * apart from the ranked games under a line saying so, its row says « Missions réussies : 2 sur 6 (n° 1, 2) »
 * with each mission (the run's own confirmed by the replay, the others declared, each saying why), and it is neither
 * « partie en cours » nor a file that « ne suit pas la partie de la classe ».
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { HandedMissions } from '../../../src/results/resultFileSchema.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { Mission, MissionPath } from '../../../src/missions/schema.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { playedResultFile } from '../../fixtures/playedResultFile.ts';
import { missionResultFile, testMission, uploaded } from '../../fixtures/missionFiles.ts';

const base = fixtureScenario();
const mission2 = testMission('garder-le-budget', { title: { fr: 'Garder du budget' } });
const mission1 = testMission('lire-la-base', { title: { fr: 'Lire la base clients' }, check: { kind: 'question', ask: 'segmentCount', segment: 'futurNonClient', tolerance: 0 } as Mission['check'] });

/** A free game of the shop, 12 weeks at seed 42. */
const gameUpload = (name: string, learner: string) => uploaded(playedResultFile(learner, [], { seed: 42, modelFingerprint: engine.modelFingerprint() }), name);
/** `learner`'s file of mission `index + 1` (its run: `ticks` weeks) with the progress `missions`. */
const missionUpload = (name: string, learner: string, mission: Mission, index: number, ticks: number, missions: HandedMissions) =>
  uploaded(missionResultFile(learner, { base, mission, index, ticks, missions }), name);

const handed: HandedMissions = {
  shop: base.id,
  total: 6,
  current: 2,
  attempted: [
    { number: 1, id: 'lire-la-base', title: { fr: 'Lire la base clients' }, outcome: 'reussie', attempts: 1, answer: 680, at: '2026-12-02T10:10:00.000Z' },
    { number: 2, id: 'garder-le-budget', title: { fr: 'Garder du budget' }, outcome: 'reussie', attempts: 1, at: '2026-12-02T10:30:00.000Z' },
  ],
};

describe('a mission file in the class view', () => {
  it('lists it apart with the missions passed, neither in progress nor off the class’s game', async () => {
    const user = userEvent.setup();
    const missionRules = async () => [{ formatVersion: 1, scenario: base.id, missions: [mission2] }] as unknown as MissionPath[];
    render(ClassScreen, { replayer: engineReplayer(engine), missionRules });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      gameUpload('lea.json', 'Léa'),
      gameUpload('hugo.json', 'Hugo'),
      missionUpload('mila.json', 'Mila Mission', mission2, 1, 4, handed),
    ]);
    await screen.findByText('Vérification terminée : 3 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 60_000 });
    const table = screen.getByRole('table', { name: /Résultats de la classe/ });
    const mila = within(table).getByRole('row', { name: /Mila Mission/ });
    expect(mila).toHaveTextContent('Missions réussies : 2 sur 6 (n° 1, 2)');
    expect(mila).toHaveTextContent('Mission 1, Lire la base clients : réussie — réponse 680');
    expect(mila).toHaveTextContent('déclarée (non vérifiable)');
    expect(await within(table).findByText(/Mission 2, Garder du budget : réussie — confirmée par le rejeu/)).toHaveAttribute('title', expect.stringMatching(/^Le rejeu de la partie du fichier atteint l’objectif/));
    // the Vérification cell says what was checked, in the words of the note above and of the session plan (QA class 2)
    expect(mila.querySelector('strong.status')).toHaveTextContent('partie confirmée par le rejeu ; mission 2 confirmée par le rejeu');
    expect(within(mila).getByRole('button', { name: 'Voir le bilan de Mila Mission (mission 2)' })).toBeInTheDocument();
    // mission 1's answer cannot be replayed: « déclarée (non vérifiable) », and why
    expect(within(mila).getByText(/Mission 1, Lire la base clients/)).toHaveAttribute('title', expect.stringMatching(/^Réponse à une question/));
    expect(mila).not.toHaveTextContent('partie en cours');
    expect(mila).not.toHaveTextContent('0 / 0');
    // apart, under a line that says why
    const group = within(table).getByRole('rowheader', { name: /1 fichier de mission, listé à part/ });
    const rows = within(table).getAllByRole('row');
    expect(rows.indexOf(mila)).toBeGreaterThan(rows.indexOf(group.closest('tr')!));
    expect(rows.indexOf(within(table).getByRole('row', { name: /Léa/ }))).toBeLessThan(rows.indexOf(group.closest('tr')!));
    // one game only: nobody « ne suit pas la partie de la classe », no « partie en cours » note
    expect(screen.queryByText(/ne suivent? pas la partie de la classe/)).toBeNull();
    expect(screen.queryByText(/partie en cours, rendu avant la fin/)).toBeNull();
  }, 90_000);

  it('opens a mission 1 file’s « Voir le bilan » on the mission’s result, no empty Bilan nor print button (QA class 16)', async () => {
    const user = userEvent.setup();
    const missionRules = async () => [{ formatVersion: 1, scenario: base.id, missions: [mission1, mission2] }] as unknown as MissionPath[];
    render(ClassScreen, { replayer: engineReplayer(engine), missionRules });
    const first: HandedMissions = { shop: base.id, total: 6, current: 1, attempted: [{ ...handed.attempted[0], answer: 679, attempts: 2 }] };
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [missionUpload('lea-mission-1.json', 'Léa Martin', mission1, 0, 0, first)]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 60_000 });
    const table = screen.getByRole('table', { name: /Résultats de la classe/ });
    const lea = within(table).getByRole('row', { name: /Léa Martin/ });
    // the Vérification cell: its run confirmed, its answer only declared; mission 1 allows no tool (QA class 2)
    await waitFor(() => expect(lea.querySelector('strong.status')).toHaveTextContent('partie confirmée par le rejeu ; réponse déclarée (non vérifiable)'));
    await waitFor(() => expect(lea).toHaveTextContent('aucun outil dans cette mission'));
    expect(lea).not.toHaveTextContent('sur 4 autorisées');

    await user.click(within(lea).getByRole('button', { name: 'Voir le bilan de Léa Martin (mission 1)' }));
    const result = await screen.findByRole('region', { name: /^Mission 1\s*: Lire la base clients$/ }, { timeout: 30_000 });
    expect(result).toHaveTextContent('Léa Martin a donné la taille du segment « Futur non-client » : 679 clients.');
    expect(result).toHaveTextContent('Mission réussie.');
    // the games its browser started are not the answers tried, which its bilan counts (« en n essais ») and the file does not carry (QA qa30missions m6)
    expect(result).not.toHaveTextContent(/essai|partie commencée|parties commencées/);
    expect(result).toHaveTextContent('Vérification : réponse déclarée (non vérifiable). Réponse à une question');
    expect(screen.getByText(/Rien n’a été joué dans la partie de ce fichier/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Imprimer/ })).toBeNull();
    expect(screen.queryByText(/Aucune période n’a encore été jouée/)).toBeNull();
  }, 90_000);

  it('says no games started either for a mission 1 file with no answer kept, a question all the same (review20 m8)', async () => {
    const user = userEvent.setup();
    const missionRules = async () => [{ formatVersion: 1, scenario: base.id, missions: [mission1, mission2] }] as unknown as MissionPath[];
    render(ClassScreen, { replayer: engineReplayer(engine), missionRules });
    const first: HandedMissions = { shop: base.id, total: 6, current: 1, attempted: [{ ...handed.attempted[0], answer: undefined, outcome: 'echouee', attempts: 2 }] };
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [missionUpload('lea-mission-1.json', 'Léa Martin', mission1, 0, 0, first)]);
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 60_000 });
    const lea = within(screen.getByRole('table', { name: /Résultats de la classe/ })).getByRole('row', { name: /Léa Martin/ });
    await user.click(within(lea).getByRole('button', { name: 'Voir le bilan de Léa Martin (mission 1)' }));
    const result = await screen.findByRole('region', { name: /^Mission 1\s*: Lire la base clients$/ }, { timeout: 30_000 });
    expect(result).toHaveTextContent('Mission non réussie');
    expect(result).not.toHaveTextContent(/essai|partie commencée|parties commencées/);
  }, 90_000);
});
