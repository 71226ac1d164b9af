import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { cutResultFile, readableLearner, readResultFile, RESULT_TEXTS } from '../../../src/results/readResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

// QA qa11 F2: a result file whose download (or copy to the shared folder) was interrupted was listed
// « (sans nom) », « invalide », with « le fichier n’est pas un JSON valide, ligne 161, colonne 9 : texte
// non refermé (guillemet manquant) »: the teacher could not tell whose file it was, nor what to ask for.
const scenario = fixtureScenario();
const replay = engineReplayer(engine);

function resultText(learner: string): string {
  const { state, reports } = engine.runSimulation(scenario, { seed: 5, ticks: 4, decisions: [] });
  const file = buildResultFile({ learner, scenario, seed: 5, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  return exportResultFile(file).text;
}

const FR = RESULT_TEXTS.fr.invalid.truncated;

describe('an empty result file', () => {
  it('says it is empty and what to ask the learner, not « fichier entier : le fichier est vide » (QA qa11 F5)', () => {
    const empty = RESULT_TEXTS.fr.invalid.empty;
    expect(empty).toMatch(/^fichier vide \(téléchargement ou copie interrompus\)\s: demandez à l’élève .* depuis le Bilan de sa partie/);
    for (const text of ['', '   \n', '\ufeff']) expect(readResultFile(text)).toEqual({ ok: false, errors: [empty] });
    expect(readResultFile('', 'en')).toEqual({ ok: false, errors: [RESULT_TEXTS.en.invalid.empty] });
    expect(RESULT_TEXTS.en.invalid.empty).toMatch(/^empty file \(download or copy interrupted\): ask the learner/);
  });
});

describe('a result file cut before its end', () => {
  it('says the file is incomplete and what to ask the learner, wherever it stops (in a string, after a comma, between braces)', () => {
    expect(FR).toMatch(/^fichier de résultat incomplet\s: il s’arrête avant sa fin \(téléchargement ou copie interrompus\)\. Demandez à l’élève .* depuis le Bilan de sa partie/);
    const text = resultText('Oscar Caron');
    for (const share of [0.1, 0.5, 0.9, 0.999]) {
      const cut = text.slice(0, Math.floor(text.length * share));
      expect(cutResultFile(cut)).toBe(true);
      expect(readResultFile(cut)).toEqual({ ok: false, errors: [FR] });
    }
    const en = readResultFile(text.slice(0, text.length / 2), 'en');
    expect(en.ok).toBe(false);
    if (!en.ok) expect(en.errors).toEqual([RESULT_TEXTS.en.invalid.truncated]);
    expect(RESULT_TEXTS.en.invalid.truncated).toMatch(/^incomplete result file: it stops before its end/);
  });

  it('names its row with the learner written near its top', async () => {
    const text = resultText('Oscar « Ozzy » Caron');
    const cut = text.slice(0, Math.floor(text.length / 2));
    expect(readableLearner(cut)).toBe('Oscar « Ozzy » Caron');
    const verification = await verifyResult(cut, replay);
    expect(verification.status).toBe('invalid');
    const [row] = compareClass([{ fileName: 'fidelis-resultat-oscar-caron.json', verification }]);
    expect(row.learner).toBe('Oscar « Ozzy » Caron');
    expect(row.problems).toContain(FR);
  });

  it('is not said of a whole file with a syntax error in its middle, nor of another cut JSON text', () => {
    const text = resultText('Léa');
    const broken = text.replace('"seed": 5,', '"seed": 5');
    expect(cutResultFile(broken)).toBe(false);
    const read = readResultFile(broken);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toMatch(/^le fichier n’est pas un JSON valide, ligne \d+, colonne \d+/);
    expect(cutResultFile('{"hello": ["wor')).toBe(false);
    expect(readableLearner('{"learner": "Zoé", "scenario": {')).toBe('');
    // cut before its name: no name, still incomplete
    expect(readableLearner(text.slice(0, 40))).toBe('');
    expect(readResultFile(text.slice(0, 40))).toEqual({ ok: false, errors: [FR] });
  });
});

describe('a table handed in as a result file', () => {
  it('says it looks like a table (CSV) and which file to ask for, not « mot inconnu « Rang » » (QA qa19 F10)', () => {
    const csv = 'Rang;Élève;Équipe;Marge nette\n1;Alice;A;155 559\n';
    expect(readResultFile(csv)).toEqual({ ok: false, errors: [RESULT_TEXTS.fr.invalid.table] });
    expect(RESULT_TEXTS.fr.invalid.table).toMatch(/^ce n’est pas un fichier de résultat Fidélis\s: on dirait un tableau \(CSV\)\. .*«\sRendre mon travail\s»/);
    expect(readResultFile(csv, 'en')).toEqual({ ok: false, errors: [RESULT_TEXTS.en.invalid.table] });
    // both buttons of the Bilan: an unfinished game has no « Télécharger le fichier de résultat » (QA qa25robust m10)
    expect(RESULT_TEXTS.fr.invalid.table).toMatch(/«\sRendre mon travail maintenant\s» \(partie en cours\) ou «\sTélécharger le fichier de résultat\s» \(partie finie\)$/);
    expect(RESULT_TEXTS.en.invalid.table).toMatch(/“Hand in my work now” \(game in progress\) or “Download the result file” \(game over\)$/);
    // broken JSON keeps its line and column
    const broken = readResultFile('{"format": fidelis-result}');
    expect(broken.ok === false && broken.errors[0]).not.toBe(RESULT_TEXTS.fr.invalid.table);
    // a result file that lost its opening brace: a comma on its first line, yet JSON, not a table (review2 #10)
    const brace = readResultFile('"format": "fidelis-result",\n"formatVersion": 1\n}');
    expect(brace.ok).toBe(false);
    expect(brace.ok === false && brace.errors).not.toContain(RESULT_TEXTS.fr.invalid.table);
  });
});
