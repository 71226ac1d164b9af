/**
 * QA qa29self m6: a mission's « Notions travaillées » (and the « Compétences BTS travaillées » that go with them) listed
 * what the mission does not exercise: mission 5 listed « SONCAS (besoins-types) » although neither its brief, its check
 * nor its bilan uses a customer's besoin-type (the engine's personalisation does not depend on it); mission 6 listed
 * « Cycle de vie du client » while its brief only said « arrivées » and « départs ». Every shop's path is checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectMissionPaths } from '../../../src/missions/load.ts';
import { competenciesOfConcept } from '../../../src/competencies/conceptCompetencies.ts';

const SCENARIO_IDS = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const FILES = Object.fromEntries(readdirSync('scenarios/missions').map((f) => [f, JSON.parse(readFileSync(`scenarios/missions/${f}`, 'utf8'))]));
const { paths } = collectMissionPaths(FILES, SCENARIO_IDS);

describe('a mission lists only the notions it works (QA qa29self m6)', () => {
  it('every shop has its path', () => expect(paths).toHaveLength(SCENARIO_IDS.length));

  for (const path of paths)
    describe(path.scenario, () => {
      it('no mission lists SONCAS: none uses a customer’s besoin-type', () => {
        for (const m of path.missions) expect(m.concepts, m.id).not.toContain('soncas');
      });

      it('mission 6 lists the lifecycle and its brief names the stages its bilan compares (new customers, lost customers)', () => {
        const six = path.missions.find((m) => m.id === 'customisation-et-conquete')!;
        expect(six.concepts).toContain('cycleDeVie');
        expect(six.brief.fr).toMatch(/arrivées \(nouveaux clients\) aux départs \(clients perdus\).*cycle de vie du client/u);
        expect(six.brief.en).toMatch(/arrivals \(new customers\).*departures \(lost customers\).*customer lifecycle/u);
      });

      it('each competency a mission lists comes with one of its notions', () => {
        for (const m of path.missions) {
          const fromConcepts = new Set(m.concepts.flatMap((c) => competenciesOfConcept(c)));
          for (const id of m.competencies) expect(fromConcepts.has(id), `${m.id} ${id}`).toBe(true);
        }
      });
    });
});
