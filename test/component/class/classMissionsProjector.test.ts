/**
 * Mission files on the projector (QA qa28class55 F1, F7): at 150 % a ten-line paragraph sat above the
 * rows, each row listed its missions in long lines (taller than the screen) and the « Écart avec
 * « sans action » » column stayed empty. The projector now says the group in one line (its
 * explanation folded, still there), one mark a mission in each row (passed, failed, unfinished;
 * the lines folded), and leaves the empty column out when the class has only mission files. A
 * failed mission with more net margin than a passed one is framed: a mission is judged on its objective.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { HandedMissions } from '../../../src/results/resultFileSchema.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { MissionPath } from '../../../src/missions/schema.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { missionResultFile, testMission as mission, uploaded } from '../../fixtures/missionFiles.ts';

const base = fixtureScenario();
const missionRules = async () => [{ formatVersion: 1, scenario: base.id, missions: [mission('un'), mission('deux')] }] as unknown as MissionPath[];
const attempt = (number: number, outcome: 'reussie' | 'echouee') => ({ number, id: number === 1 ? 'un' : 'deux', title: { fr: `Mission ${number}` }, outcome, attempts: 1, at: '2026-12-05T11:00:00.000Z' });
const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];

/** `learner`'s file of mission 2, mission 1 passed, mission 2 as `outcome` says (none: handed in before its end). */
function upload(learner: string, outcome: 'reussie' | 'echouee' | null, decisions: DecisionsLog): File {
  const missions: HandedMissions = { shop: base.id, total: 2, current: 2, attempted: [attempt(1, 'reussie'), ...(outcome ? [attempt(2, outcome)] : [])] };
  return uploaded(missionResultFile(learner, { base, mission: mission('deux'), index: 1, missions, decisions }), `${learner}-mission-2.json`);
}

async function showClass(projector: boolean) {
  const user = userEvent.setup();
  render(ClassScreen, { replayer: engineReplayer(engine), missionRules });
  if (projector) await user.click(screen.getByRole('checkbox', { name: 'Affichage projecteur' }));
  // Inès passed with a club (it costs), Hugo failed doing nothing: more net margin
  await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [upload('Inès', 'reussie', club), upload('Hugo', 'echouee', []), upload('Léa', null, [])]);
  await screen.findByText('Vérification terminée : 3 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 60_000 });
  const region = screen.getByRole('region', { name: /Résultats de la classe/ });
  const row = (name: string) => within(region).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
  return { region, row, group: region.querySelector('tbody.mission-files tr.group th')! };
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.display;
});

describe('mission files on the projector (QA qa28class55)', () => {
  it('says the group in one line, one mark a mission a row, folds the details and leaves out the empty column', async () => {
    const { region, row, group } = await showClass(true);
    expect(group.querySelector('.group-short')).toHaveTextContent(/^3 fichiers de mission \(✓ réussie, ✗ échouée ; « déclarée » : non vérifiée par le rejeu ; « non confirmée » : réussite dite par l’élève que le rejeu ne retrouve pas, non comptée\) : ni classés ni comparés à « sans action »$/);
    // the explanation is folded, not gone
    const more = group.querySelector('details')!;
    expect(more).not.toHaveAttribute('open');
    expect(more).toHaveTextContent(/Comment lire ces lignes.*La colonne Vérification dit ce que le rejeu a vérifié/);

    // mission 1 was played in another run: its ✓ is the browser's word, and says so; Inès's mission 2 is the replay's (QA: a ✓ alone read as verified)
    const marks = (name: string) => [...row(name).querySelectorAll('.mark')].map((m) => m.textContent);
    expect(marks('Inès')).toEqual(['n°\u00a01\u00a0✓ déclarée réussie, déclarée (non vérifiable)', 'n°\u00a02\u00a0✓ réussie, confirmée par le rejeu']);
    expect(marks('Hugo')).toEqual(['n°\u00a01\u00a0✓ déclarée réussie, déclarée (non vérifiable)', 'n°\u00a02\u00a0✗ échouée']);
    expect(marks('Léa')).toEqual(['n°\u00a01\u00a0✓ déclarée réussie, déclarée (non vérifiable)', 'n°\u00a02 non terminée']);
    // seen: « ✓ déclarée » beside a bare « ✓ »; heard: the outcome and the check, not the shown word twice
    const first = row('Inès').querySelector('.mark')!;
    expect(first.querySelector('.mark-check')).toHaveAttribute('aria-hidden', 'true');
    expect(first.querySelector('.visually-hidden')).toHaveTextContent('réussie, déclarée (non vérifiable)');
    // each mission's line, with how it is known, folded in the row
    const details = row('Hugo').querySelector('details.mission-details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details as HTMLElement).getByText(/^Mission 2, Mission 2 : échouée/)).toBeInTheDocument();

    // no game to compare with doing nothing nor to rank: both columns are left out, and a mission's cells say why they are empty
    expect(region).toHaveClass('no-gap');
    expect(row('Inès').querySelector('td.gap')).toHaveTextContent('sans objet (mission)');
    expect(row('Inès').querySelector('td.rank')).toHaveTextContent(/^hors classement$/);
    expect(region.querySelector('thead th.rank-head')).toHaveTextContent('Rang');
    // a failed mission with more net margin than a passed one: framed
    expect(group).toHaveTextContent('Une mission se juge sur son objectif, pas sur la marge nette');
  }, 90_000);

  it('keeps the standard display’s paragraph and lines, with the same framing', async () => {
    const { region, row, group } = await showClass(false);
    expect(group.querySelector('details')).toBeNull();
    expect(group).toHaveTextContent(/^3 fichiers de mission, listés à part/);
    expect(group).toHaveTextContent('Une mission se juge sur son objectif, pas sur la marge nette');
    // the marks are for paper only there (QA qa33teacherEn M1: the list printed three pages a row), the screen lists each mission
    expect(row('Hugo').querySelector('.mission-compact:not(.on-paper) .mark')).toBeNull();
    expect(row('Hugo').querySelector('.mission-compact.on-paper')).toHaveAttribute('aria-hidden', 'true');
    expect(row('Hugo')).toHaveTextContent(/Mission 2, Mission 2 : échouée/);
    expect(region).not.toHaveClass('no-gap');
    // the rank column stays, and says it for a mission file, not « — »
    expect(row('Hugo').querySelector('td.rank')).toHaveTextContent(/^hors classement$/);
  }, 90_000);
});
