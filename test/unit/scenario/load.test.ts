import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatErrors, parseScenario, type ScenarioError } from '../../../src/scenario/load.ts';
import { collectScenarios, parseShippedFolder } from '../../../src/scenario/shippedBuild.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { frenchSpacing, frenchText } from '../../../src/i18n/frenchSpacing.ts';

const SCENARIO_DIR = 'scenarios';
const shippedFiles = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json')).sort();
const baseText = readFileSync(`${SCENARIO_DIR}/boulangerie-du-marche.json`, 'utf8');
// Tests break the file on purpose, at any depth: a loose type is the point here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const base = (): Record<string, any> => JSON.parse(baseText);

function errorsOf(input: unknown): ScenarioError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.errors;
}

function only(input: unknown): ScenarioError {
  const errors = errorsOf(input);
  expect(errors, formatErrors(errors)).toHaveLength(1);
  return errors[0];
}

describe('shipped scenarios', () => {
  it('there are at least four, each valid, without unknown fields, named after its id', () => {
    expect(shippedFiles.length).toBeGreaterThanOrEqual(4);
    for (const file of shippedFiles) {
      const result = parseScenario(readFileSync(`${SCENARIO_DIR}/${file}`, 'utf8'));
      expect(result.ok, `${file}: ${result.ok ? '' : formatErrors(result.errors)}`).toBe(true);
      if (!result.ok) continue;
      expect(result.warnings.map((w) => w.text), file).toEqual([]);
      expect(`${result.scenario.id}.json`).toBe(file);
      expect(result.scenario.name.en, `${file} has an English name`).toBeTruthy();
      expect(result.scenario.description.en, `${file} has an English description`).toBeTruthy();
    }
  });

  it('covers both tick units and the three difficulties', () => {
    const scenarios = shippedFiles.map((f) => JSON.parse(readFileSync(`${SCENARIO_DIR}/${f}`, 'utf8')));
    expect(new Set(scenarios.map((s) => s.tickUnit))).toEqual(new Set(['week', 'month']));
    expect(new Set(scenarios.map((s) => s.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  it('collectScenarios keeps valid files sorted by difficulty and reports broken ones', () => {
    const modules: Record<string, unknown> = {};
    for (const f of shippedFiles) modules[`/scenarios/${f}`] = JSON.parse(readFileSync(`${SCENARIO_DIR}/${f}`, 'utf8'));
    modules['/scenarios/casse.json'] = { formatVersion: 1 };
    const { scenarios, broken } = collectScenarios(modules);
    expect(scenarios.map((s) => s.file).sort()).toEqual(shippedFiles);
    const difficulties = scenarios.map((s) => s.scenario.difficulty);
    expect(difficulties).toEqual([...difficulties].sort((a, b) => a - b));
    expect(broken.map((b) => b.file)).toEqual(['casse.json']);
    expect(broken[0].errors.length).toBeGreaterThan(0);
  });

  it('shippedScenarios() gives every scenarios/*.json as the browser validation gave it: same values, defaults applied, sorted', () => {
    const { scenarios } = shippedScenarios();
    expect(scenarios.map((s) => s.file).sort()).toEqual(shippedFiles);
    for (const { file, scenario } of scenarios) {
      const parsed = parseScenario(JSON.parse(readFileSync(`${SCENARIO_DIR}/${file}`, 'utf8')));
      expect(parsed.ok && parsed.scenario).toStrictEqual(scenario);
    }
    const difficulties = scenarios.map((s) => s.scenario.difficulty);
    expect(difficulties).toEqual([...difficulties].sort((a, b) => a - b));
  });

  it('a parsed scenario survives the trip through the built module (JSON): nothing undefined, no non-JSON value', () => {
    for (const { scenario } of parseShippedFolder(SCENARIO_DIR)) expect(JSON.parse(JSON.stringify(scenario))).toStrictEqual(scenario);
  });

  it('a broken shipped file stops the build with its French messages', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fidelis-shipped-'));
    try {
      writeFileSync(join(folder, 'casse.json'), JSON.stringify({ formatVersion: 1 }));
      expect(() => parseShippedFolder(folder)).toThrow(/scenarios\/casse\.json\u00a0:\n- /);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('applies defaults (a file may omit optional fields)', () => {
    const s = base();
    delete s.strategies;
    delete s.economics.fixedCostsPerTick;
    const result = parseScenario(s);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenario.strategies).toEqual(['financier', 'lienSocial', 'personnalisation', 'customisation']);
      expect(result.scenario.economics.fixedCostsPerTick).toBe(0);
    }
  });
});

describe('broken scenario files give French messages naming the field', () => {
  it('invalid JSON: line and column of the fault', () => {
    const text = baseText.replace('"difficulty": 1,', '"difficulty": 1');
    const e = only(text);
    const line = text.split('\n').findIndex((l) => l.includes('"difficulty": 1')) + 2; // the next line starts with a key
    expect(e.line).toBe(line);
    expect(e.text).toContain("n’est pas un JSON valide");
    expect(e.text).toContain(`ligne ${line}`);
    expect(e.text).toContain('virgule manquante');
  });

  it.each([
    ['{"a": 1,}', 'virgule en trop', 1, 8],
    ['{\n  "a": 0,5\n}', 'point décimal', 2, 9],
    ["{'a': 1}", 'guillemets doubles', 1, 2],
    ['{\n  "a": 1\n', 'se termine trop tôt', 3, 1],
    ['// commentaire\n{}', 'commentaires', 1, 1],
    ['{"a": vrai}', 'mot inconnu « vrai »', 1, 7],
    ['{"a": "texte\n"}', 'guillemet', 1, 13],
    ['{} {}', 'en trop après la fin', 1, 4],
  ])('syntax %j -> %s at %i:%i', (text, words, line, column) => {
    const e = only(text);
    expect(e.text).toContain(frenchSpacing(words));
    expect([e.line, e.column]).toEqual([line, column]);
  });

  it('a byte-order mark (Windows Notepad) is accepted', () => {
    expect(parseScenario(`\uFEFF${baseText}`).ok).toBe(true);
  });

  it('empty file, or not an object', () => {
    expect(only('   ').message).toBe('le fichier est vide');
    expect(only('[1, 2]').message).toContain('objet JSON');
    expect(only(42).message).toContain('objet JSON');
    expect(only(null).message).toContain('objet JSON');
  });

  it('missing field', () => {
    const s = base();
    delete s.customers.initial;
    const e = only(s);
    expect(e.where).toBe('customers.initial');
    expect(e.text).toBe(frenchText`customers.initial « clientèle › nombre de clients au départ » : champ obligatoire manquant`);
  });

  it('missing field, with the line of the object that lacks it', () => {
    const text = baseText.replace(/, "perTick": \d+/, '');
    expect(text).not.toBe(baseText);
    const e = only(text);
    expect(e.where).toBe('budget.perTick');
    expect(e.line).toBe(text.split('\n').findIndex((l) => l.includes('"budget"')) + 1);
  });

  it('wrong type', () => {
    const s = base();
    s.customers.purchaseRate.alpha = '1,5';
    const e = only(s);
    expect(e.text).toBe(frenchText`customers.purchaseRate.alpha « clientèle › taux d’achat (BG/NBD) › taux alpha » : doit être un nombre (reçu : « 1,5 »)`);
  });

  it('out of range: strictly positive, between bounds, integer', () => {
    const s = base();
    s.customers.purchaseRate.r = -1;
    s.economics.marginRate = 1.5;
    s.durationTicks = 12.5;
    const errors = errorsOf(s);
    const byPath = Object.fromEntries(errors.map((e) => [e.where, e.message]));
    expect(byPath['customers.purchaseRate.r']).toBe(frenchText`doit être un nombre strictement positif (reçu : -1)`);
    expect(byPath['economics.marginRate']).toBe(frenchText`doit être compris entre 0 et 1 (reçu : 1,5)`);
    expect(byPath['durationTicks']).toBe(frenchText`doit être un nombre entier (reçu : 12,5)`);
    expect(errors).toHaveLength(3);
  });

  it('numbers in messages follow the language: decimal comma in French, point in English', () => {
    const s = base();
    s.economics.marginRate = 1.5;
    expect(only(s).message).toBe(frenchText`doit être compris entre 0 et 1 (reçu : 1,5)`);
    const en = parseScenario(s, 'en');
    expect(!en.ok && en.errors[0].message).toMatch(/1\.5/);
  });

  it('an identifier error does not repeat the field name (the editor writes « identifiant : … »)', () => {
    const s = base();
    s.id = 'Ma Boutique!';
    const e = only(s);
    expect(e.field).toBe('identifiant');
    expect(e.message).toBe(frenchText`minuscules, chiffres et tirets (reçu : « Ma Boutique! »)`);
  });

  it('a wrong duration is one error, not one more per event and deadline measured against it', () => {
    const s = base();
    expect(s.events.length).toBeGreaterThan(0);
    s.durationTicks = -3;
    const e = only(s);
    expect(e.where).toBe('durationTicks');
    expect(e.message).toBe(frenchText`doit être compris entre 4 et 260 (reçu : -3)`);
  });

  it('unknown value of a closed list names the possible values', () => {
    const s = base();
    s.tickUnit = 'jour';
    // the value to write, with what it means (QA qa18 F7: « week, month » were code words to a teacher)
    expect(only(s).message).toBe(frenchText`valeur inconnue « jour » ; valeurs possibles : « week » (semaine), « month » (mois)`);
    expect(only(s).text).toBe(frenchText`tickUnit « unité de temps » : valeur inconnue « jour » ; valeurs possibles : « week » (semaine), « month » (mois)`);
  });

  it('a run file’s seed and decisions pasted into a scenario are named in words, not only as the file’s keys (QA qa18 F7)', () => {
    const result = parseScenario({ ...base(), seed: 3, decisions: [] });
    if (!result.ok) throw new Error(formatErrors(result.errors));
    expect(result.warnings.map((w) => w.field)).toEqual(['graine du hasard', 'décisions']);
    const english = parseScenario({ ...base(), seed: 3 }, 'en');
    expect(english.ok && english.warnings.map((w) => w.field)).toEqual(['random seed']);
  });

  it('an objective’s unknown indicator lists the possible ones with their French names, and in English', () => {
    const s = base();
    s.objectives[0].metric = 'margin';
    const message = only(s).message;
    expect(message).toContain(frenchText`« cumulativeNetMargin » (marge nette cumulée)`);
    expect(message).toContain(frenchText`« acquisitions » (clients recrutés)`);
    s.objectives[0].metric = 'turnover';
    s.objectives[0].comparator = '>';
    expect(only(s).message).toBe(frenchText`valeur inconnue « > » ; valeurs possibles : « >= » (au moins), « <= » (au plus)`);
    s.objectives[0].comparator = '>=';
    s.tickUnit = 'day';
    const english = parseScenario(s, 'en');
    expect(english.ok ? [] : english.errors.map((e) => e.message)).toEqual(['unknown value “day”; possible values: “week”, “month”']);
  });

  it('event after the end of the scenario', () => {
    const s = base();
    s.events[1].tick = 60;
    const e = only(s);
    expect(e.where).toBe('events[1].tick');
    expect(e.field).toBe('événement n° 2 › période');
    expect(e.message).toContain('après la fin (52 périodes)');
  });

  it("competitor's event after the end", () => {
    const s = base();
    s.competitors[0].events[1].tick = 52;
    const e = only(s);
    expect(e.where).toBe('competitors[0].events[1].tick');
    expect(e.field).toBe('concurrent n° 1 › événement n° 2 › période');
  });

  it('duplicate product type: marked on both, the one just typed as well as the one it copies (QA qa27editor minor 9)', () => {
    const s = base();
    const first = s.economics.productTypes.findIndex((p: { id: string }) => p.id === 'pain');
    s.economics.productTypes[2].id = 'pain';
    const errors = errorsOf(s);
    expect(errors.map((e) => e.where)).toEqual([`economics.productTypes[${first}].id`, 'economics.productTypes[2].id']);
    for (const e of errors) expect(e.message).toBe(frenchText`type de produit en double : pain`);
  });

  it('a start date in the pattern but not in the calendar is refused, with the field named (QA qa27editor minor 9)', () => {
    for (const date of ['2027-02-30', '2027-13-01', '2026-02-29']) {
      const s = base();
      s.startDate = date;
      const e = only(s);
      expect(e.where).toBe('startDate');
      expect(e.field).toBe('date de début');
      expect(e.message).toBe(frenchText`ce jour n’existe pas dans le calendrier (AAAA-MM-JJ)`);
    }
    const leap = base();
    leap.startDate = '2028-02-29';
    expect(parseScenario(leap).ok).toBe(true);
    const written = base();
    written.startDate = '04/01/2027';
    expect(only(written).message).toBe(frenchText`date au format AAAA-MM-JJ (reçu : « 04/01/2027 »)`);
  });

  it('two objectives with the same id: refused on both (the screens list objectives by id)', () => {
    const s = base();
    expect(s.objectives.length).toBeGreaterThan(1);
    s.objectives[1].id = s.objectives[0].id;
    const errors = errorsOf(s);
    expect(errors.map((e) => e.field)).toEqual(['objectif n° 1 › identifiant', 'objectif n° 2 › identifiant']);
    for (const e of errors) expect(e.message).toBe(frenchText`identifiant déjà pris par un autre objectif : ${s.objectives[0].id} (chaque objectif a le sien)`);
  });

  it('two competitors with the same id: refused on both (an imitation names its competitor)', () => {
    const s = base();
    s.competitors.push({ ...s.competitors[0], events: [] });
    const errors = errorsOf(s);
    expect(errors.map((e) => e.where)).toEqual(['competitors[0].id', `competitors[${s.competitors.length - 1}].id`]);
    for (const e of errors) expect(e.message).toBe(frenchText`identifiant déjà pris par un autre concurrent : ${s.competitors[0].id} (chaque concurrent a le sien)`);
  });

  it('a spend shape q of 1 or less is refused: the mean basket p·v/(q − 1) would be infinite or negative', () => {
    for (const q of [1, 0.5]) {
      const s = base();
      s.customers.spend.q = q;
      const e = only(s);
      expect(e.where).toBe('customers.spend.q');
      expect(e.field).toBe('clientèle › montant des achats (Gamma-Gamma) › paramètre q');
      expect(e.message).toBe(frenchText`doit être supérieur à 1, sinon le panier moyen p × v ÷ (q − 1) est infini (reçu : ${String(q).replace('.', ',')})`);
    }
    const ok = base();
    ok.customers.spend.q = 1.01;
    expect(parseScenario(ok).ok).toBe(true);
  });

  it('all product shares at zero are refused on the first share (nothing to normalise)', () => {
    const s = base();
    for (const p of s.economics.productTypes) p.share = 0;
    const e = only(s);
    expect(e.where).toBe('economics.productTypes[0].share');
    expect(e.message).toBe(frenchText`au moins un type de produit doit avoir une part positive`);
    s.economics.productTypes[1].share = 0.2;
    expect(parseScenario(s).ok).toBe(true);
  });

  it('segment objective without a segment', () => {
    const s = base();
    s.objectives[0].metric = 'segmentShare';
    const e = only(s);
    expect(e.where).toBe('objectives[0].segment');
    expect(e.message).toContain('indiquez lequel');
  });

  it('an objective’s everyTick of the wrong type is named « à chaque période » (review1 #6)', () => {
    const s = base();
    s.objectives[1].everyTick = 'oui';
    const e = only(s);
    expect(e.where).toBe('objectives[1].everyTick');
    expect(e.text).toMatch(/objectif n°\s2 › à chaque période\s»/);
  });

  it('objective deadline after the end', () => {
    const s = base();
    s.objectives[1].byTick = 80;
    expect(only(s).where).toBe('objectives[1].byTick');
  });

  it('several errors come in file order with their lines', () => {
    const text = baseText.replace('"marginRate": 0.65', '"marginRate": -2').replace('"difficulty": 1', '"difficulty": 9');
    const errors = errorsOf(text);
    expect(errors.map((e) => e.where)).toEqual(['difficulty', 'economics.marginRate']);
    const lines = text.split('\n');
    expect(lines[errors[0].line! - 1]).toContain('"difficulty"');
    expect(lines[errors[1].line! - 1]).toContain('"marginRate"');
  });

  it('an unknown key (typo) is accepted with a warning naming it', () => {
    const s = base();
    s.customers.loyaltyCardShares = 0.5;
    const result = parseScenario(s);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0].text).toContain('attention');
      expect(result.warnings[0].text).toContain('customers.loyaltyCardShares');
      expect(result.scenario.customers.loyaltyCardShare).toBe(0.2);
    }
  });

  it('the schema\'s own messages follow the language too (custom checks and formats)', () => {
    const s = base();
    s.id = 'Ma Boutique!';
    s.economics.productTypes[1].id = s.economics.productTypes[0].id;
    const fr = parseScenario(s, 'fr');
    const en = parseScenario(s, 'en');
    expect(!fr.ok && fr.errors.map((e) => e.message)).toEqual([
      frenchText`minuscules, chiffres et tirets (reçu : « Ma Boutique! »)`,
      frenchText`type de produit en double : ${s.economics.productTypes[0].id}`,
      frenchText`type de produit en double : ${s.economics.productTypes[0].id}`,
    ]);
    expect(!en.ok && en.errors.map((e) => e.message)).toEqual([
      'lowercase letters, digits and hyphens (value: “Ma Boutique!”)',
      `product type given twice: ${s.economics.productTypes[0].id}`,
      `product type given twice: ${s.economics.productTypes[0].id}`,
    ]);
  });

  it('says how many items a list needs with a real singular or plural, not « élément(s) »', () => {
    const s = base();
    s.economics.productTypes = [];
    const fr = parseScenario(s, 'fr');
    const en = parseScenario(s, 'en');
    expect(!fr.ok && fr.errors.map((e) => e.message)).toEqual([frenchText`la liste doit contenir au moins 1 élément (reçu : 0)`]);
    expect(!en.ok && en.errors.map((e) => e.message)).toEqual(['the list must hold at least 1 item (it holds 0)']);
  });

  it('refuses amounts and rates no shop has (a typing slip like 1e308 would make every figure unreadable)', () => {
    const s = base();
    s.budget.initial = 1e308;
    s.customers.spend.v = 5e6;
    const result = parseScenario(s, 'fr');
    expect(!result.ok && result.errors.map((e) => e.where)).toEqual(['budget.initial', 'customers.spend.v']);
    expect(!result.ok && result.errors[0].message).toMatch(/^doit être compris entre 0 et 100\s000\s000 \(reçu\u00a0: 1e\+308\)$/);
    const fine = base();
    fine.budget.initial = 2_000_000;
    expect(parseScenario(fine, 'fr').ok).toBe(true);
  });

  it('English messages on request', () => {
    const s = base();
    s.customers.purchaseRate.r = 0;
    const result = parseScenario(s, 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].text).toBe('customers.purchaseRate.r "customers › purchase rate (BG/NBD) › shape r": must be a strictly positive number (value: 0)');
  });
});

/** A small deterministic generator so the fuzzing below is the same on every run. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function leaves(node: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (node === null || typeof node !== 'object') return [path];
  return [path, ...Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(node) ? Number(k) : k]))];
}

describe('never throws', () => {
  const junk: unknown[] = [null, -1, 0, 1e308, 'x', '', true, [], {}, [1, 'a'], { a: 1 }, -0.5, 2 ** 40, NaN];
  it('on truncated text', () => {
    const random = lcg(7);
    for (let k = 0; k < 150; k++) {
      const cut = Math.floor(random() * baseText.length);
      const result = parseScenario(baseText.slice(0, cut));
      expect(result.ok).toBe(false);
      if (!result.ok) for (const e of result.errors) expect(e.text.length).toBeGreaterThan(0);
    }
  });
  it('on values replaced or removed anywhere', () => {
    const random = lcg(42);
    const paths = leaves(base()).filter((p) => p.length > 0);
    for (let k = 0; k < 300; k++) {
      const s = base();
      const path = paths[Math.floor(random() * paths.length)];
      let node = s;
      for (const key of path.slice(0, -1)) node = node[key];
      const last = path[path.length - 1];
      if (random() < 0.3) delete node[last];
      else node[last] = junk[Math.floor(random() * junk.length)];
      const result = parseScenario(s);
      if (!result.ok) for (const e of result.errors) expect(e.text).toMatch(/\S/);
    }
  });
  it('on arbitrary inputs', () => {
    for (const input of [undefined, Symbol('s'), () => 1, new Date(0), '\u0000', '{"a":'.repeat(50)]) expect(() => parseScenario(input)).not.toThrow();
  });
});
