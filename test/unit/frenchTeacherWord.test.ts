/**
 * The French app names the teacher « enseignant » throughout (« Commerce choisi par votre enseignant »,
 * « Lecture du lien de votre enseignant… », « Espace enseignant »): the guided tour's mission step alone
 * said « Votre professeur vous a ouvert les missions… » to the student it had just told their
 * « enseignant » chose the shop (QA qa9).
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';

/** every string of a message tree */
const texts = (tree: unknown): string[] => (typeof tree === 'string' ? [tree] : tree && typeof tree === 'object' ? Object.values(tree).flatMap(texts) : []);

describe('the French word for the teacher', () => {
  it('is « enseignant », never « professeur »', () => {
    expect(texts(fr).filter((s) => /\bprofesseure?s?\b/i.test(s))).toEqual([]);
    expect(fr.tour.missions.body).toMatch(/^Votre enseignant vous a ouvert les missions/);
  });
});
