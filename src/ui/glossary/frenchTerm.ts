/**
 * An English glossary title ends with the course's French term in brackets (« Complaint (réclamation) »):
 * its parts, so the term can be marked lang="fr" and an English voice reads it in French. Pure.
 */
export function splitFrenchTerm(title: string): { before: string; term: string; after: string } | null {
  const found = /^(.*\()([^()]+)(\))$/u.exec(title);
  return found ? { before: found[1], term: found[2], after: found[3] } : null;
}

/** The English title without its French term (« Complaint »): a « ? »'s name and a link's text, where the term, read in an English voice, was noise (QA qa21 F2); the card keeps it. */
export function withoutFrenchTerm(title: string): string {
  const parts = splitFrenchTerm(title);
  return parts ? parts.before.slice(0, -1).trimEnd() : title;
}
