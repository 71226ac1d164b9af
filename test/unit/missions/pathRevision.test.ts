/**
 * QA qa29self m8: once a shop's mission path is done, the course's notions (CONCEPTS.md) none of its missions works are
 * the ones to revise (ui/missions/pathRevision.ts), each with its glossary card.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectMissionPaths } from '../../../src/missions/load.ts';
import { COURSE_CONCEPTS, conceptsToRevise } from '../../../src/ui/missions/pathRevision.ts';
import { CONCEPTS } from '../../../src/ui/glossary/concepts.ts';

const SCENARIO_IDS = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const FILES = Object.fromEntries(readdirSync('scenarios/missions').map((f) => [f, JSON.parse(readFileSync(`scenarios/missions/${f}`, 'utf8'))]));
const { paths } = collectMissionPaths(FILES, SCENARIO_IDS);

describe('what to revise once the path is done (QA qa29self m8)', () => {
  it('course notions only: no indicator card', () => {
    for (const c of COURSE_CONCEPTS) expect(CONCEPTS[c].theme, c).not.toBe('indicateurs');
  });

  it('the bakery’s path leaves SONCAS, FRAT, the loyalty ladder, the buying roles… and not what its missions work', () => {
    const bakery = paths.find((p) => p.scenario === 'boulangerie-du-marche')!;
    const revise = conceptsToRevise(bakery);
    expect(revise).toEqual([
      'fidelite',
      'equationCa',
      'schemaInfidelite',
      'niveauxSatisfaction',
      'boucheAOreille',
      'partDuPortefeuille',
      'pyramideMaslow',
      'frat',
      'datamining',
      'scoring',
      'logicielGrc',
      'echelleFidelite',
      'soncas',
      'rolesAchat',
      'parcoursClient',
      'canauxContact',
    ]);
  });

  it('a notion counts as worked through the ones it is made of, only when all are worked', () => {
    const only = (concepts: string[]) => ({ missions: [{ concepts }] }) as unknown as Parameters<typeof conceptsToRevise>[0];
    expect(conceptsToRevise(only(['gestionReclamations']))).not.toContain('reclamation');
    expect(conceptsToRevise(only(['avantageFinancier', 'lienSocial', 'personnalisation']))).toContain('strategiesFidelisation');
    expect(conceptsToRevise(only(['avantageFinancier', 'lienSocial', 'personnalisation', 'customisation']))).not.toContain('strategiesFidelisation');
  });
});
