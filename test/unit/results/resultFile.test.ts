import { describe, expect, it } from 'vitest';
import { buildResultFile, cleanLearnerName, exportResultFile, type ResultRun } from '../../../src/results/buildResultFile.ts';
import { MAX_RESULT_FILE_CHARS, readResultFile, RESULT_TEXTS, RUN_FILE_FORMAT } from '../../../src/results/readResultFile.ts';
import { RUN_FILE_FORMAT as DB_RUN_FILE_FORMAT } from '../../../src/db/runFile.ts';
import { fixtureScenario, fixtureScenarioInput } from '../../fixtures/scenario.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { translate } from '../../../src/i18n/translate.ts';

function run(overrides: Partial<ResultRun> = {}): ResultRun {
  return {
    learner: 'Camille Martin',
    scenario: fixtureScenario(),
    seed: 42,
    mode: 'committed',
    decisions: [{ tick: 2, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 50 }] }],
    kpis: makeKpiSeries(12),
    stateHash: '0123456789abcdef',
    appVersion: '0.1.0',
    ...overrides,
  };
}

describe('building a result file', () => {
  it('records the run and a summary computed from its KPIs', () => {
    const kpis = makeKpiSeries(12);
    const file = buildResultFile(run({ kpis }));
    expect(file.format).toBe('fidelis-result');
    expect(file.ticks).toBe(12);
    expect(file.summary.cumulativeTurnover).toBeCloseTo(kpis.reduce((s, k) => s + k.turnover, 0), 6);
    expect(file.summary.cumulativeNetMargin).toBeCloseTo(kpis.reduce((s, k) => s + k.netMargin, 0), 6);
    expect(file.summary.retentionRate).toBe(kpis[11].retentionRate);
    expect(file.summary.budgetLeft).toBe(kpis[11].budgetLeft);
    expect(file.summary.objectives.map((o) => o.id)).toEqual(['retention', 'actifs', 'tresbons']);
    expect(file.summary.objectiveMaxPoints).toBe(4);
    expect(file.summary.objectives.every((o) => o.state !== 'enCours')).toBe(true);
  });

  it('keeps only the decisions of the ticks played, and before any tick summarises the starting point', () => {
    const file = buildResultFile(
      run({
        kpis: [],
        decisions: [
          { tick: 0, actions: [] },
          { tick: 3, actions: [{ type: 'politiqueReclamations', level: 'rapide' }] },
        ],
      }),
    );
    expect(file.ticks).toBe(0);
    expect(file.decisions).toEqual([]);
    expect(file.summary.activeCustomers).toBe(200);
    expect(file.summary.budgetLeft).toBe(5000);
    expect(file.summary.retentionRate).toBeNull();
    expect(file.summary.objectives.every((o) => o.state === 'enCours')).toBe(true);
  });

  it('keeps the learner name as plain text without control characters', () => {
    expect(cleanLearnerName('  <b>Léa</b>\u0000\n ')).toBe('<b>Léa</b>');
    expect(cleanLearnerName('x'.repeat(500))).toHaveLength(120);
  });

  it('exports JSON text with a safe file name', () => {
    const exported = exportResultFile(buildResultFile(run({ learner: 'Éloïse D’Alembert / 2B' })));
    expect(exported.fileName).toBe('fidelis-resultat-eloise-d-alembert-2b-boutique-test-semaine-12.json');
    // the words in the UI language (handIn.export.filePrefix, playedPart), the same text
    const english = exportResultFile(buildResultFile(run({ learner: 'Éloïse D’Alembert / 2B' })), 'fidelis-result', '', (n, unit) => translate('en', `handIn.export.playedPart.${unit}`, { n }));
    expect(english.fileName).toBe('fidelis-result-eloise-d-alembert-2b-boutique-test-week-12.json');
    expect(english.text).toBe(exported.text);
    expect(JSON.parse(exported.text).learner).toBe('Éloïse D’Alembert / 2B');
  });

  it('ends the name with the periods played in the shop’s unit, none when nothing was played (QA qa17 F4: « -p4 » told nothing)', () => {
    const monthly = { ...fixtureScenario(), tickUnit: 'month' as const };
    expect(exportResultFile(buildResultFile(run({ scenario: monthly, kpis: makeKpiSeries(36) }))).fileName).toBe('fidelis-resultat-camille-martin-boutique-test-mois-36.json');
    expect(exportResultFile(buildResultFile(run({ scenario: monthly, kpis: makeKpiSeries(36) })), 'fidelis-result', '', (n, unit) => translate('en', `handIn.export.playedPart.${unit}`, { n })).fileName).toBe(
      'fidelis-result-camille-martin-boutique-test-month-36.json',
    );
    // a mission answered before any period: no « semaine 0 », the game has none; the same learner a period later gets another name
    expect(exportResultFile(buildResultFile(run({ kpis: [], decisions: [] }))).fileName).toBe('fidelis-resultat-camille-martin-boutique-test.json');
    expect(exportResultFile(buildResultFile(run({ kpis: makeKpiSeries(1), decisions: [] }))).fileName).toBe('fidelis-resultat-camille-martin-boutique-test-semaine-1.json');
    // a what-if branch says so after the periods
    expect(exportResultFile(buildResultFile(run({ branchTick: 1 })), 'fidelis-resultat', 'et si semaine 2').fileName).toBe('fidelis-resultat-camille-martin-boutique-test-semaine-12-et-si-semaine-2.json');
  });
});

