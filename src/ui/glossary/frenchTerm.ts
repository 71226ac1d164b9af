/**
 * An English glossary title ends with the course's French term in brackets (« Complaint (réclamation) »):
 * its parts, so the term can be marked lang="fr" and an English voice reads it in French. Pure.
 */
export function splitFrenchTerm(title: string): { before: string; term: string; after: string } | null {
  const found = /^(.*\()([^()]+)(\))$/u.exec(title);
  return found ? { before: found[1], term: found[2], after: found[3] } : null;
}
