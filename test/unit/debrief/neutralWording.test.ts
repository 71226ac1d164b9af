/**
 * The teacher opens a student's Bilan from the class view (ClassBilan, « Voir le bilan ») as well as the student opens their own
 * (QA class 15, and the teacher-led class after it): its texts name the shop, the customers, the decisions, not « vous /
 * votre / vos », which spoke to the teacher as if they had played. Advice in the imperative (« Ne classez pas ces
 * programmes… ») addresses whoever reads and is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { debrief as fr } from '../../../src/i18n/fr/debrief.ts';
import { debrief as en } from '../../../src/i18n/en/debrief.ts';

/** every string of a message tree, with its key */
const texts = (tree: unknown, path = ''): [string, string][] =>
  typeof tree === 'string' ? [[path, tree]] : tree && typeof tree === 'object' ? Object.entries(tree).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k)) : [];

describe('the Bilan’s wording, read by the student and by the teacher', () => {
  it('says no « vous », « votre », « vos » in French', () => {
    expect(texts(fr).filter(([, s]) => /(^|[^\p{L}])(vous|votre|vos)(?![\p{L}])/iu.test(s))).toEqual([]);
  });

  it('says no « you », « your » in English', () => {
    expect(texts(en).filter(([, s]) => /\b(you|your|yours)\b/i.test(s))).toEqual([]);
  });

  it('still says who stopped a programme: the shop, the engine for lack of budget, or its planned duration', () => {
    expect(fr.course.clause.stopped.learner).toMatch(/^Le magasin a arrêté le programme \{\{at\}\}/);
    expect(fr.course.clause.stopped.budget).toMatch(/^Le programme a été arrêté faute de budget/);
    expect(en.course.discountEnd.stopped).toMatch(/^The shop stopped its financial advantage/);
  });
});
