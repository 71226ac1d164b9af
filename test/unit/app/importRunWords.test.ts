/**
 * An English learner's refused run file (home « Import a run »): the reason is built by the scenario checker, whose English
 * texts come with English's teacher part, which a learner never loads. importRunFile fetches them alone on such a refusal and
 * says the reason in English (it was French). This file starts from a fresh i18n registry: French and English's learner part
 * and the database's messages only, as a learner's page has them (test/setup.ts registers whole languages).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createRun } from '../../../src/db/createRun.ts';
import { exportRunFile } from '../../../src/db/exportRun.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { freshDb, makeCustomers } from '../db/synthetic.ts';

type Modules = {
  importRunFile: typeof import('../../../src/app/importRunFile.ts').importRunFile;
  translate: typeof import('../../../src/i18n/translate.ts').translate;
  hasMessages: typeof import('../../../src/i18n/translate.ts').hasMessages;
  noticeText: typeof import('../../../src/app/noticeText.ts').noticeText;
  setLocale: typeof import('../../../src/i18n/locale.svelte.ts').setLocale;
};
let m: Modules;

/** A fresh i18n registry (and importRunFile reading it) holding what `register` puts there. */
async function freshModules(register: (i18n: typeof import('../../../src/i18n/translate.ts')) => Promise<void>): Promise<Modules> {
  vi.resetModules();
  const i18n = await import('../../../src/i18n/translate.ts');
  await register(i18n);
  return {
    importRunFile: (await import('../../../src/app/importRunFile.ts')).importRunFile,
    translate: i18n.translate,
    hasMessages: i18n.hasMessages,
    noticeText: (await import('../../../src/app/noticeText.ts')).noticeText,
    setLocale: (await import('../../../src/i18n/locale.svelte.ts')).setLocale,
  };
}

/** An exported run, sound: a test changes one field. */
let exported: { customers: Record<string, unknown>[] };

beforeAll(async () => {
  const fdb = await freshDb();
  const { id } = await createRun(fdb, { name: 'partie', scenario: fixtureScenario(), seed: 5, createdAt: '2026-12-06T08:00:00.000Z', customers: makeCustomers(3), stateHash: 'h0' });
  exported = JSON.parse((await exportRunFile(fdb, id, { unnamed: 'partie' })).text);
  fdb.close();
  m = await freshModules(async (i18n) => {
    i18n.registerMessages('fr', (await import('../../../src/i18n/fr.ts')).fr);
    i18n.registerMessages('en', (await import('../../../src/i18n/enLearner.ts')).enLearner);
    // the database's messages: ImportRun.svelte fetches them when an import starts
    i18n.registerMessages('en', { db: (await import('../../../src/i18n/en/db.ts')).db });
  });
});

/** The exported run with its first customer's `key` set to `value`, as text. */
function withCustomer(key: string, value: unknown): string {
  return JSON.stringify({ ...exported, customers: [{ ...exported.customers[0], [key]: value }, ...exported.customers.slice(1)] });
}

type Refused = { code: string; params: Record<string, never> };

/** The file's refusal, made in `locale`. */
async function refused(text: string, locale: 'fr' | 'en', modules = m): Promise<Refused> {
  return modules.importRunFile({} as never, new File([text], 'partie.json'), { locale, now: () => '2026-12-06T09:00:00.000Z' }).then(
    () => {
      throw new Error('accepted');
    },
    (e: unknown) => e as Refused,
  );
}

/** The refusal's message as the learner reads it in `shown` (its notice: ui/home/ImportRun.svelte, NoticeMessage). */
function said(error: Refused, shown: 'fr' | 'en', modules = m): string {
  const t = (key: never, params?: Record<string, string | number>) => modules.translate(shown, key, params);
  return modules.noticeText(t, { id: 0, level: 'error', key: `db.${error.code}`, params: error.params }, shown);
}

/** The refusal's message as the learner reads it, in `locale`. */
async function refusal(text: string, locale: 'fr' | 'en', modules = m): Promise<string> {
  return said(await refused(text, locale, modules), locale, modules);
}

/** A one-line file with a JSON syntax error far from its end (an end is a cut file: importTruncated). */
const syntaxError = `{"format":"fidelis-run",,"version":1,"exportedAt":"${'x'.repeat(200)}"}`;

