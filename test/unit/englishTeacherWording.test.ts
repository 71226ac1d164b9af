/**
 * English leftovers of the teacher's screens (QA teacher #16): the BTS blocks are « block n » in
 * English, and the class and team views call the people whose files they read « students »
 * throughout (the column said « Student », the team view « Each learner plays alone »).
 */
import { describe, expect, it } from 'vitest';
import { competencies } from '../../src/i18n/en/competencies.ts';
import { debrief } from '../../src/i18n/en/debrief.ts';
import { missions } from '../../src/i18n/en/missions.ts';
import { classView } from '../../src/i18n/en/classView.ts';
import { teamView } from '../../src/i18n/en/teamView.ts';

/** every string of a message tree */
const texts = (tree: unknown): string[] => (typeof tree === 'string' ? [tree] : tree && typeof tree === 'object' ? Object.values(tree).flatMap(texts) : []);

describe('English wording of the teacher’s screens', () => {
  it('says « block », not the French « bloc »', () => {
    expect(debrief.competencyEvidence.blocShort.mco2).toBe('Block 2');
    expect(texts([competencies, debrief.competencyEvidence, missions.referential]).filter((s) => /\bbloc\b/i.test(s))).toEqual([]);
  });

  it('calls them students in the class and team views', () => {
    expect(classView.column.learner).toBe('Student');
    expect(texts(classView).concat(texts(teamView)).filter((s) => /\blearners?\b/i.test(s))).toEqual([]);
  });
});
