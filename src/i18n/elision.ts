/**
 * French elision of « de » before a name: « Bilan de Emma Walsh » reads « Bilan d’Emma Walsh » (QA teacher F12),
 * « Ouvrir la fiche de Alain Martin » reads « Ouvrir la fiche d’Alain Martin ».
 * Pure, no Svelte: translate() applies it to French texts.
 *
 * Rule kept small on purpose: « de » becomes « d’ » when the name starts with a vowel, accented or not
 * (a e i o u y, à â ä é è ê ë î ï ô ö ù û ü ÿ, æ œ), in either case, or with an h and a vowel: a first name's h
 * is taken as mute, the usual case (« d’Hélène », « d’Henri », « d’Hugo »). A y followed by a vowel is said as
 * a consonant and keeps « de » (« de Yasmine », « de Yann », « de Yohan »; « d’Yves » before a consonant, and after
 * an h, « d’Hyacinthe », QA qa27class m2).
 * A name starting with a consonant, a digit, a quote or anything else keeps « de ». The customer table and the
 * class view use this one rule.
 */

const ELIDING_START = /^(?:h?[aeiouàâäéèêëîïôöùûüæœ]|h[yÿ]|[yÿ](?![aeiouyàâäéèêëîïôöùûüÿæœ]))/iu;

/** Whether French elides « de » before `word` (a vowel or a mute h, see above). */
export function elidesBefore(word: string): boolean {
  return ELIDING_START.test(word.trimStart().normalize('NFC'));
}

/** « de » + `name` in French: « d’Emma », « d’Hugo », « de Léa ». */
export function deName(name: string): string {
  return elidesBefore(name) ? `d’${name}` : `de ${name}`;
}

/** The placeholders whose value is a person's name, so « de {{name}} » is elided (a student's or a customer's name). */
export const ELIDED_PARAMS: readonly string[] = ['name'];

/**
 * In a French template, « de {{name}} » (or « De {{name}} ») becomes « d’{{name}} » when that name elides.
 * Other placeholders and « de » not right before a name's placeholder are untouched.
 */
export function elideTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/(^|[^\p{L}])([Dd])e \{\{(\w+)\}\}/gu, (whole, before: string, d: string, key: string) => {
    const value = params[key];
    return ELIDED_PARAMS.includes(key) && typeof value === 'string' && elidesBefore(value) ? `${before}${d}’{{${key}}}` : whole;
  });
}
