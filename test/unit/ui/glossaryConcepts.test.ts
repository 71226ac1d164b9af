/**
 * The glossary is complete and every link to it points to a real card: each concept id has all its
 * texts in both languages, related cards exist, and every <GlossaryLink concept="..."> in src/ uses
 * a known id.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, CONCEPTS, conceptHref, isConceptId } from '../../../src/ui/glossary/concepts.ts';
import { LOCALES, translate } from '../../../src/i18n/translate.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('glossary concepts', () => {
  it('has unique ids and metadata for each', () => {
    expect(new Set(CONCEPT_IDS).size).toBe(CONCEPT_IDS.length);
    expect(Object.keys(CONCEPTS).sort()).toEqual([...CONCEPT_IDS].sort());
  });

  for (const locale of LOCALES)
    it(`${locale}: every card has a title, a definition, an explanation and where it appears`, () => {
      for (const id of CONCEPT_IDS)
        for (const field of ['title', 'short', 'body', 'where']) {
          const key = field === 'title' ? `glossary.concept.${id}.title` : `glossaryCards.${id}.${field}`;
          expect(translate(locale, key), key).not.toBe(key);
        }
    });

  it('links related cards that exist, never itself', () => {
    for (const id of CONCEPT_IDS)
      for (const other of CONCEPTS[id].related) {
        expect(isConceptId(other)).toBe(true);
        expect(other).not.toBe(id);
      }
  });

  it('covers the course notions asked by CONCEPTS.md', () => {
    const required = ['fidelite', 'satisfaction', 'reclamation', 'reconnaissance', 'equationCa', 'schemaInfidelite', 'rfm', 'frat', 'scoring', 'datamining', 'soncas', 'cycleDeVie', 'echelleFidelite', 'avantageFinancier', 'lienSocial', 'personnalisation', 'customisation'];
    for (const id of required) expect(isConceptId(id), id).toBe(true);
  });

  it('has the cards for the notions the dashboard and the glass box name (QA B14)', () => {
    for (const id of ['margeBrute', 'margeNette', 'budget', 'valeurClient', 'prixReference', 'barrieresChangement']) expect(isConceptId(id), id).toBe(true);
    expect(translate('fr', 'glossary.concept.valeurClient.title')).toBe('Valeur client (CLV)');
  });

  it('says the retention rate counts a dormant customer as kept, like the engine (QA A2)', () => {
    expect(translate('fr', 'glossaryCards.retention.body')).toContain('actifs ou dormants');
    expect(translate('en', 'glossaryCards.retention.body')).toContain('active or dormant');
  });

  it('deep-links to the glossary route', () => {
    expect(conceptHref('rfm')).toBe('#/glossary/rfm');
  });

  // Literal ids are checked here; expressions (concept={x}) are checked by svelte-check: the prop is a ConceptId.
  it('every GlossaryLink used in src/ with a literal id names an existing concept', () => {
    const used: string[] = [];
    for (const file of filesUnder('src').filter((f) => f.endsWith('.svelte')))
      for (const match of readFileSync(file, 'utf8').matchAll(/<GlossaryLink\s+concept=(?:"([^"]+)"|\{\s*['"]([^'"]+)['"]\s*\})/g)) used.push(match[1] ?? match[2]);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(isConceptId(id), `unknown concept "${id}"`).toBe(true);
  });
});
