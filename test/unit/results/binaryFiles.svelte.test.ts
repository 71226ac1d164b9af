/**
 * A picture (or any binary) renamed .json or .csv (QA robust #11): the Accueil read it as UTF-8 and
 * said « caractère inattendu « � » », the scenario editor read it as Windows-1252 and said
 * « caractère inattendu « ‰ » ». Every reader now says what the file is not and that it is an image
 * or a binary file, with the same sentence whichever encoding its bytes were read in.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRunFile } from '../../../src/db/importRun.ts';
import { DbError } from '../../../src/db/errors.ts';
import { decodeText } from '../../../src/import/decodeText.ts';
import { readResultFile } from '../../../src/results/readResultFile.ts';
import { EditorController } from '../../../src/ui/editor/editorController.svelte.ts';
import { ScenarioDraft } from '../../../src/ui/editor/scenarioDraft.svelte.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { AnalyticsStore } from '../../../src/app/analytics/analyticsStore.svelte.ts';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { translate } from '../../../src/i18n/translate.ts';

/** the repository (vitest runs from it; import.meta.url is not a file URL under jsdom) */
const ROOT = process.cwd();

/** A deterministic generator for the picture's pixels. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    bytes[i] = seed >>> 16;
  }
  return bytes;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array([...Buffer.from(type, 'latin1'), ...data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return out;
}

/** A real PNG: 32 × 32 pixels of noise, RGB, one filter byte a row. */
function png(): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, 32);
  view.setUint32(4, 32);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = noise(32 * (1 + 32 * 3), 7);
  for (let row = 0; row < 32; row++) pixels[row * (1 + 32 * 3)] = 0;
  const parts = [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', new Uint8Array(0))];
  return new Uint8Array(parts.flatMap((p) => [...p]));
}

/** Binary with no NUL byte at all (a compressed archive's middle, say): not told by a NUL alone. */
const noNul = noise(4096, 99).map((b) => (b === 0 ? 1 : b));

/** The two readings of the same bytes: File.text() (UTF-8, « � » for what is not), and decodeText (Windows-1252 when not UTF-8). */
function readings(bytes: Uint8Array): string[] {
  const decoded = decodeText(bytes);
  expect(decoded.encoding).toBe('windows-1252');
  return [new TextDecoder('utf-8').decode(bytes), decoded.text];
}

const shipped = shippedScenarios().scenarios;
let cleanup: () => void = () => {};
afterEach(() => cleanup());

function editor(): EditorController {
  let controller!: EditorController;
  cleanup = $effect.root(() => {
    controller = new EditorController({
      draft: new ScenarioDraft(structuredClone(shipped[0].scenario), () => 'fr'),
      storage: null,
      shipped,
      locale: () => 'fr',
      href: () => 'https://ecole.example/fidelis/',
      copyText: async () => {},
      now: () => '2026-12-02T16:00:00.000Z',
    });
  });
  return controller;
}

describe('a picture or a binary file given as a Fidélis file', () => {
  const files = { png: png(), noNul };

  it.each(Object.entries(files))('run file (Accueil « Importer une partie »), %s: « pas une partie Fidélis exportée : c’est une image ou un fichier binaire »', (_, bytes) => {
    for (const text of readings(bytes)) {
      let error: unknown = null;
      try {
        parseRunFile(text, 'fr');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DbError);
      expect((error as DbError).code).toBe('importNotText');
      expect(translate('fr', (error as DbError).messageKey)).toBe(
        frenchText`Ce fichier n’est pas une partie Fidélis exportée : c’est une image ou un fichier binaire. Choisissez le fichier .json créé par le bouton « Exporter » de l’Accueil.`,
      );
    }
  });

  it.each(Object.entries(files))('scenario (editor « Importer un fichier »), %s: one sentence, the draft untouched', (_, bytes) => {
    for (const text of readings(bytes)) {
      const controller = editor();
      const before = controller.draft.snapshot();
      controller.importText('photo.json', text);
      expect(controller.status).toMatchObject({
        kind: 'error',
        text: frenchText`Le fichier photo.json n’a pas été importé ; rien n’a été modifié. Ce fichier n’est pas un scénario Fidélis : c’est une image ou un fichier binaire. Choisissez le fichier .json du scénario.`,
      });
      expect(controller.status?.details ?? []).toEqual([]);
      expect(controller.draft.snapshot()).toEqual(before);
    }
  });

  it.each(Object.entries(files))('result file (Vue classe), %s: the same reason, fr and en', (_, bytes) => {
    for (const text of readings(bytes)) {
      expect(readResultFile(text, 'fr')).toEqual({ ok: false, errors: [frenchText`ce fichier n’est pas un fichier de résultat Fidélis : c’est une image ou un fichier binaire. Demandez à l’élève le fichier .json créé par « Rendre mon travail » (écran Missions) ou, dans le Bilan, par « Rendre mon travail maintenant » (partie en cours) ou « Télécharger le fichier de résultat » (partie finie)`] });
      expect(readResultFile(text, 'en')).toEqual({ ok: false, errors: ['this file is not a Fidélis result file: it is an image or a binary file. Ask the learner for the .json file made by “Hand in my work” (Missions screen) or, in the Debrief, by “Hand in my work now” (game in progress) or “Download the result file” (game over)'] });
    }
  });

  it('transaction file (Données réelles), either reading: « pas un fichier CSV : c’est une image ou un fichier binaire »', async () => {
    for (const text of readings(files.png)) {
      const store = new AnalyticsStore(inPageClient(), () => null);
      await store.load({ kind: 'text', text }, 'photo.csv', 'csv');
      expect(store.failure).toEqual({ key: 'fileNotText', params: { file: 'photo.csv' } });
    }
    const store = new AnalyticsStore(inPageClient(), () => null);
    await store.load({ kind: 'file', file: new Blob([files.png]) }, 'photo.csv', 'csv');
    expect(store.failure).toEqual({ key: 'fileNotText', params: { file: 'photo.csv' } });
    expect(translate('fr', 'analytics.fileNotText', { file: 'photo.csv' })).toMatch(/^Le fichier photo\.csv n’est pas un fichier CSV\u00a0: c’est une image ou un fichier binaire /);
  });

  it('npm run score / rfm say the screen’s sentence, exit code 1, nothing on stdout', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'fidelis-binary-'));
    try {
      const file = join(dir, 'photo.csv');
      writeFileSync(file, files.png);
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/score.ts', file, '--format', 'csv', '--json'], { cwd: ROOT, encoding: 'utf8' });
      expect(res.status).toBe(1);
      expect(res.stdout).toBe('');
      expect(res.stderr).toBe(`${translate('fr', 'analytics.notText')}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
