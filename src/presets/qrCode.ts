/**
 * The class link as a QR code, to show on the projector: thirty students scan it with a tablet's
 * camera instead of typing a long address. The encoding itself (Reed–Solomon, masks, versions) is
 * qrcode-generator's (MIT, no dependency); this module only turns the link into a matrix and the
 * matrix into one SVG path. Loaded on demand, with the teacher's "show the QR code" button.
 */
import qrcode from "qrcode-generator";

/** Square matrix of modules, row by row: 1 = dark. */
export interface QrMatrix {
  size: number;
  dark: Uint8Array;
}

/** Light modules around the code that scanners need (the standard's quiet zone). */
export const QUIET_ZONE = 4;

/**
 * Encodes `text` as UTF-8 bytes at error correction level M (15 %: survives glare and a blurry
 * projector), in the smallest version that holds it. Throws a RangeError when it does not fit.
 */
export function qrMatrix(text: string): QrMatrix {
  // the library reads each character's low byte: give it the UTF-8 bytes as characters
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  const qr = qrcode(0, "M");
  qr.addData(binary, "Byte");
  try {
    qr.make();
  } catch {
    throw new RangeError(`qr: ${bytes.length} bytes do not fit in a QR code`);
  }
  const size = qr.getModuleCount();
  const dark = new Uint8Array(size * size);
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++)
      dark[row * size + col] = qr.isDark(row, col) ? 1 : 0;
  return { size, dark };
}

/** The dark modules as one SVG path (a rectangle per horizontal run), shifted by the quiet zone. */
export function qrPath(matrix: QrMatrix): string {
  const { size, dark } = matrix;
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col]) col++;
      parts.push(
        `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`,
      );
    }
  }
  return parts.join("");
}

/** Side of the drawing in modules, quiet zone included (the SVG's viewBox). */
export function qrSide(matrix: QrMatrix): number {
  return matrix.size + 2 * QUIET_ZONE;
}

/** What the dialog draws: the path and its side, or null when the link is too long for a QR code. */
export function qrDrawing(text: string): { path: string; side: number } | null {
  try {
    const matrix = qrMatrix(text);
    return { path: qrPath(matrix), side: qrSide(matrix) };
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
