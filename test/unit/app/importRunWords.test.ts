/**
 * An English learner's refused run file (home « Import a run »): the reason is built by the scenario checker, whose English
 * texts come with English's teacher part, which a learner never loads. importRunFile fetches them alone on such a refusal and
 * says the reason in English (it was French). This file starts from a fresh i18n registry: French and English's learner part
 * and the database's messages only, as a learner's page has them (test/setup.ts registers whole languages).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Modules = {
  importRunFile: typeof import('../../../src/app/importRunFile.ts').importRunFile;
  translate: typeof import('../../../src/i18n/translate.ts').translate;
  hasMessages: typeof import('../../../src/i18n/translate.ts').hasMessages;
};
let m: Modules;

beforeAll(async () => {
  vi.resetModules();
  const i18n = await import('../../../src/i18n/translate.ts');
  i18n.registerMessages('fr', (await import('../../../src/i18n/fr.ts')).fr);
  i18n.registerMessages('en', (await import('../../../src/i18n/enLearner.ts')).enLearner);
  // the database's messages: ImportRun.svelte fetches them when an import starts
  i18n.registerMessages('en', { db: (await import('../../../src/i18n/en/db.ts')).db });
  m = { importRunFile: (await import('../../../src/app/importRunFile.ts')).importRunFile, translate: i18n.translate, hasMessages: i18n.hasMessages };
});

/** The refusal's message as the learner reads it, in `locale`. */
async function refusal(text: string, locale: 'fr' | 'en'): Promise<string> {
  const error = await m.importRunFile({} as never, new File([text], 'partie.json'), { locale, now: () => '2026-12-06T09:00:00.000Z' }).then(
    () => {
      throw new Error('accepted');
    },
    (e: unknown) => e as { code: string; params: Record<string, string | number> },
  );
  return m.translate(locale, `db.${error.code}`, error.params);
}

/** A one-line file with a JSON syntax error far from its end (an end is a cut file: importTruncated). */
const syntaxError = `{"format":"fidelis-run",,"version":1,"exportedAt":"${'x'.repeat(200)}"}`;

describe('a refused run file, English learner without the teacher part', () => {
  it('says an invalid field in English, by its name', async () => {
    expect(m.hasMessages('en', 'teacher')).toBe(false);
    expect(await refusal('{"format":"fidelis-run","version":1}', 'en')).toBe('Invalid run file: export date: required field missing');
  });

  it('says a JSON syntax error in English, with what to do and no « line 1, column N »', async () => {
    expect(await refusal(syntaxError, 'en')).toBe(
      'This file is not a readable JSON file: field name expected in double quotes "…". It was probably changed or damaged: export the run again from the computer and browser it was played in.',
    );
  });

  it('keeps French for a French learner', async () => {
    expect(await refusal('{"format":"fidelis-run","version":1}', 'fr')).toMatch(/^Fichier de partie invalide\s: date d’export\s: champ obligatoire manquant$/);
  });
});
