/** A test helper: the text of each page of a PDF Chromium printed (page.pdf), to check what a printed page holds. */
import { inflateSync } from 'node:zlib';
/** The text of each page of a Chromium (Skia) PDF, decoded through its fonts' ToUnicode maps (merged). */
export function pdfPagesText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const body = m[2];
    const at = body.indexOf('stream');
    let stream: Buffer | null = null;
    let dict = body;
    if (at >= 0) {
      dict = body.slice(0, at);
      let start = m.index + m[0].indexOf(body) + at + 'stream'.length;
      if (raw[start] === '\r') start++;
      if (raw[start] === '\n') start++;
      const len = /\/Length (\d+)/.exec(dict);
      const bytes = pdf.subarray(start, start + Number(len?.[1] ?? 0));
      try {
        stream = /FlateDecode/.test(dict) ? inflateSync(bytes) : bytes;
      } catch {
        stream = null;
      }
    }
    objects.set(Number(m[1]), { dict, stream });
  }
  const map = new Map<string, string>();
  for (const { stream } of objects.values()) {
    const text = stream?.toString('latin1') ?? '';
    if (!text.includes('begincmap')) continue;
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, src, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(src.toUpperCase(), hexToText(dst));
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const a = parseInt(lo, 16);
        const b = parseInt(hi, 16);
        const d = parseInt(dst, 16);
        for (let i = a; i <= b; i++) map.set(i.toString(16).toUpperCase().padStart(lo.length, '0'), String.fromCodePoint(d + i - a));
      }
  }
  // the page tree in order, from its root (the /Pages without /Parent) down its /Kids
  const order: { dict: string }[] = [];
  const walk = (node: { dict: string } | undefined): void => {
    if (!node) return;
    const kids = /\/Type\s*\/Pages\b/.test(node.dict) ? /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] : undefined;
    if (kids === undefined) order.push(node);
    else for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(objects.get(Number(k[1])));
  };
  walk([...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict)));
  return order.map((page) => {
    const refs = /\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(page.dict);
    const ids = refs ? (refs[1] ? [...refs[1].matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1])) : [Number(refs[2])]) : [];
    const content = ids.map((id) => objects.get(id)?.stream?.toString('latin1') ?? '').join('\n');
    return [...content.matchAll(/<([0-9A-Fa-f]+)>/g)].map(([, hex]) => hex.match(/.{4}/g)!.map((g) => map.get(g.toUpperCase()) ?? '').join('')).join(' ');
  });
}
function hexToText(hex: string): string {
  const codes = hex.match(/.{4}/g)!.map((h) => parseInt(h, 16));
  return String.fromCharCode(...codes);
}
