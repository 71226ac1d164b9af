/**
 * QA robust #6: a key named like an Object.prototype member, or a file nested 100 000 levels deep, gave
 * the learner a raw JavaScript error (« TypeError: Cannot read properties of undefined », « RangeError:
 * Maximum call stack size exceeded »). They get a French message instead.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/load.ts';
import { readJson } from '../../../src/scenario/jsonText.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
/** French spacing (U+00A0, U+202F) as ordinary spaces */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('hostile scenario files', () => {
  it('`constructor`, `__proto__` and `toString` keys are unknown fields, anywhere', () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      const text = JSON.stringify(scenario).replace('{', `{"${key}": {"def": 1},`).replace('"budget":{', `"budget":{"${key}": 3,`);
      const result = parseScenario(text);
      expect(result.ok, key).toBe(true);
      if (!result.ok) continue;
      const texts = result.warnings.map((w) => plain(w.text));
      expect(texts).toEqual([
        `attention : ${key} : champ inconnu, ignoré : « ${key} » (faute de frappe ?) [ligne 1, colonne ${key.length + 6}]`,
        expect.stringMatching(new RegExp(`^attention : budget\\.${key} « budget marketing › ${key} » : champ inconnu, ignoré : « ${key} »`)),
      ]);
      expect(texts.join(' ')).not.toMatch(/Error|native code|object Object/);
    }
  });

  it('a file nested too deep is not a scenario, said in French', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = parseScenario(deep);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => plain(e.text))).toEqual([
      'fichier entier : le fichier est trop imbriqué (plus de 200 crochets ou accolades les uns dans les autres) : ce n’est pas un scénario ni un autre fichier de Fidélis',
    ]);
    // a real file's depth is read as before
    expect(readJson('[[[[1]]]]').ok).toBe(true);
  });
});