describe('a refused run file, English learner without the teacher part', () => {
  it('says an invalid field in English, by its name', async () => {
    expect(m.hasMessages('en', 'teacher')).toBe(false);
    expect(await refusal('{"format":"fidelis-run","version":1}', 'en')).toBe('Invalid run file: export date: required field missing. It was probably changed or damaged: export the run again from the computer and browser it was played in.');
  });

  it('says a JSON syntax error in English, with what to do and no « line 1, column N »', async () => {
    expect(await refusal(syntaxError, 'en')).toBe(
      'This file is not a readable JSON file: field name expected in double quotes "…". It was probably changed or damaged: export the run again from the computer and browser it was played in.',
    );
  });

  it('names a customer field and its values as the screens do, with the file texts fetched', async () => {
    expect(await refusal(withCustomer('rfSegment', 'xyz'), 'en')).toMatch(/^Invalid run file: customer 1 › R × F segment: unknown value “xyz”; possible values: Champions, Loyal, /);
  });

  it('says a file beyond its size limit in English, its counts in English figures', async () => {
    const { RUN_FILE_LIMITS } = await import('../../../src/db/runFile.ts');
    const limits = RUN_FILE_LIMITS as { fileChars: number };
    const fileChars = limits.fileChars;
    limits.fileChars = 10_000;
    try {
      expect(await refusal(' '.repeat(12_345), 'en')).toBe('File too large or too much data: 12,345 characters (limit: 10,000).');
      // in French, grouped by a narrow no-break space (« 61234567 caractères » before)
      expect(await refusal(' '.repeat(12_345), 'fr')).toMatch(/^Fichier trop volumineux ou trop de données\s: 12\u202f345 caractères \(limite\s: 10\u202f000\)\.$/);
    } finally {
      limits.fileChars = fileChars;
    }
  });

  it('says the line and column of a syntax error in a long file in the language\'s figures', async () => {
    const text = `{\n${'"format":"fidelis-run",\n'.repeat(1_200)},"a":1\n,"b":1\n}`;
    expect(await refusal(text, 'en')).toMatch(/^This file is not a readable JSON file \(line 1,202, column 1\)/);
  });

  it('keeps French for a French learner', async () => {
    expect(await refusal('{"format":"fidelis-run","version":1}', 'fr')).toMatch(/^Fichier de partie invalide\s: date d’export\s: champ obligatoire manquant\. Il a sans doute été modifié ou abîmé\s: exportez de nouveau la partie/);
  });
});

describe('a refused run file, French learner on a fresh page (French first screen only)', () => {
  let fr: Modules;
  beforeAll(async () => {
    fr = await freshModules(async (i18n) => {
      i18n.registerMessages('fr', (await import('../../../src/i18n/frCore.ts')).frCore);
      i18n.registerMessages('fr', { db: (await import('../../../src/i18n/fr/db.ts')).db });
    });
  });

  it('names a closed list\'s values as the screens do, not their codes, fetching the learner part (review10 #1)', async () => {
    expect(fr.hasMessages('fr', 'learner')).toBe(false);
    const reason = await refusal(withCustomer('stage', 'xyz'), 'fr', fr);
    expect(reason).toMatch(/^Fichier de partie invalide\s: client n° 1 › étape du cycle de vie\s: valeur inconnue «\sxyz\s»\s; valeurs possibles\s: Suspect, Prospect, Nouveau \(1er achat\), Client actif, /);
    expect(reason).not.toMatch(/«\s(actif|dormant)\s»/);
    expect(fr.hasMessages('fr', 'learner')).toBe(true);
  });

  it('names the R × F segment field, not its key', async () => {
    const reason = await refusal(withCustomer('rfSegment', 'xyz'), 'fr', fr);
    expect(reason).toMatch(/^Fichier de partie invalide\s: client n° 1 › segment R × F\s: valeur inconnue «\sxyz\s»\s; valeurs possibles\s: Champions, Fidèles, /);
    expect(reason).not.toMatch(/rfSegment|potentialLoyalists/);
  });
});

describe('a refusal shown while the learner switches the language', () => {
  let fresh: Modules;
  beforeAll(async () => {
    // French whole, English's learner part (no English file texts), the database's messages of both
    fresh = await freshModules(async (i18n) => {
      i18n.registerMessages('fr', (await import('../../../src/i18n/fr.ts')).fr);
      i18n.registerMessages('en', (await import('../../../src/i18n/enLearner.ts')).enLearner);
      i18n.registerMessages('en', { db: (await import('../../../src/i18n/en/db.ts')).db });
    });
  });

  it('writes the whole message again in the new language, the reason with it, its words fetched before the switch shows', async () => {
    const error = await refused(withCustomer('stage', 'xyz'), 'fr', fresh);
    expect(said(error, 'fr', fresh)).toMatch(/^Fichier de partie invalide\s: client n° 1 › étape du cycle de vie\s: valeur inconnue «\sxyz\s»\s; valeurs possibles\s: Suspect, Prospect, /);
    await fresh.setLocale('en');
    expect(said(error, 'en', fresh)).toMatch(/^Invalid run file: customer 1 › lifecycle stage: unknown value “xyz”; possible values: Suspect, Prospect, /);
    // and back
    await fresh.setLocale('fr');
    expect(said(error, 'fr', fresh)).toMatch(/^Fichier de partie invalide\s: client n° 1 › étape du cycle de vie\s: valeur inconnue «\sxyz\s»/);
  });

  it('a JSON syntax reason too', async () => {
    const error = await refused(syntaxError, 'fr', fresh);
    expect(said(error, 'en', fresh)).toBe(
      'This file is not a readable JSON file: field name expected in double quotes "…". It was probably changed or damaged: export the run again from the computer and browser it was played in.',
    );
  });
});
