/**
 * Hyphenation by a word list, as TeX's \hyphenation{}: `list` spells words with a hyphen at each
 * point where a line may break (« Nou-veaux Cham-pions »); each listed word of `text` gets a soft
 * hyphen (U+00AD) there, which the browser shows as a hyphen only when it breaks the line. For
 * narrow boxes whose words are known (the RFM grid's segment names): CSS `hyphens: auto` needs a
 * hyphenation dictionary that many browsers lack (Chromium on Linux), and `overflow-wrap` alone cuts
 * a word anywhere, without a hyphen.
 */
export function softHyphens(text: string, list: string): string {
  const words = new Map(
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => [word.replaceAll('-', ''), word.replaceAll('-', '\u00ad')]),
  );
  return text.replace(/\S+/g, (word) => words.get(word) ?? word);
}
