/**
 * The course's words, one name for one thing (QA teacher qa25):
 * - F3: SONCAS had five names across the screens (« Motivations d’achat (SONCAS) », « Motivation », « Motif (SONCAS) »,
 *   « Motif d’achat dominant », « Motif d’achat parmi »); the course calls them « besoins-types (SONCAS) ».
 * - F5: the game's points were « Points gagnés » on the dashboard and « Score » in the Bilan, a word the course uses for
 *   scoring (« score RFM », « Labo de scoring »).
 * - F6: the recruitment cost and the complaint costs were « à la mesure du panier moyen de 6,90 € », the scenario's fixed
 *   reference basket, while the dashboard's KPI « panier moyen » read 6,80 €: a student comparing screens thinks one is wrong.
 * - F7: the tool « Remise sur volume » is a flat discount on every purchase (its own help says a real volume discount is not
 *   simulated): a course term as the label of something else. Its id stays remiseVolume (files, engine, decisions).
 * - review15 F2: the mission briefs (scenarios/missions/*.json, read on the mission card) kept « ses motivations (SONCAS) »
 *   / « their motives (SONCAS) »: the mission files' learner texts are scanned too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import { en } from '../../src/i18n/en.ts';
import { translate } from '../../src/i18n/translate.ts';
import { translateCount } from '../../src/i18n/plural.ts';

/** every string of a catalogue, with its key */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('SONCAS: one name, the course’s « besoin-type » (F3)', () => {
  /** the labels a student reads for the customer's SONCAS value: filter, column, file, decisions, scoring lab, export */
  const labels = (m: typeof fr | typeof en) => [
    m.customers.filters.motive,
    m.customers.file.motive,
    m.db.csv.motive,
    m.decisions.target.motives,
    m.decisions.target.previewMotive,
    m.scoringLab.grid.motive,
    m.editor.section.motiveMix,
    m.editor.preview.byMotive,
  ];
  it('French: every label says « besoin(s)-type(s) », none « motif » or « motivation »', () => {
    for (const label of labels(fr)) expect(label).toMatch(/[Bb]esoins?-types?/);
    expect(fr.customers.file.motive).toBe('Besoin-type dominant (SONCAS)');
    // the table's column header is the course's acronym: « Besoin-type » widened the table past a 1366 px screen (narrowColumns e2e)
    expect(fr.customers.column.motive).toBe('SONCAS');
    expect(fr.glossary.concept.soncas.title).toBe('SONCAS (besoins-types)');
    expect(strings(fr).filter(([key, text]) => !key.startsWith('glossaryCards.soncas.body') && /\bmotifs? (d’achat|SONCAS)|motivation|\(motifs? /i.test(text))).toEqual([]);
  });
  it('English: every label says « buying motive(s) »', () => {
    for (const label of labels(en)) expect(label).toMatch(/[Bb]uying motives?/);
    expect(en.customers.column.motive).toBe('Motive (SONCAS)');
    expect(en.glossary.concept.soncas.title).toBe('SONCAS buying motives (French acronym)');
  });
  it('English: the glossary card says SONCAS is French and spells it, letter by letter (qa28en M2)', () => {
    // the English motives (security, pride, novelty…) do not spell S-O-N-C-A-S: an English reader gets the French words
    const { short, body } = en.glossaryCards.soncas;
    expect(short).toContain('French');
    const letters = [...body.matchAll(/\b([SONCA]) for (\p{Lu}\p{Ll}+) \(/gu)].map((m) => [m[1], m[2]]);
    expect(letters).toEqual([['S', 'Sécurité'], ['O', 'Orgueil'], ['N', 'Nouveauté'], ['C', 'Confort'], ['A', 'Argent'], ['S', 'Sympathie']]);
    for (const [letter, word] of letters) expect(word.startsWith(letter)).toBe(true);
  });
});

/** the texts a learner reads in the shipped mission files: title, brief, objective (its sentence or its parts), recap */
function missionTexts(locale: 'fr' | 'en'): [string, string][] {
  return readdirSync('scenarios/missions').flatMap((file) => {
    const path = JSON.parse(readFileSync(`scenarios/missions/${file}`, 'utf8')) as { missions: Record<string, unknown>[] };
    return path.missions.flatMap((m) =>
      ['title', 'brief', 'objective', 'recap'].flatMap((field) =>
        [m[field]].flat().map((text, i): [string, string] => [`${file} ${String(m.id)} ${field}${i ? ` ${i}` : ''}`, String((text as Record<string, unknown>)[locale] ?? '')]),
      ),
    );
  });
}

describe('the mission files use the course’s names too (review15 F2)', () => {
  it('says « besoins-types (SONCAS) » / « buying motives (SONCAS) » in the briefs, never « motivation », « motif » or « remise sur volume »', () => {
    const frTexts = missionTexts('fr');
    const enTexts = missionTexts('en');
    expect(frTexts.filter(([, text]) => /\bmotifs?\b|motivation|remises? sur volume/i.test(text))).toEqual([]);
    expect(enTexts.filter(([, text]) => /(?<!buying )\bmotives?\b|motivation|volume discount/i.test(text))).toEqual([]);
    expect(frTexts.filter(([, text]) => /besoins-types \(SONCAS\)/.test(text)).length).toBe(4);
    expect(enTexts.filter(([, text]) => /buying motives \(SONCAS\)/.test(text)).length).toBe(4);
  });
});

describe('the game’s points: « Points gagnés » on the dashboard and in the Bilan (F5)', () => {
  it('writes the Bilan’s line as the dashboard’s, never « Score »', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const earned of [0, 1, 2]) {
        const values = { earned, possible: 5 };
        expect(translateCount(locale, 'debrief.objectives.score', earned, values)).toBe(translate(locale, 'dashboard.objectives.score', values));
        expect(translateCount(locale, 'debrief.objectives.score', earned, values)).not.toMatch(/Score/);
      }
    }
  });
});

