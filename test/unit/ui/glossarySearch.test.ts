/**
 * The English glossary search finds the French course terms (CONCEPTS.md, the exam is in French):
 * an Erasmus learner typing « futur non-client » or « rupture » gets the English card (QA self 31),
 * and English card titles carry the French term the exam uses.
 */
import { describe, expect, it } from 'vitest';
import { searchConcepts } from '../../../src/ui/glossary/glossarySearch.ts';
import { translate } from '../../../src/i18n/translate.ts';

describe('glossary search', () => {
  it('finds in English the cards of the French course terms', () => {
    const expected: [string, string][] = [
      ['futur non-client', 'segments'],
      ['inactif', 'segments'],
      ['part de marque', 'partDuPortefeuille'],
      ['prescripteur', 'boucheAOreille'],
      ['rupture', 'schemaInfidelite'],
      ['rencontre', 'schemaInfidelite'],
      ['groupe témoin', 'groupeTemoin'],
      ['barrieres au changement', 'barrieresChangement'],
    ];
    for (const [query, id] of expected) expect(searchConcepts('en', query), query).toContain(id);
  });

  it('still finds English words, and French searches stay French', () => {
    expect(searchConcepts('en', 'control group')).toContain('groupeTemoin');
    expect(searchConcepts('fr', 'control group')).not.toContain('groupeTemoin');
    expect(searchConcepts('en', 'zzzz')).toEqual([]);
  });

  it('gives the French course term in brackets on the English titles the exam uses', () => {
    const terms: [string, string][] = [
      ['schemaInfidelite', 'schéma de l’infidélité'],
      ['segments', 'futur non-client'],
      ['bdd', 'BDD'],
      ['cycleDeVie', 'cycle de vie'],
      ['groupeTemoin', 'groupe témoin'],
      ['partDuPortefeuille', 'part de marque'],
      ['avantageFinancier', 'avantage financier'],
      ['lienSocial', 'lien social'],
    ];
    for (const [id, term] of terms) expect(translate('en', `glossary.concept.${id}.title`), id).toMatch(new RegExp(`\\(.*${term}.*\\)`));
  });
});
