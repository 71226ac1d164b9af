import { describe, expect, it } from 'vitest';
import { BLOCS, COMPETENCY_IDS, UNTRAINED_BLOCS, blocOf, competenciesOfBloc, diplomaOf, sortCompetencies } from '../../../src/competencies/referential.ts';
import { competenciesOfConcept } from '../../../src/competencies/conceptCompetencies.ts';
import { CONCEPT_IDS } from '../../../src/ui/glossary/concepts.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { en } from '../../../src/i18n/en.ts';

describe('BTS competency referential', () => {
  it('every glossary card names at least one competency', () => {
    for (const id of CONCEPT_IDS) expect(competenciesOfConcept(id).length, id).toBeGreaterThan(0);
  });

  it('each competency belongs to a trained bloc; untrained blocs have none', () => {
    for (const id of COMPETENCY_IDS) expect(UNTRAINED_BLOCS).not.toContain(blocOf(id));
    for (const bloc of UNTRAINED_BLOCS) expect(competenciesOfBloc(bloc)).toEqual([]);
    expect(BLOCS.filter((b) => diplomaOf(b) === 'mco')).toEqual(['mco1', 'mco2', 'mco3', 'mco4']);
  });

  it('keeps the referential bloc titles', () => {
    expect(fr.competencies.bloc.ndrc1).toMatch(/Relation client et négociation-vente/);
    expect(fr.competencies.bloc.ndrc2).toMatch(/Relation client à distance et digitalisation/);
    expect(fr.competencies.bloc.ndrc3).toMatch(/Relation client et animation de réseaux/);
    expect(fr.competencies.bloc.mco1).toMatch(/Développer la relation client et assurer la vente conseil/);
    expect(fr.competencies.bloc.mco2).toMatch(/Animer et dynamiser l’offre commerciale/);
    expect(fr.competencies.bloc.mco3).toMatch(/Assurer la gestion opérationnelle/);
    expect(fr.competencies.bloc.mco4).toMatch(/Manager l’équipe commerciale/);
    for (const id of COMPETENCY_IDS) {
      const [bloc, key] = id.split('.') as [keyof typeof fr.competencies.item, string];
      expect((fr.competencies.item[bloc] as Record<string, string>)[key], id).toBeTruthy();
      expect((en.competencies.item[bloc] as Record<string, string>)[key], id).toBeTruthy();
    }
  });

  it('sorts in referential order without duplicates', () => {
    expect(sortCompetencies(['ndrc1.information', 'mco1.etudes', 'ndrc1.information'])).toEqual(['mco1.etudes', 'ndrc1.information']);
  });
});