describe('the scenario’s fixed basket is the « panier de référence du magasin », not the KPI « panier moyen » (F6)', () => {
  const keys = ['decisions.acquisition.costPerRecruit', 'decisions.complaints.help', 'glassBox.rule.complaintCost', 'glassBox.rule.acquisition'];
  it('names it so wherever a cost is priced on it, in French and English', () => {
    for (const key of keys) {
      expect(translate('fr', key), key).toMatch(/panier de référence du magasin/);
      expect(translate('fr', key), key).not.toMatch(/à la mesure du panier moyen|panier moyen (de|du magasin)/);
      expect(translate('en', key), key).toMatch(/the shop’s reference basket/);
      expect(translate('en', key), key).not.toMatch(/mean basket/);
    }
  });
});

describe('the flat discount is named for what it is, not « Remise sur volume » (F7)', () => {
  it('labels the tool « Remise permanente (sur chaque achat) » / « Standing discount », its id unchanged', () => {
    expect(fr.vocabulary.instrument.remiseVolume).toBe('Remise permanente (sur chaque achat)');
    expect(en.vocabulary.instrument.remiseVolume).toBe('Standing discount (on every purchase)');
    expect(strings(fr).filter(([key, text]) => !key.startsWith('glossaryCards.avantageFinancier') && !key.startsWith('strategies.instrumentHelp') && /remises? sur volume/i.test(text))).toEqual([]);
    expect(strings(en).filter(([key, text]) => !key.startsWith('glossaryCards.avantageFinancier') && !key.startsWith('strategies.instrumentHelp') && /volume discount/i.test(text))).toEqual([]);
  });
  it('keeps the course’s volume discount (prix dégressifs) in the glossary, as an example Fidélis does not simulate', () => {
    expect(fr.glossaryCards.avantageFinancier.body).toMatch(/prix dégressifs \(la remise sur volume, .*Fidélis ne la simule pas/);
    expect(en.glossaryCards.avantageFinancier.body).toMatch(/volume prices \(the volume discount, .*Fidélis does not simulate it/);
  });
});
