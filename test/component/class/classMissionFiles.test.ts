/**
 * A learner's mission files side by side in the class view (QA qa18 F4, F8): the file of mission 2 is
 * not an « ancien rendu » of the file of mission 3, whose row says mission 2 is confirmed by that file
 * instead of « déclarée (non vérifiable) »; two learners' files done as the mission asks (the same
 * action, a common seed) carry no « résultat identique » nor « stratégie simple ».
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { HandedMissions } from '../../../src/results/resultFileSchema.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { MissionPath } from '../../../src/missions/schema.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { missionResultFile, testMission as mission, uploaded } from '../../fixtures/missionFiles.ts';

const base = fixtureScenario();
const path = [mission('deux'), mission('trois')];
const missionRules = async () => [{ formatVersion: 1, scenario: base.id, missions: [mission('un'), ...path] }] as unknown as MissionPath[];
const attempt = (number: number, id: string) => ({ number, id, title: { fr: `Mission ${id}` }, outcome: 'reussie' as const, attempts: 1, at: '2026-12-05T11:00:00.000Z' });

/** The run of mission `number` (2 or 3) handed in by `learner`, with missions 2 to `number` passed. */
function upload(name: string, learner: string, number: 2 | 3, minute: number, decisions: DecisionsLog = []): File {
  const missions: HandedMissions = { shop: base.id, total: 3, current: number, attempted: path.slice(0, number - 1).map((m, i) => attempt(i + 2, m.id)) };
  return uploaded(missionResultFile(learner, { base, mission: path[number - 2], index: number - 1, missions, decisions, createdAt: `2026-12-05T11:${minute}:00.000Z` }), name);
}

describe('a learner’s mission files in the class view (QA qa18)', () => {
  it('keeps each mission’s file, confirms mission 2 in the file of mission 3 by the file of mission 2, and marks no identical result', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine), missionRules });
    const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      upload('ines-mission-2-p4.json', 'Inès Caron', 2, 10, club),
      upload('ines-mission-3-p4.json', 'Inès Caron', 3, 20),
      upload('hugo-mission-2-p4.json', 'Hugo Martin', 2, 15, club),
    ]);
    await screen.findByText('Vérification terminée : 3 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 60_000 });
    const table = screen.getByRole('table', { name: /Résultats de la classe/ });
    // the rows, not the group's note (which says why there is no such mark)
    const fileRows = within(table)
      .getAllByRole('row')
      .filter((r) => /mission-\d-p4\.json/.test(r.textContent ?? ''));
    expect(fileRows).toHaveLength(3);
    for (const row of fileRows) {
      expect(row).not.toHaveTextContent('ancien rendu');
      expect(row).not.toHaveTextContent('résultat identique');
      expect(row).not.toHaveTextContent('stratégie simple');
    }
    const line = await within(table).findByText(/Mission 2, Mission deux : réussie — confirmée par le fichier …mission-2-p4\.json/);
    expect(line).toHaveAttribute('title', expect.stringMatching(/^Mission jouée dans une autre partie que celle de ce fichier\s: le rejeu d’un autre fichier du même élève/));
    // in the row of mission 3's file
    expect(line.closest('tr')?.querySelector('strong.status')).toHaveTextContent('partie confirmée par le rejeu ; mission 3 confirmée par le rejeu');
    expect(within(table).getAllByText(/Missions réussies : \d sur 3/)).toHaveLength(3);
    expect(line.closest('tr')).not.toHaveTextContent('déclarée (non vérifiable)');
  }, 90_000);
});
