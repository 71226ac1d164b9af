import { describe, expect, it } from 'vitest';
import { frenchArea, frenchSpacing, frenchText, NBSP, NNBSP, plainSpaces } from '../../src/i18n/frenchSpacing.ts';
import { fr } from '../../src/i18n/fr.ts';
import { en } from '../../src/i18n/en.ts';
import { frCore } from '../../src/i18n/frCore.ts';
import { frLearner } from '../../src/i18n/frLearner.ts';
import { frTeacher } from '../../src/i18n/frTeacher.ts';
import { frMissions } from '../../src/i18n/frMissions.ts';
import { translate } from '../../src/i18n/translate.ts';

/** every string of a catalogue, with its key */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

/** a space other than the right one before ; : ! ? or inside « » (inside, the guillemet's space wins: « ? »), or between a number and « % », « pt », « points », or after « ± » */
const WRONG_FRENCH = /(?<!«)[ \u00a0](?=[;!?])|[ \u202f](?=:)|«[ \u202f]|[ \u202f]»|[0-9}][ \u00a0]%|[0-9}][ \u202f](?:pts?|points?)(?![A-Za-zÀ-ÿ])|±[ \u202f](?=[0-9{])/;
/** English: the same for « points » and « ± » (written with their no-break space in the messages) */
const WRONG_ENGLISH_UNIT = /[0-9}][ \u202f]points?\b|±[ \u202f](?=[0-9{])/;

describe('frenchSpacing', () => {
  it('puts a no-break space before a colon and a narrow one before ; ! ?', () => {
    expect(frenchSpacing('Total : 3')).toBe(`Total${NBSP}: 3`);
    expect(frenchSpacing('oui ; non')).toBe(`oui${NNBSP}; non`);
    expect(frenchSpacing('Attention !')).toBe(`Attention${NNBSP}!`);
    expect(frenchSpacing('Vraiment ?')).toBe(`Vraiment${NNBSP}?`);
    expect(frenchSpacing('Déjà ?!')).toBe(`Déjà${NNBSP}?!`);
  });

  it('puts a no-break space inside guillemets, also when they are empty', () => {
    expect(frenchSpacing('le bouton « Jouer »')).toBe(`le bouton «${NBSP}Jouer${NBSP}»`);
    expect(frenchSpacing('« »')).toBe(`«${NBSP}»`);
    expect(frenchSpacing('« ; »')).toBe(`«${NBSP};${NBSP}»`);
    expect(frenchSpacing('les boutons « ? »')).toBe(`les boutons «${NBSP}?${NBSP}»`);
  });

  it('leaves a colon without a space alone: times, URLs, ratios written tight', () => {
    for (const text of ['12:30', 'https://example.org/?a=1&b=2', 'mailto:prof@example.org', 'x:y', 'Fidélis', '']) expect(frenchSpacing(text)).toBe(text);
    expect(frenchSpacing('ouverture à 12:30 : voir https://example.org/x?y=1')).toBe(`ouverture à 12:30${NBSP}: voir https://example.org/x?y=1`);
  });

  it('puts a narrow no-break space between a number or a placeholder and « % »', () => {
    expect(frenchSpacing('à 95 % de la marge')).toBe(`à 95${NNBSP}% de la marge`);
    expect(frenchSpacing(`entre 69 % et 75${NBSP}%`)).toBe(`entre 69${NNBSP}% et 75${NNBSP}%`);
    expect(frenchSpacing('{{share}} % de la cible')).toBe(`{{share}}${NNBSP}% de la cible`);
    expect(frenchSpacing(`95${NNBSP}%`)).toBe(`95${NNBSP}%`);
    // no number before it, or no space: left alone
    for (const text of ['le % des ventes', '95%', 'taux en %']) expect(frenchSpacing(text)).toBe(text);
    expect(frenchText`remise de 10 % : ${'5 %'}`).toBe(`remise de 10${NNBSP}%${NBSP}: 5 %`);
  });

  it('binds « pt » and « points » to their number and « ± » to its own (QA qa23 F6: « 72,7 % ± 2,7 » then « pt » alone on the next line)', () => {
    expect(frenchSpacing('{{mean}} ± {{margin}} pt')).toBe(`{{mean}} ±${NBSP}{{margin}}${NBSP}pt`);
    expect(frenchSpacing('une satisfaction de 72 % ± 3 pt, environ 9 points pour 100 réponses')).toBe(`une satisfaction de 72${NNBSP}% ±${NBSP}3${NBSP}pt, environ 9${NBSP}points pour 100 réponses`);
    expect(frenchSpacing('Score : {{earned}} point sur {{possible}}')).toBe(`Score${NBSP}: {{earned}}${NBSP}point sur {{possible}}`);
    // not a unit: no number before it, another word, a « ± » without a number after it
    for (const text of ['le point de vente', 'les points forts', '3 pointes', '2 ptits', 'marge ± écart']) expect(frenchSpacing(text)).toBe(text);
    expect(frenchSpacing(frenchSpacing('± 2,7 pt'))).toBe(`±${NBSP}2,7${NBSP}pt`);
  });

  it('keeps placeholders, which are filled after', () => {
    expect(frenchSpacing('{{label}} : {{value}} ; « {{name}} » ?')).toBe(`{{label}}${NBSP}: {{value}}${NNBSP}; «${NBSP}{{name}}${NBSP}»${NNBSP}?`);
  });

  it('keeps the right spaces, corrects the wrong no-break one, and squeezes a run of spaces', () => {
    const right = `Total${NBSP}: 3${NNBSP}; «${NBSP}x${NBSP}»${NNBSP}!`;
    expect(frenchSpacing(right)).toBe(right);
    expect(frenchSpacing(`Total${NNBSP}: 3${NBSP}?`)).toBe(`Total${NBSP}: 3${NNBSP}?`);
    expect(frenchSpacing('Total   : 3')).toBe(`Total${NBSP}: 3`);
    expect(frenchSpacing(frenchSpacing('a : b ; « c » ?'))).toBe(frenchSpacing('a : b ; « c » ?'));
  });

  it('frenchText spaces the template only, never the values put into it', () => {
    const value = 'https://x.org/a : b ?';
    expect(frenchText`reçu : « ${value} » ; ${12}`).toBe(`reçu${NBSP}: «${NBSP}${value}${NBSP}»${NNBSP}; 12`);
    expect(frenchText`${'a'} : ${'b'}`).toBe(`a${NBSP}: b`);
  });

  it('frenchArea spaces every string of nested messages without touching its input', () => {
    const area = { a: 'x : y', b: { c: 'z ?', d: ['« e »'] } };
    expect(frenchArea(area)).toEqual({ a: `x${NBSP}: y`, b: { c: `z${NNBSP}?`, d: [`«${NBSP}e${NBSP}»`] } });
    expect(area.a).toBe('x : y');
  });

  it('plainSpaces gives ordinary spaces back (CSV headers)', () => {
    expect(plainSpaces(`Montant${NBSP}: total${NNBSP}?`)).toBe('Montant : total ?');
  });
});

describe('French catalogue', () => {
  it('has the French spaces in every message of every area, however it is loaded', () => {
    for (const catalogue of [fr, frCore, frLearner, frTeacher, frMissions]) {
      const wrong = strings(catalogue).filter(([, text]) => WRONG_FRENCH.test(text));
      expect(wrong).toEqual([]);
    }
    // the rule did run: the catalogue has such signs
    expect(strings(fr).filter(([, text]) => text.includes(`${NBSP}:`)).length).toBeGreaterThan(100);
    expect(strings(fr).filter(([, text]) => text.includes(`${NNBSP}%`)).length).toBeGreaterThan(10);
    expect(strings(fr).filter(([, text]) => text.includes(`${NBSP}pt`)).length).toBeGreaterThan(5);
  });

  it('t() fills a French message without spacing the values', () => {
    expect(translate('fr', 'presets.linkBroken', { detail: 'a : b' })).toBe(`Le lien de scénario ne peut pas être ouvert${NBSP}: a : b`);
    expect(translate('en', 'presets.linkBroken', { detail: 'a : b' })).toBe('The scenario link cannot be opened: a : b');
  });

  it('English binds « points » to its number and « ± » to its own, as French does (QA qa23 F6)', () => {
    expect(strings(en).filter(([, text]) => WRONG_ENGLISH_UNIT.test(text))).toEqual([]);
    expect(translate('en', 'dashboard.satisfaction.value', { mean: '69.2%', margin: '2.6' })).toBe(`69.2% ±${NBSP}2.6${NBSP}points`);
    expect(translate('fr', 'dashboard.satisfaction.value', { mean: `72,7${NNBSP}%`, margin: '2,7' })).toBe(`72,7${NNBSP}% ±${NBSP}2,7${NBSP}pt`);
  });

  it('English has none of these spaces', () => {
    const wrong = strings(en).filter(([, text]) => /[\u00a0\u202f][;:!?»%]|«[\u00a0\u202f]/.test(text));
    expect(wrong).toEqual([]);
  });
});
