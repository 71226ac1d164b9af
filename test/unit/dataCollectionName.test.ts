/**
 * One name for one thing: the decision a student clicks is « Collecte de données » (« Data collection »); its glossary
 * card and the programmes chart's note called it « Collecte des données » (« Collecting data »), so a learner looking for
 * the card or the decision met two names (QA phone F11). CONCEPTS.md does not name it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import { en } from '../../src/i18n/en.ts';

/** every string of a catalogue, with its key */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('the data collection’s name', () => {
  it('is the decision’s on its glossary card, in French and in English', () => {
    expect(fr.glossary.concept.collecteDonnees.title).toBe(fr.decisions.data.title);
    expect(fr.vocabulary.actionType.collecteDonnees).toBe(fr.decisions.data.title);
    // English: the decision's name, the French course term in brackets as the other cards do
    expect(en.glossary.concept.collecteDonnees.title).toBe(`${en.decisions.data.title} (${fr.decisions.data.title.toLowerCase()})`);
  });

  it('is never « Collecte des données » nor « Collecting data » (a name; « before collecting data » is a verb)', () => {
    expect(strings(fr).filter(([, text]) => /collecte des données/i.test(text))).toEqual([]);
    expect(strings(en).filter(([, text]) => /Collecting data|collecte des données/.test(text))).toEqual([]);
  });
});
