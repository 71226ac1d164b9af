/**
 * The English glossary search finds the French course terms (CONCEPTS.md, the exam is in French):
 * an Erasmus learner typing « futur non-client » or « rupture » gets the English card (QA self 31),
 * and English card titles carry the French term the exam uses.
 */
import { describe, expect, it, vi } from 'vitest';
import { glossary as frenchGlossary } from '../../../src/i18n/fr/glossary.ts';
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

describe('glossary search of an English-only learner (the French cards never downloaded)', () => {
  /**
   * searchConcepts in a fresh registry holding English alone, as in the browser of a learner who chose English on the home page,
   * with the English cards' texts the glossary screen fetches (app/screens.ts).
   */
  async function englishOnly(): Promise<(query: string) => string[]> {
    vi.resetModules();
    const { registerMessages, hasMessages } = await import('../../../src/i18n/translate.ts');
    const { enLearner } = await import('../../../src/i18n/enLearner.ts');
    const { glossaryCards } = await import('../../../src/i18n/en/glossaryCards.ts');
    const search = await import('../../../src/ui/glossary/glossarySearch.ts');
    registerMessages('en', { ...enLearner, glossaryCards });
    expect(hasMessages('fr', 'core')).toBe(false);
    return (query) => search.searchConcepts('en', query);
  }

  it('finds the cards by the French course terms said in class, accents or not', async () => {
    const search = await englishOnly();
    const expected: [string, string][] = [
      ['rupture', 'schemaInfidelite'],
      ['rencontre', 'schemaInfidelite'],
      ['fidélisation', 'fidelite'],
      ['fidelisation', 'fidelite'],
      ['fidelisation', 'pourquoiFideliser'],
      ['recence', 'rfm'],
      ['Récence', 'frat'],
      ['panier moyen', 'equationCa'],
      ['ambassadeur', 'echelleFidelite'],
      ['orgueil', 'soncas'],
      ['payeur', 'rolesAchat'],
      ['conquete', 'acquisition'],
    ];
    for (const [query, id] of expected) expect(search(query), query).toContain(id);
  });

  it('finds every card by its French title', async () => {
    const search = await englishOnly();
    for (const [id, card] of Object.entries(frenchGlossary.concept)) expect(search(card.title.replace(/[()?]/g, '')), card.title).toContain(id);
  });

  it('does not match every card on the words of a missing French key', async () => {
    const search = await englishOnly();
    expect(search('concept')).toEqual([]);
    expect(search('keywords')).toEqual([]);
  });

  // QA tablet #20: every card says « Dans Fidélis : », so « fidél » found 27 cards out of 27
  it('does not find every card by the app’s name', () => {
    for (const locale of ['fr', 'en'] as const) {
      const found = searchConcepts(locale, 'fidél');
      expect(found.length, locale).toBeGreaterThan(0);
      expect(found.length, locale).toBeLessThan(searchConcepts(locale, '').length);
      // the satisfaction card says « Dans Fidélis, la vraie satisfaction… », not « fidélité »
      expect(found, locale).not.toContain('satisfaction');
      expect(found, locale).toContain('fidelite');
    }
  });
});
