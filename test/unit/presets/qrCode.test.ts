/**
 * The class link's QR code scans back to the link: the SVG path is drawn into pixels the way a
 * browser would fill it and read by an independent decoder (jsQR), as a phone camera would.
 */
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { onlyOnThisComputer } from "../../../src/presets/linkReach.ts";
import {
  qrMatrix,
  qrPath,
  qrSide,
  QUIET_ZONE,
} from "../../../src/presets/qrCode.ts";

const SCALE = 4;

/** Fills the path's rectangles (`Mx yhWv1h-Wz`) in black on white, SCALE pixels per module. */
function rasterise(path: string, side: number): Uint8ClampedArray {
  const px = side * SCALE;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((r) => r[0]).join("")).toBe(path); // nothing in the path that this reader skipped
  for (const [, x, y, w] of runs) {
    for (let dy = 0; dy < SCALE; dy++)
      for (let dx = 0; dx < Number(w) * SCALE; dx++) {
        const o = ((Number(y) * SCALE + dy) * px + Number(x) * SCALE + dx) * 4;
        rgba[o] = rgba[o + 1] = rgba[o + 2] = 0;
      }
  }
  return rgba;
}

function scan(text: string): string | undefined {
  const matrix = qrMatrix(text);
  const side = qrSide(matrix);
  return jsQR(rasterise(qrPath(matrix), side), side * SCALE, side * SCALE)
    ?.data;
}

describe("class link QR code", () => {
  it("scans back to a full class link", () => {
    const link =
      "https://ecole.example/fidelis/?shop=boulangerie-du-marche&mission=1&seed=42&lang=fr&mode=committed&lock=enquete&hide=acquisition&display=projector&motion=reduced#/missions";
    expect(scan(link)).toBe(link);
  });

  it("keeps accented characters of a local address (UTF-8)", () => {
    const link =
      "file:///C:/Cours BTS/fidélis – MCO/index.html?shop=optique-lumiere#/missions";
    expect(scan(link)).toBe(link);
  });

  it("grows with the link and leaves the quiet zone empty", () => {
    const short = qrMatrix("https://a.fr/");
    const long = qrMatrix(`https://ecole.example/${"x".repeat(300)}`);
    expect(short.size).toBe(21); // version 1
    expect(long.size).toBeGreaterThan(short.size);
    expect((long.size - 17) % 4).toBe(0); // 17 + 4 x version modules a side
    const path = qrPath(short);
    const coordinates = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].flatMap(
      ([, x, y, w]) => [Number(x), Number(y), Number(x) + Number(w)],
    );
    expect(Math.min(...coordinates)).toBe(QUIET_ZONE);
    expect(Math.max(...coordinates)).toBe(QUIET_ZONE + short.size);
  });

  it("refuses a text too long for any QR code", () => {
    expect(() => qrMatrix("x".repeat(5000))).toThrow(RangeError);
  });
});

describe("a class link only this computer can open", () => {
  it("is a file or a loopback address", () => {
    expect(
      onlyOnThisComputer("file:///C:/Cours/fidelis.html?shop=x#/missions"),
    ).toBe(true);
    expect(onlyOnThisComputer("http://localhost:5173/?seed=4")).toBe(true);
    expect(onlyOnThisComputer("http://127.0.0.1:4173/")).toBe(true);
    expect(onlyOnThisComputer("http://[::1]:8080/")).toBe(true);
    expect(
      onlyOnThisComputer("https://ent.lycee-exemple.fr/fidelis/?shop=x"),
    ).toBe(false);
    expect(onlyOnThisComputer("http://192.168.1.20:4173/")).toBe(false); // the class's network: reachable
    expect(onlyOnThisComputer("not a link")).toBe(false);
  });
});