describe('reading a result file', () => {
  const honest = exportResultFile(buildResultFile(run())).text;

  it('reads back what was exported', () => {
    const read = readResultFile(honest);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.file).toEqual(buildResultFile(run()));
  });

  it('reads back a what-if branch’s mark, and none on an original game (QA more M10)', () => {
    const branch = readResultFile(exportResultFile(buildResultFile(run({ branchTick: 19 }))).text);
    expect(branch.ok && branch.file.branchTick).toBe(19);
    const original = readResultFile(exportResultFile(buildResultFile(run({ branchTick: null }))).text);
    expect(original.ok && 'branchTick' in original.file).toBe(false);
    const negative = JSON.parse(exportResultFile(buildResultFile(run())).text);
    expect(readResultFile(JSON.stringify({ ...negative, branchTick: -1 })).ok).toBe(false);
  });

  it('explains a broken JSON text with its line', () => {
    const read = readResultFile('{\n  "format": "fidelis-result",\n  "seed": 12,,\n}');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toMatch(/ligne 3/);
  });

  it('names the faulty field when a value has the wrong type', () => {
    const data = JSON.parse(honest);
    data.seed = 'quarante-deux';
    data.summary.cumulativeTurnover = '1e9';
    const read = readResultFile(JSON.stringify(data, null, 2));
    expect(read.ok).toBe(false);
    // by its readable name, without its path in the file nor its line, then what to ask (QA qa22 F5)
    if (!read.ok)
      expect(read.errors).toEqual([
        frenchText`graine du hasard : doit être un nombre (reçu : « quarante-deux »)`,
        frenchText`résultats déclarés › chiffre d’affaires cumulé : doit être un nombre (reçu : « 1e9 »)`,
        RESULT_TEXTS.fr.invalid.damaged,
      ]);
  });

  it('refuses a scenario file, another format and a newer version with a clear reason', () => {
    const scenario = readResultFile(JSON.stringify(fixtureScenarioInput));
    expect(scenario.ok || scenario.errors[0]).toMatch(/scénario, pas un résultat/);
    const other = readResultFile('{"format": "autre-chose"}');
    expect(other.ok || other.errors[0]).toMatch(/pas un fichier de résultat Fidélis/);
    const newer = readResultFile(honest.replace('"formatVersion": 1', '"formatVersion": 7'));
    expect(newer.ok || newer.errors[0]).toMatch(/version plus récente/);
    expect(readResultFile('[1, 2]').ok).toBe(false);
    expect(readResultFile('').ok).toBe(false);
  });

  it('says a JSON file without « format » has none, not « undefined » (QA qa11 F3: a student’s notes-cours.json among the 30)', () => {
    const notes = JSON.stringify({ titre: 'Notes de cours', texte: 'RFM…' });
    expect(readResultFile(notes)).toEqual({ ok: false, errors: [frenchText`ce n’est pas un fichier de résultat Fidélis (il n’a pas de champ « format »)`] });
    expect(readResultFile(notes, 'en')).toEqual({ ok: false, errors: ['this is not a Fidélis result file (it has no “format” field)'] });
    // a format that is not ours is still quoted
    const other = readResultFile('{"format": "autre-chose"}');
    expect(other.ok || other.errors[0]).toBe(frenchText`ce n’est pas un fichier de résultat Fidélis (champ « format » : « autre-chose »)`);
  });

  it('tells a run file (Home « Exporter ») handed in instead of the result file where the result file is', () => {
    expect(RUN_FILE_FORMAT).toBe(DB_RUN_FILE_FORMAT);
    const runFile = JSON.stringify({ format: 'fidelis-run', version: 1, run: { id: 'r1', name: 'Boulangerie' }, seed: 1907 });
    for (const locale of ['fr', 'en'] as const) {
      const read = readResultFile(runFile, locale);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.errors).toHaveLength(1);
    }
    const fr = readResultFile(runFile);
    expect(fr.ok || fr.errors[0]).toMatch(/^c’est un fichier de partie .*Accueil.*pas un fichier de résultat\u00a0: .*Bilan.*Télécharger le fichier de résultat/);
    expect(fr.ok || fr.errors[0]).not.toContain(frenchText`champ « format »`);
    const en = readResultFile(runFile, 'en');
    expect(en.ok || en.errors[0]).toMatch(/^this is a run file .*Home.*Debrief/);
    // the Bilan of an unfinished game has « Rendre mon travail maintenant », not « Télécharger le fichier de résultat » (QA qa25robust m10)
    expect(fr.ok || fr.errors[0]).toMatch(/«\sRendre mon travail maintenant\s» si la partie est en cours, «\sTélécharger le fichier de résultat\s» si elle est finie/);
    expect(en.ok || en.errors[0]).toContain('“Hand in my work now” if the game is in progress, “Download the result file” if it is over');
  });

  it('refuses prototype keys anywhere in the file', () => {
    const withProto = honest.replace('"learner":', '"__proto__": {"isAdmin": true}, "learner":');
    const read = readResultFile(withProto);
    expect(read.ok || read.errors[0]).toMatch(/clé interdite «\u00a0__proto__\u00a0»/);
    const nested = JSON.parse(honest);
    nested.scenario.customers.motiveMix = JSON.parse('{"constructor": {"prototype": 1}, "argent": 1}');
    const readNested = readResultFile(JSON.stringify(nested));
    expect(readNested.ok || readNested.errors[0]).toMatch(/clé interdite «\u00a0constructor\u00a0» à l’emplacement scenario\.customers\.motiveMix\.constructor/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses absurd sizes: huge text, deep nesting, too many ticks or actions, a long name', () => {
    expect(readResultFile(' '.repeat(MAX_RESULT_FILE_CHARS + 1)).ok).toBe(false);
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const readDeep = readResultFile(`{"format":"fidelis-result","x":${deep}}`);
    expect(readDeep.ok || readDeep.errors[0]).toMatch(/trop imbriquée/);
    const data = JSON.parse(honest);
    data.ticks = 1e9;
    expect(readResultFile(data).ok).toBe(false);
    const many = JSON.parse(honest);
    many.decisions = [{ tick: 1, actions: Array.from({ length: 201 }, () => ({ type: 'politiqueReclamations', level: 'rapide' })) }];
    const readMany = readResultFile(many);
    expect(readMany.ok || readMany.errors.join()).toMatch(/trop d’actions/);
    const named = JSON.parse(honest);
    named.learner = 'a'.repeat(10_000);
    expect(readResultFile(named).ok).toBe(false);
  });

  it('refuses decisions after the last tick played and more ticks than the scenario lasts', () => {
    const late = JSON.parse(honest);
    late.decisions = [{ tick: 12, actions: [{ type: 'politiqueReclamations', level: 'rapide' }] }];
    const read = readResultFile(late);
    expect(read.ok || read.errors.join()).toMatch(/après la dernière période jouée/);
    const long = JSON.parse(honest);
    long.ticks = 13;
    expect(readResultFile(long).ok).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'null', '"texte"', '\u0000\u0001', {}, [], { format: 'fidelis-result' }])
      expect(readResultFile(input).ok).toBe(false);
  });
});
