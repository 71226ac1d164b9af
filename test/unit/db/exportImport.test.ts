/** A run as one JSON file: round trip, conflicts that need confirmation, hostile and broken files. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitTick } from '../../../src/db/commitTick.ts';
import { getCustomerFile } from '../../../src/db/customerFile.ts';
import { queryCustomers } from '../../../src/db/customerQueries.ts';
import { DbError } from '../../../src/db/errors.ts';
import { exportRunFile, exportRunObject } from '../../../src/db/exportRun.ts';
import { distinctName, importRun, parseRunFile, RESULT_FILE_FORMAT } from '../../../src/db/importRun.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { RUN_FILE_LIMITS } from '../../../src/db/runFile.ts';
import { getRun, listRuns, loadRun, renameRun } from '../../../src/db/runsRepository.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { RESULT_FORMAT } from '../../../src/results/resultFileSchema.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { changedRecords, freshDb, makeCustomers, reportOf } from './synthetic.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

let fdb: FidelisDb;
let runId: string;
const base = makeCustomers(120).map((c, i) => (i === 3 ? { ...c, lastName: '<img src=x onerror=alert(1)>' } : c));

beforeEach(async () => {
  fdb = await freshDb();
  runId = (await createRun(fdb, { name: 'Boulangerie « test »', scenario: fixtureScenario(), seed: 5, createdAt: '2026-11-23T08:00:00.000Z', customers: base, stateHash: 'h0' })).id;
  for (let t = 0; t < 3; t++)
    await commitTick(fdb, {
      runId,
      report: reportOf(t, 120),
      records: changedRecords(base, t, 7),
      stateHash: `h${t + 1}`,
      decisions: t === 1 ? { tick: 1, actions: [{ type: 'politiqueReclamations', level: 'rapide' }] } : undefined,
    });
});
afterEach(() => fdb.close());

async function exported(): Promise<Record<string, unknown>> {
  return JSON.parse((await exportRunFile(fdb, runId, { unnamed: 'partie', now: '2026-11-23T09:00:00.000Z' })).text);
}

describe('export then import', () => {
  it('restores the same run in another database, record for record', async () => {
    const file = await exportRunFile(fdb, runId, { unnamed: 'partie', now: '2026-11-23T09:00:00.000Z' });
    expect(file.fileName).toBe('fidelis-boulangerie-test-p3.json');
    expect(file.blob.type).toBe('application/json');
    const target = await freshDb();
    const result = await importRun(target, file.text, { now: '2026-11-23T10:00:00.000Z' });
    expect(result.status).toBe('imported');
    const [a, b] = [await loadRun(fdb, runId), await loadRun(target, runId)];
    // pagesStamp is this database's own (page cache validity), not part of the run
    expect(b.run).toEqual({ ...a.run, updatedAt: '2026-11-23T10:00:00.000Z', pagesStamp: undefined });
    expect(b.kpis).toEqual(a.kpis);
    expect(b.snapshot).toBeNull(); // rebuilt by replaying scenario + seed + decisions
    const [ca, cb] = [await queryCustomers(fdb, runId, { limit: 1000 }), await queryCustomers(target, runId, { limit: 1000 })];
    expect(cb.rows).toEqual(JSON.parse(JSON.stringify(ca.rows))); // JSON has no -0 (the fixture writes -0 ticks)
    expect(cb.rows[3].lastName).toBe('<img src=x onerror=alert(1)>'); // kept as text
    for (const tick of [0, 1, 2]) {
      const [pa, pb] = [await fdb.db.get('purchases', [runId, tick]), await target.db.get('purchases', [runId, tick])];
      expect(pb?.amount).toEqual(pa?.amount);
      expect(pb?.customer).toEqual(pa?.customer);
    }
    const someone = reportOf(1, 120).purchases.customer[0];
    expect(await getCustomerFile(target, runId, someone)).toEqual(await getCustomerFile(fdb, runId, someone));
    target.close();
  });

  it('names the file of a run whose name keeps no letter or digit with the learner\'s word for a run', async () => {
    await renameRun(fdb, runId, '« ★ »');
    for (const [locale, fileName] of [
      ['fr', 'fidelis-partie-p3.json'],
      ['en', 'fidelis-run-p3.json'],
    ] as const)
      expect((await exportRunFile(fdb, runId, { unnamed: translate(locale, 'savedRuns.exportUnnamed') })).fileName).toBe(fileName);
  });

  it('asks before overwriting a run with the same id, then overwrites or copies', async () => {
    const text = (await exportRunFile(fdb, runId, { unnamed: 'partie' })).text;
    await commitTick(fdb, { runId, report: reportOf(3, 120), records: [], stateHash: 'h4' });
    const conflict = await importRun(fdb, text);
    expect(conflict).toEqual({ status: 'conflict', existing: { id: runId, name: 'Boulangerie « test »' } });
    expect((await getRun(fdb, runId)).currentTick).toBe(4); // untouched

    const copy = await importRun(fdb, text, { onConflict: 'copy', copyName: 'Copie importée' });
    expect(copy.status === 'imported' && copy.run.id).not.toBe(runId);
    expect((await listRuns(fdb)).runs.map((r) => r.name).sort()).toEqual(['Boulangerie « test »', 'Copie importée']);

    const overwritten = await importRun(fdb, text, { onConflict: 'overwrite' });
    expect(overwritten.status).toBe('imported');
    const loaded = await loadRun(fdb, runId);
    expect(loaded.run.currentTick).toBe(3);
    expect(loaded.kpis.map((k) => k.tick)).toEqual([0, 1, 2]);
    expect(await fdb.db.get('purchases', [runId, 3])).toBeUndefined(); // the newer tick is gone with the old run
  });

  it('names the copy of a file imported twice « … (2) », then « … (3) », never like another run', async () => {
    const text = (await exportRunFile(fdb, runId, { unnamed: 'partie' })).text;
    const names = async () => (await listRuns(fdb)).runs.map((r) => r.name).sort();
    const second = await importRun(fdb, text, { onConflict: 'copy' });
    expect(second.status === 'imported' && second.run.name).toBe('Boulangerie « test » (2)');
    await importRun(fdb, text, { onConflict: 'copy' });
    expect(await names()).toEqual(['Boulangerie « test »', 'Boulangerie « test » (2)', 'Boulangerie « test » (3)']);
    expect(distinctName('x'.repeat(200), ['x'.repeat(200)])).toBe(`${'x'.repeat(196)} (2)`);
    expect(distinctName('Libre', ['Autre'])).toBe('Libre');
  });

  it('keeps the model fingerprint of the run in its file, and the file\'s (or the checked one) in the imported run', async () => {
    await commitTick(fdb, { runId, report: reportOf(3, 120), records: [], stateHash: 'h4', modelFingerprint: 'model-a' });
    expect((await getRun(fdb, runId)).modelFingerprint).toBe('model-a');
    const file = await exportRunObject(fdb, runId);
    expect(file.modelFingerprint).toBe('model-a');
    const target = await freshDb();
    const kept = await importRun(target, JSON.stringify(file));
    expect(kept.status === 'imported' && kept.run.modelFingerprint).toBe('model-a');
    expect((await getRun(target, runId)).modelFingerprint).toBe('model-a');
    const checked = await importRun(target, JSON.stringify(file), { onConflict: 'overwrite', modelFingerprint: 'model-b' });
    expect(checked.status === 'imported' && checked.run.modelFingerprint).toBe('model-b');
    // a tick saved without one leaves the model unknown
    await commitTick(target, { runId, report: reportOf(4, 120), records: [], stateHash: 'h5' });
    expect((await getRun(target, runId)).modelFingerprint).toBeUndefined();
    target.close();
  });
});

describe('hostile or broken files', () => {
  const rejects = (text: string, code: string) => {
    try {
      parseRunFile(text);
    } catch (error) {
      expect(error).toBeInstanceOf(DbError);
      expect((error as DbError).code).toBe(code);
      return error as DbError;
    }
    throw new Error('accepted');
  };

  it('rejects text that is not JSON, and JSON that is not a run', () => {
    rejects('{"format": "fidelis-run", ', 'importTruncated');
    rejects('', 'importNotJson');
    rejects('[1, 2, 3]', 'importWrongFormat');
    const other = rejects('{"format": "autre-chose", "version": 1}', 'importWrongFormat');
    // which file to choose, not the format's internal name « fidelis-run » (QA qa25robust m9)
    expect(translate('fr', other.messageKey, other.params)).toBe(
      frenchText`Ce fichier n’est pas une partie Fidélis exportée. Choisissez le fichier .json créé par le bouton « Exporter » de l’Accueil.`,
    );
    expect(translate('en', other.messageKey, other.params)).toBe('This file is not an exported Fidélis run. Choose the .json file made by the Home screen’s “Export” button.');
    const newer = rejects('{"format": "fidelis-run", "version": 99}', 'importUnsupportedVersion');
    // what to do (QA qa22 F6), as the class view says of a newer file
    expect(translate('fr', newer.messageKey, newer.params)).toBe(
      frenchText`Ce fichier vient d’une version de Fidélis non prise en charge (version 99, attendue : 1) : mettez l’application à jour.`,
    );
    // no update helps a missing or garbled version: an invalid file (review8 #8)
    rejects('{"format": "fidelis-run"}', 'importInvalid');
    rejects('{"format": "fidelis-run", "version": "deux"}', 'importInvalid');
  });

  it('says where a file is not JSON in the reader\'s words, and that a file cut short is incomplete', async () => {
    const text = (await exportRunFile(fdb, runId, { unnamed: 'partie' })).text;
    const cut = rejects(text.slice(0, Math.floor(text.length / 2)), 'importTruncated');
    const message = translate('fr', cut.messageKey, cut.params);
    // where it stops is its end: no « ligne 1, colonne N »; what to do (QA qa22 F6)
    expect(message).toBe(
      frenchText`Ce fichier de partie est incomplet : il s’arrête avant la fin, copie interrompue ou fichier abîmé. Exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.`,
    );
    expect(message).not.toMatch(/Unterminated|JSON at position|Unexpected/);
    // wherever the cut falls: in a text, a number, a word (true, null), between values
    for (let k = 1; k < 40; k++) rejects(text.slice(0, Math.floor((text.length * k) / 40)), 'importTruncated');
    // a file of several lines (reformatted by hand) keeps its line and column
    const quoted = rejects("{\n  'format': 'fidelis-run'\n}", 'importNotJsonAt');
    expect(translate('fr', quoted.messageKey, quoted.params)).toBe(
      frenchText`Ce fichier n’est pas un fichier JSON lisible (ligne 2, colonne 3) : les textes doivent être entre guillemets doubles "…", pas entre apostrophes. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.`,
    );
    // an export is one line: « ligne 1, colonne 25 » says nothing, what to do does (QA qa22 F6)
    const commas = text.replace('"format":"fidelis-run",', '"format":"fidelis-run",,');
    const oneLine = rejects(commas, 'importNotJson');
    expect(translate('fr', oneLine.messageKey, oneLine.params)).toBe(
      frenchText`Ce fichier n’est pas un fichier JSON lisible : nom de champ attendu entre guillemets doubles "…". Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.`,
    );
    const english = (() => {
      try {
        parseRunFile(commas, 'en');
      } catch (error) {
        return error as DbError;
      }
      throw new Error('accepted');
    })();
    expect(translate('en', english.messageKey, english.params)).toMatch(
      /^This file is not a readable JSON file: [^(]+\. It was probably changed or damaged: export the run again from the computer and browser it was played in\.$/,
    );
    expect(rejects('  ', 'importNotJson').params.reason).toBe('le fichier est vide');
  });

  it('calls a short hand-made file with a syntax error not JSON, and only a file that ends inside a value incomplete (QA qa23 F10)', () => {
    const commas = rejects('{"format": "fidelis-run",, "x": 2}', 'importNotJson');
    expect(translate('fr', commas.messageKey, commas.params)).toBe(
      frenchText`Ce fichier n’est pas un fichier JSON lisible : nom de champ attendu entre guillemets doubles "…". Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.`,
    );
    rejects('{not json', 'importNotJson');
    rejects('{"format": "fidelis-run", "x": nope}', 'importNotJson');
    rejects('{"format": "fidelis-run", "x": 1x}', 'importNotJson');
    rejects('{\n  "format": "fidelis-run",,\n  "version": 1\n}', 'importNotJsonAt');
    // cut inside a word, a number, an escape or a text, or between values: incomplete, however short
    for (const cut of ['{"x": tru', '{"x": fa', '{"x": n', '{"x": -', '{"x": 1.', '{"x": 2e+', '{"x": "a\\u00', '{"x": "a\\', '{"x": "ab', '{"x": 1, ', '[1, 2'])
      rejects(cut, 'importTruncated');
    rejects('\ufeff{"x": tru\n', 'importTruncated');
  });

  it('says a table (a CSV) is not a run file and which file to choose, not « mot inconnu » (QA qa19 F10)', () => {
    const csv = rejects('Rang;Élève;Équipe;Marge nette\n1;Alice;A;155 559\n', 'importTable');
    expect(translate('fr', csv.messageKey, csv.params)).toBe(
      frenchText`Ce n’est pas un fichier de partie Fidélis : on dirait un tableau (CSV). Choisissez le fichier .json créé par le bouton « Exporter » de l’Accueil.`,
    );
    expect(translate('en', csv.messageKey, csv.params)).toMatch(/^This is not a Fidélis run file: it looks like a table \(CSV\)\./);
    rejects('\ufeffclient,date,montant\r\nA,2024-01-02,10\r\n', 'importTable');
    // a .csv name is enough, whatever its first line
    expect(() => parseRunFile('Classe', 'fr', 'classe-2B.csv')).toThrow(expect.objectContaining({ code: 'importTable' }));
    // text that is neither JSON nor a table: a one-line file without line and column, a file of several lines with them
    rejects('pas du json', 'importNotJson');
    // one line of prose with commas is not a table (QA qa25robust m7)
    rejects('Bonjour, voici mon scénario : boulangerie, 52 semaines.', 'importNotJson');
    rejects('{\n  "format": fidelis-run,\n  "version": 1\n}\n', 'importNotJsonAt');
    // a run file that lost its opening brace: its first line holds a comma, but it is JSON, not a table (review2 #10)
    const brace = rejects('  "format": "fidelis-run",\n  "version": 1\n}\n', 'importNotJsonAt');
    expect(brace.params).toMatchObject({ line: 1 });
  });

  it('says so when the file is a result file for the teacher, not a run', () => {
    expect(RESULT_FILE_FORMAT).toBe(RESULT_FORMAT);
    const file = buildResultFile({ learner: 'Léa', scenario: fixtureScenario(), seed: 1, mode: 'committed', decisions: [], kpis: [], stateHash: 'x', appVersion: '0' });
    rejects(exportResultFile(file).text, 'importResultFile');
  });

  it('says so when the file is a scenario to open in the editor, not a run (QA teacher en F2)', async () => {
    const scenario = rejects(JSON.stringify(fixtureScenario()), 'importScenarioFile');
    expect(translate('en', scenario.messageKey, scenario.params)).toMatch(/^This file is a scenario \(a shop\), not a game: open it in the Scenario editor/);
    expect(translate('fr', scenario.messageKey, scenario.params)).toContain('Éditeur de scénario');
    // a scenario with mistakes (sections missing) too, by the rule the editor and a link use (review15 #10)
    const withMistakes: Record<string, unknown> = { ...fixtureScenario() };
    delete withMistakes.economics;
    delete withMistakes.customers;
    rejects(JSON.stringify(withMistakes), 'importScenarioFile');
    // a run file stays a run file, and JSON with none of a scenario's sections is still « not a run »
    rejects('{"id": "x", "name": "y"}', 'importWrongFormat');
  });

  it('rejects prototype-pollution keys, even written with escapes', async () => {
    const file = await exported();
    const text = JSON.stringify(file).replace('"scenario":{', '"scenario":{"__proto__":{"polluted":true},');
    const error = rejects(text, 'importForbiddenKey');
    expect(translate('fr', error.messageKey, error.params)).toContain('__proto__');
    rejects(JSON.stringify(file).replace('"run":{', '"run":{"\\u005f_proto__":{"x":1},'), 'importForbiddenKey');
    rejects(JSON.stringify(file).replace('"run":{', '"run":{"constructor":{"prototype":{"x":1}},'), 'importForbiddenKey');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects wrong types and inconsistent columns with the reason in French', async () => {
    const file = await exported();
    const wrongType = structuredClone(file) as { customers: { age: unknown }[] };
    wrongType.customers[0].age = 'vieux';
    const error = rejects(JSON.stringify(wrongType), 'importInvalid');
    // the field in words, as for a reader who does not edit the file: not its path customers[0].age (QA qa22 F5)
    expect(String(error.params.reason)).toBe(frenchText`client n° 1 › âge : doit être un nombre (reçu : « vieux »)`);
    // the run file's own fields have names too, in English as well (not their key)
    const inEnglish = (() => {
      try {
        parseRunFile(JSON.stringify(wrongType), 'en');
      } catch (error) {
        return String((error as DbError).params.reason);
      }
      throw new Error('accepted');
    })();
    expect(inEnglish).toBe('customer 1 › age: must be a number (value: “vieux”)');
    expect(translate('fr', error.messageKey, error.params)).toMatch(/^Fichier de partie invalide/);
    // what to do after what is wrong, as the other refusals (QA qa25robust m9: a run name of 201 characters)
    const longName = structuredClone(file) as { run: { name: string } };
    longName.run.name = 'x'.repeat(201);
    const tooLong = rejects(JSON.stringify(longName), 'importInvalid');
    expect(translate('fr', tooLong.messageKey, tooLong.params)).toBe(
      frenchText`Fichier de partie invalide : partie › nom de la partie : doit contenir au plus 200 caractères. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.`,
    );
    expect(translate('en', tooLong.messageKey, tooLong.params)).toMatch(/: export the run again from the computer and browser it was played in\.$/);
    const ragged = structuredClone(file) as { purchases: { amount: number[] }[] };
    ragged.purchases[0].amount.pop();
    expect(String(rejects(JSON.stringify(ragged), 'importInvalid').params.reason)).toMatch(/longueurs différentes/);
    const duplicate = structuredClone(file) as { customers: { id: number }[] };
    duplicate.customers[1].id = duplicate.customers[0].id;
    // the customer's number as the app shows it (id + 1), in the learner's language (review3 #6)
    const twice = rejects(JSON.stringify(duplicate), 'importDuplicateCustomer');
    expect(translate('fr', twice.messageKey, twice.params)).toBe(
      frenchText`Fichier de partie invalide : le client n° ${duplicate.customers[0].id + 1} y figure deux fois. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.`,
    );
    expect(translate('en', twice.messageKey, twice.params)).toBe(`Invalid run file: customer no. ${duplicate.customers[0].id + 1} is in it twice. It was probably changed or damaged: export the run again from the computer and browser it was played in.`);
    const ahead = structuredClone(file) as { kpis: { tick: number }[]; run: { currentTick: number } };
    ahead.kpis.at(-1)!.tick = ahead.run.currentTick;
    expect(translate('en', rejects(JSON.stringify(ahead), 'importKpisAhead').messageKey)).toBe('Invalid run file: it holds indicators of periods not played yet. It was probably changed or damaged: export the run again from the computer and browser it was played in.');
  });

  it('an unknown action type names the decision and the types as the screens do, in the learner’s language (QA qa22 F5)', async () => {
    const file = (await exported()) as { decisions: { actions: { type: string }[] }[] };
    file.decisions[0].actions[0].type = 'inconnu';
    const reason = (locale: 'fr' | 'en') => {
      try {
        parseRunFile(JSON.stringify(file), locale);
      } catch (error) {
        return String((error as DbError).params.reason);
      }
      throw new Error('accepted');
    };
    expect(reason('fr')).toMatch(/^décision n° 1 › action n° 1 › type\s: type d’action inconnu «\sinconnu\s»\s; types possibles\s: Avantage financier, Lien social, .*, Arrêt d’un programme$/);
    expect(reason('en')).toMatch(/^decision 1 › action 1 › type: unknown action type “inconnu”; possible types: Financial advantage, Social bonding, .*, Programme stopped$/);
    for (const text of [reason('fr'), reason('en')]) expect(text).not.toMatch(/decisions\[|lienSocial|ligne|line \d/);
  });

  it('rejects arrays beyond the limits before writing anything', async () => {
    const file = (await exported()) as { kpis: unknown[] };
    const huge = { ...file, kpis: Array.from({ length: 400 }, () => file.kpis[0]) };
    rejects(JSON.stringify(huge), 'importTooLarge');
    const before = (await listRuns(fdb)).runs.length;
    await expect(importRun(fdb, JSON.stringify(huge), { onConflict: 'copy' })).rejects.toMatchObject({ code: 'importTooLarge' });
    expect((await listRuns(fdb)).runs.length).toBe(before);
  });

  it('says which list or how many characters are too many in the learner\'s language (review10 #2)', async () => {
    const file = (await exported()) as { kpis: unknown[] };
    const huge = JSON.stringify({ ...file, kpis: Array.from({ length: 400 }, () => file.kpis[0]) });
    const message = (text: string, locale: 'fr' | 'en') => {
      try {
        parseRunFile(text, locale);
      } catch (error) {
        return translate(locale, (error as DbError).messageKey, (error as DbError).params);
      }
      throw new Error('accepted');
    };
    expect(message(huge, 'fr')).toBe(frenchText`Fichier trop volumineux ou trop de données : indicateurs (limite : 300).`);
    expect(message(huge, 'en')).toBe('File too large or too much data: indicators (limit: 300).');
    const limits = RUN_FILE_LIMITS as { fileChars: number };
    const fileChars = limits.fileChars;
    limits.fileChars = 100;
    try {
      expect(message(' '.repeat(101), 'fr')).toBe(frenchText`Fichier trop volumineux ou trop de données : 101 caractères (limite : 100).`);
      expect(message(' '.repeat(101), 'en')).toBe('File too large or too much data: 101 characters (limit: 100).');
    } finally {
      limits.fileChars = fileChars;
    }
  });

  it('keeps the exported object faithful to the stored run', async () => {
    const object = await exportRunObject(fdb, runId, 'x');
    expect(object.decisions).toEqual([{ tick: 1, actions: [{ type: 'politiqueReclamations', level: 'rapide' }] }]);
    expect(object.stateHash).toBe('h3');
    expect(object.customers).toHaveLength(120);
    expect(object.customers[0]).not.toHaveProperty('runId');
  });
});
