/**
 * The text of a user's spreadsheet file, whatever encoding the spreadsheet saved it in. French
 * Excel's « CSV (séparateur : point-virgule) » writes Windows-1252 (é is the single byte 0xE9),
 * which read as UTF-8 turns every accented letter into « � » without a word. So: a byte-order mark
 * says the encoding (UTF-8, UTF-16); otherwise the bytes are UTF-8 only if they decode as UTF-8
 * without a single error, and Windows-1252 (Excel's Western European encoding, a superset of
 * Latin-1's letters) when they do not. The caller tells the user which one was used.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  encoding: TextEncoding;
  /** Whether the encoding was named by a byte-order mark at the start of the file. */
  bom: boolean;
}

function bomOf(bytes: Uint8Array): TextEncoding | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Windows-1252's bytes 0x80–0x9F (€, ‚, ƒ, „, …, the curly quotes ‘ ’ “ ”, œ, Œ…): the WHATWG
 * decoder gives them, but Node's TextDecoder('windows-1252') gives the C1 controls of Latin-1
 * instead (so the unit tests would not see the euro sign). The five undefined bytes stay controls.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const marked = bomOf(bytes);
  // the decoder drops the mark of its own encoding; a marked file is read as marked, errors and all
  if (marked) return { text: new TextDecoder(marked).decode(bytes), encoding: marked, bom: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}
