/**
 * French typography of the spaces around « ; : ! ? » and inside « guillemets » (Imprimerie
 * nationale): a non-breaking space (U+00A0) before « : » and after « / before », a narrow
 * non-breaking space (U+202F) before « ; ! ? » and between a number and « % » (as Intl's fr-FR
 * percent format writes it: « 95 % » never wraps between its two halves on a phone); a no-break space
 * between a number and « pt » or « points », and after « ± » (« 72,7 % ± 2,7 pt » wrapped before « pt », QA qa23 F6;
 * English writes that one in its messages, « ±\u00a0{{margin}}\u00a0points »). Authors write ordinary spaces in src/i18n/fr/*.ts;
 * each area file passes its messages through frenchArea() once, when the module is evaluated, so
 * every reader of French (t(), the Node tools, the file checkers) gets the same text, and t() does
 * no extra work. English has none of these spaces (it is never passed through here) but the number's and the sign's.
 *
 * Only a space that is already there changes: a colon with no space before it (« 12:30 »,
 * « https:// ») is left alone, and so are placeholders ({{n}}), which are filled after.
 * French text composed in code (`${label} : ${value}`) goes through frenchText`…` (or NBSP / NNBSP),
 * which spaces its French template only, never the values put into it.
 */

/** NBSP, the space before « : » and inside « » */
export const NBSP = '\u00a0';
/** narrow NBSP (espace fine insécable), the space before « ; ! ? » and « % » */
export const NNBSP = '\u202f';

const SPACES = '[ \\u00a0\\u202f]+';
// marked pure: a bundle that imports only NBSP (the engine worker) drops them (a RegExp call could have effects, as far as the bundler knows)
const BEFORE_COLON = /* @__PURE__ */ new RegExp(`${SPACES}(?=:)`, 'g');
const BEFORE_SEMI_BANG_QUESTION = /* @__PURE__ */ new RegExp(`${SPACES}(?=[;!?])`, 'g');
const AFTER_OPENING = /* @__PURE__ */ new RegExp(`«${SPACES}`, 'g');
const BEFORE_CLOSING = /* @__PURE__ */ new RegExp(`${SPACES}»`, 'g');
// after a digit or a placeholder's `}}` ({{share}} %), filled after
const BEFORE_PERCENT = /* @__PURE__ */ new RegExp(`([0-9]|}})${SPACES}%`, 'g');
// « 2,7 pt », « 3 points »: the unit of a margin or a score (a whole word: « pts », not « ptit »)
const BEFORE_POINTS = /* @__PURE__ */ new RegExp(`([0-9]|}})${SPACES}(?=(?:pts?|points?)(?![A-Za-zÀ-ÿ]))`, 'g');
// « ± 2,7 pt »: the sign stays with its number
const AFTER_PLUS_MINUS = /* @__PURE__ */ new RegExp(`±${SPACES}(?=[0-9]|{{)`, 'g');

/** `text` with the French spaces; idempotent (already right spaces stay, wrong non-breaking ones are corrected). */
export function frenchSpacing(text: string): string {
  if (!/[;:!?«»%±]|p(?:oin)?t/.test(text)) return text;
  return text
    .replace(BEFORE_COLON, NBSP)
    .replace(BEFORE_SEMI_BANG_QUESTION, NNBSP)
    .replace(AFTER_OPENING, `«${NBSP}`)
    .replace(BEFORE_CLOSING, `${NBSP}»`)
    .replace(BEFORE_PERCENT, `$1${NNBSP}%`)
    .replace(BEFORE_POINTS, `$1${NBSP}`)
    .replace(AFTER_PLUS_MINUS, `±${NBSP}`);
}

/**
 * A French text composed in code, as a tagged template: frenchText`partie inconnue : ${id}`. The
 * rule applies to the literal parts only, never to the values (a file name, a URL, a learner's text).
 */
export function frenchText(parts: TemplateStringsArray, ...values: unknown[]): string {
  return parts.reduce((text, part, i) => text + frenchSpacing(part) + (i < values.length ? String(values[i]) : ''), '');
}

/** An area of French messages (nested objects of strings) with frenchSpacing() applied to every string. */
export function frenchArea<T extends object>(area: T): T {
  return spaced(area) as T;
}

function spaced(value: unknown): unknown {
  if (typeof value === 'string') return frenchSpacing(value);
  if (Array.isArray(value)) return value.map(spaced);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, spaced(inner)]));
}

/** The reverse, for text read by programs rather than people (CSV column headers, category labels in cells). */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
