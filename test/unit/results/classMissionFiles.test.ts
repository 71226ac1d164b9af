/**
 * A learner's mission files side by side in the class view (QA qa18): each file of a mission is the
 * hand-in of that mission, not an « ancien rendu » of the file of the next mission (F4); a mission a
 * file only declares is confirmed by the learner's file of that mission when its replay confirmed it,
 * and stays declared when no file of the learner confirms it; mission files done as the mission asks
 * (the same action on a common seed) carry no « résultat identique » nor « stratégie simple » (F8).
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { exportResultFile } from '../../../src/results/buildResultFile.ts';
import { compareClass, type ClassEntry } from '../../../src/results/classComparison.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import { handedMissions } from '../../../src/missions/handIn.ts';
import { parseProgress, recordOutcome } from '../../../src/missions/progress.ts';
import type { Mission, MissionPath } from '../../../src/missions/schema.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { missionEntryLines } from '../../../src/ui/class/missionRowText.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { BUDGET_LEFT, missionResultFile, testMission } from '../../fixtures/missionFiles.ts';

const base = { ...fixtureScenario(), id: 'boutique-test' };

const mission = (id: string, check: Mission['check']): Mission => testMission(id, { title: { fr: id, en: id }, check });
const budget = BUDGET_LEFT;
const path: MissionPath = {
  formatVersion: 1,
  scenario: 'boutique-test',
  missions: [mission('lire-la-base', { kind: 'question', ask: 'segmentCount', segment: 'futurNonClient', tolerance: 0 }), mission('deux', budget), mission('trois', budget), mission('quatre', budget)],
};
const rules = { missionOf: (shop: string, id: string) => (shop === path.scenario ? path.missions.find((m) => m.id === id) : undefined) };

/** A learner's progress: missions 2, 3 and 4 passed. */
let progress = parseProgress(null);
for (const id of ['deux', 'trois', 'quatre']) progress = recordOutcome(progress, 'boutique-test', id, 'reussie', { at: '2026-12-05T10:00:00.000Z' });

const club = { type: 'lienSocial', instrument: 'club', target: {} } as const;

/** The run of the path's mission `index` (1: mission 2), handed in with the progress, made at `minute`. */
function missionFile(learner: string, index: number, minute: number, decisions: DecisionsLog = []): ResultFile {
  return missionResultFile(learner, { base, mission: path.missions[index], index, missions: handedMissions(path, progress, index), decisions, createdAt: `2026-12-05T11:${String(minute).padStart(2, '0')}:00.000Z` });
}

const replayer = engineReplayer(engine);
async function entries(files: [string, ResultFile][]): Promise<ClassEntry[]> {
  return Promise.all(files.map(async ([fileName, file]) => ({ fileName, verification: await verifyResult(JSON.parse(exportResultFile(file).text), replayer) })));
}
const tx = { t: ((key: string, params?: Record<string, string | number>) => translate('fr', key, params)) as never, tCount: (() => '') as never, locale: 'fr' as const };

describe('a learner’s mission files in the class view (QA qa18 F4)', () => {
  it('keeps each mission’s file as its hand-in, only an earlier file of the same mission is an older hand-in', async () => {
    const rows = compareClass(
      await entries([
        ['ines-mission-2-p4.json', missionFile('Inès Caron', 1, 10)],
        ['ines-mission-3-p4.json', missionFile('Inès Caron', 2, 20)],
        ['ines-mission-3-bis.json', missionFile('Inès Caron', 2, 25)],
        ['ines-mission-4-p4.json', missionFile('Inès Caron', 3, 30)],
      ]),
      rules,
    );
    expect(rows.map((r) => [r.fileName, r.status, r.unranked])).toEqual([
      ['ines-mission-2-p4.json', 'confirmed', undefined],
      ['ines-mission-3-p4.json', 'confirmed', 'olderHandIn'],
      ['ines-mission-3-bis.json', 'confirmed', undefined],
      ['ines-mission-4-p4.json', 'confirmed', undefined],
    ]);
  });

  it('confirms a mission a file only declares by the learner’s file of that mission, and names it', async () => {
    const rows = compareClass(
      await entries([
        ['fidelis-resultat-ines-caron-boutique-test-mission-2-p4.json', missionFile('Inès Caron', 1, 10)],
        ['fidelis-resultat-ines-caron-boutique-test-mission-4-p4.json', missionFile(' ines caron ', 3, 30)],
      ]),
      rules,
    );
    const latest = rows[1].missions!;
    expect(latest.attempted.map((m) => [m.number, m.check, m.why, m.confirmedBy?.fileName])).toEqual([
      [2, 'replayConfirmed', 'otherFile', 'fidelis-resultat-ines-caron-boutique-test-mission-2-p4.json'],
      [3, 'declared', 'otherRun', undefined],
      [4, 'replayConfirmed', 'confirmed', undefined],
    ]);
    expect(latest.attempted[0].confirmedBy?.key).toBe(rows[0].key);
    const lines = missionEntryLines(tx, latest);
    expect(lines[0].text).toMatch(/^Mission 2, deux\u00a0: réussie — confirmée par le fichier …mission-2-p4\.json\u202f;/);
    expect(lines[0].why).toMatch(/^Mission jouée dans une autre partie que celle de ce fichier\u00a0: le rejeu d’un autre fichier du même élève/);
    expect(lines[1].text).toMatch(/réussie — déclarée \(non vérifiable\)/);
  });

  it('keeps the mission declared when the file of that mission is another learner’s, another shop’s or not confirmed', async () => {
    const forged = missionFile('Inès Caron', 1, 10);
    forged.summary.cumulativeNetMargin += 10_000;
    const otherShop = missionFile('Inès Caron', 1, 10);
    otherShop.missions = { ...otherShop.missions!, shop: 'autre-boutique' };
    for (const [name, file] of [
      ['hugo', missionFile('Hugo Martin', 1, 10)],
      ['retouche', forged],
      ['autre', otherShop],
    ] as const) {
      const rows = compareClass(await entries([[`${name}-mission-2.json`, file], ['ines-mission-4.json', missionFile('Inès Caron', 3, 30)]]), rules);
      expect(rows[1].missions!.attempted[0]).toMatchObject({ number: 2, check: 'declared', why: 'otherRun' });
      expect(rows[1].missions!.attempted[0].confirmedBy).toBeUndefined();
    }
  });
});

describe('mission files done as the mission asks (QA qa18 F8)', () => {
  it('marks no identical result nor simple strategy among them', async () => {
    const decisions: DecisionsLog = [{ tick: 0, actions: [club] }];
    const rows = compareClass(
      await entries([
        ['ines-mission-2.json', missionFile('Inès Caron', 1, 10, decisions)],
        ['hugo-mission-2.json', missionFile('Hugo Martin', 1, 11, decisions)],
        ['lea-mission-2.json', missionFile('Léa Dubois', 1, 12, decisions)],
      ]),
      rules,
    );
    expect(rows.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    expect(rows.map((r) => [r.sameResultAs, r.simpleStrategyActions])).toEqual([
      [[], undefined],
      [[], undefined],
      [[], undefined],
    ]);
  });
});
