/**
 * French « de » before a name: « de Bernard », but « d’Alain », « d’Hélène » (elision before a vowel
 * or a mute h; a first name's h is taken as mute, the usual case: « d’Hugo », « d’Henri »).
 */
const ELIDING = /^(?:[aeiouyàâäéèêëîïôöùûüœæ]|h[aeiouyàâäéèêëîïôöùûüœæ])/i;

export function withDe(name: string): string {
  const trimmed = name.trim();
  return ELIDING.test(trimmed) ? `d’${trimmed}` : `de ${trimmed}`;
}
