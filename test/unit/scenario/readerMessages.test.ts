/**
 * QA qa22 F5: a teacher checking a learner's result file (and a learner importing a run) read
 * « decisions[1].actions[0].type « décision n° 2 › action n° 1 › type » : type d’action inconnu « inconnu » ;
 * types possibles : financier, lienSocial, … [ligne 1, colonne 2472] »: the file's internal path, the code
 * names and the column of a one-line file. validateFile's `reader` says the field and the values by the names
 * the screens show, nothing else; an author (editor, command line) keeps the path, the codes to type and the line.
 */
import { describe, expect, it } from 'vitest';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { customerRecordSchema } from '../../../src/db/recordSchemas.ts';
import { validateFile } from '../../../src/scenario/validate.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const oneLine = JSON.stringify([
  { tick: 0, actions: [] },
  { tick: 2, actions: [{ type: 'inconnu' }] },
]);
const options = { rootItem: 'decisions', reader: true } as const;
const texts = (input: unknown, opts: Parameters<typeof validateFile>[2]) => {
  const result = validateFile(decisionsLogSchema, input, opts);
  return result.ok ? [] : result.errors.map((e) => e.text);
};

describe('file messages for a reader who does not edit the file (QA qa22 F5)', () => {
  it('an unknown action type: the field in words and the types by their screen names, in French', () => {
    expect(texts(oneLine, options)).toEqual([
      frenchText`décision n° 2 › action n° 1 › type : type d’action inconnu « inconnu » ; types possibles : Avantage financier, Lien social, Personnalisation, Customisation, Collecte de données, Enquête de satisfaction, Politique de réclamations, Recrutement, Arrêt d’un programme`,
    ]);
  });

  it('and in English', () => {
    expect(texts(oneLine, { ...options, locale: 'en' })).toEqual([
      'decision 2 › action 1 › type: unknown action type “inconnu”; possible types: Financial advantage, Social bonding, Personalisation, Customisation, Data collection, Satisfaction survey, Complaint policy, Recruitment, Programme stopped',
    ]);
  });

  it('a closed list’s values (an instrument, a segment) by their screen names too', () => {
    const bad = [{ tick: 1, actions: [{ type: 'financier', instrument: 'cadeau', discountRate: 0.1, target: { segments: ['vip'] } }] }];
    const [instrument, segment] = texts(bad, options);
    expect(instrument).toBe(frenchText`décision n° 1 › action n° 1 › instrument : valeur inconnue « cadeau » ; valeurs possibles : Bons de réduction, Programme à points, Remise permanente (sur chaque achat)`);
    expect(segment).toMatch(/valeurs possibles\s: Nouveau client \(RFM\), Très bon client, Bon client, Futur non-client, Inactif \(RFM\)$/);
    expect(texts(bad, { ...options, locale: 'en' })[0]).toBe('decision 1 › action 1 › instrument: unknown value “cadeau”; possible values: Coupons, Points programme, Standing discount (on every purchase)');
    for (const text of [instrument, segment]) expect(text).not.toMatch(/coupon|remiseVolume|tresBon|futurNonClient|\[/);
  });

  it('a syntax error of a one-line file has no « ligne 1, colonne N »; a file of several lines keeps them', () => {
    expect(texts(oneLine.replace('"tick":2', '"tick" 2'), options)).toEqual([frenchText`le fichier n’est pas un JSON valide : deux-points « : » attendu après le nom du champ`]);
    expect(texts(oneLine.replace('"tick":2', '"tick" 2'), { ...options, locale: 'en' })).toEqual(['the file is not valid JSON: colon ":" expected after the field name']);
    const lines = JSON.stringify(JSON.parse(oneLine), null, 2).replace('"tick": 2', '"tick" 2');
    expect(texts(lines, options)).toEqual([frenchText`le fichier n’est pas un JSON valide, ligne 7, colonne 12 : deux-points « : » attendu après le nom du champ`]);
  });

  it('an author who types the file keeps the path, the codes to write (with their names) and the line', () => {
    const [text] = texts(oneLine, { rootItem: 'decisions' });
    expect(text).toContain(
      frenchText`[1].actions[0].type « décision n° 2 › action n° 1 › type » : type d’action inconnu « inconnu » ; types possibles : « financier » (Avantage financier), « lienSocial » (Lien social),`,
    );
    expect(text).toMatch(/\[ligne 1, colonne \d+\]$/);
  });
  it('a run file’s customer: its contact channel, stage, motive and R × F segment by their screen names too (review9 #3)', () => {
    const result = validateFile(customerRecordSchema, { channel: 'xyz', stage: 'xyz', motive: 'xyz', rfSegment: 'xyz' }, { reader: true });
    const closed = result.ok ? [] : result.errors.map((e) => e.text).filter((text) => text.includes('xyz'));
    expect(closed).toHaveLength(4);
    // the channel is a contact channel (Magasin, Téléphone…), not an acquisition one; no code is quoted
    expect(closed.find((text) => text.includes('Téléphone'))).toMatch(/Magasin, Téléphone, Courrier, E-mail, SMS, Site web$/);
    for (const text of closed) expect(text.replace(/«\s*xyz\s*»/u, '')).not.toMatch(/«/);
  });
});

describe('counts in a file message, in the reader’s figures', () => {
  // a target of 200 001 customers (a list of at most 200 000): « 200000 » and « 200001 » before
  const ids = Array.from({ length: 200_001 }, (_, i) => i);
  const tooMany = [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { customerIds: ids } }] }];

  it('a list’s length and its limit, grouped by a narrow no-break space in French and a comma in English', () => {
    expect(texts(tooMany, options)[0]).toMatch(/la liste doit contenir au plus 200\u202f000 éléments \(reçu\s: 200\u202f001\)$/);
    expect(texts(tooMany, { ...options, locale: 'en' })[0]).toMatch(/the list must hold at most 200,000 items \(it holds 200,001\)$/);
  });

  it('the line of a syntax error in a long file', () => {
    const long = `[\n${'{ "tick": 0, "actions": [] },\n'.repeat(1_200)},\n{ "tick": 1, "actions": [] }\n]`;
    expect(texts(long, options)[0]).toMatch(/^le fichier n’est pas un JSON valide, ligne 1\u202f202, colonne 1\s:/);
    expect(texts(long, { ...options, locale: 'en' })[0]).toMatch(/^the file is not valid JSON, line 1,202, column 1:/);
  });
});
