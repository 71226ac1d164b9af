/**
 * QA qa22 F5: the class view's « Fichiers illisibles » promises, for each file, why and what to ask the
 * student, but a run file cut short got a JSON reader's « texte non refermé », a hand-broken result file
 * only the reader's words, a picture renamed .json nothing to ask, and a schema error the file's internal
 * path (« decisions[1].actions[0].type ») and a line of a file the teacher does not edit.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { readResultFile, RESULT_TEXTS } from '../../../src/results/readResultFile.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function resultText(): string {
  const decisions = [{ tick: 1, actions: [{ type: 'enquete' as const, instrument: 'questionnaire' as const, sampleSize: 100 }] }];
  const { state, reports } = engine.runSimulation(scenario, { seed: 5, ticks: 4, decisions });
  const file = buildResultFile({ learner: 'Léa', scenario, seed: 5, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  return exportResultFile(file).text;
}

const errorsOf = (text: string, locale: 'fr' | 'en' = 'fr') => {
  const read = readResultFile(text, locale);
  return read.ok ? [] : read.errors;
};

describe('unreadable result files say why and what to ask the student (QA qa22 F5)', () => {
  it('a run file cut short is the wrong file: ask for the result file, not « texte non refermé »', () => {
    const run = JSON.stringify({ format: 'fidelis-run', version: 1, run: { id: 'r1', name: 'Boulangerie du Marché (1907)' }, customers: [{ id: 1, name: 'Alice' }] });
    for (const locale of ['fr', 'en'] as const) {
      expect(errorsOf(run.slice(0, run.length / 3), locale)).toEqual([RESULT_TEXTS[locale].invalid.runFile]);
      expect(errorsOf(run.replace('"version"', ',"version"'), locale)).toEqual([RESULT_TEXTS[locale].invalid.runFile]);
    }
  });

  it('a result file broken by hand keeps the reader’s line, then says it was changed or damaged and what to ask', () => {
    const errors = errorsOf(resultText().replace('"seed": 5,', '"seed" 5,'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^le fichier n’est pas un JSON valide, ligne \d+, colonne \d+/);
    expect(errors[1]).toBe(RESULT_TEXTS.fr.invalid.damaged);
    expect(RESULT_TEXTS.fr.invalid.damaged).toMatch(/^fichier modifié à la main ou abîmé\s: demandez à l’élève de télécharger de nouveau son fichier de résultat depuis le Bilan/);
    expect(errorsOf(resultText().replace('"seed": 5,', '"seed" 5,'), 'en')[1]).toMatch(/^file edited by hand or damaged: ask the learner to download their result file again/);
  });

  it('a picture renamed .json says which file to ask for', () => {
    expect(errorsOf('\u0089PNG\r\n\u001a\n\u0000\u0000')).toEqual([RESULT_TEXTS.fr.invalid.notText]);
    expect(RESULT_TEXTS.fr.invalid.notText).toMatch(/image ou un fichier binaire\. Demandez à l’élève le fichier \.json créé par «\sRendre mon travail\s»/);
    expect(RESULT_TEXTS.en.invalid.notText).toMatch(/binary file\. Ask the learner for the \.json file/);
  });

  it('a schema error names the field in words only, without its path in the file nor a line, then what to ask', () => {
    const errors = errorsOf(resultText().replace('"type": "enquete"', '"type": "inconnu"'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^décision n° 1 › action n° 1 › type\s: type d’action inconnu «\sinconnu\s»/);
    for (const error of errors) expect(error).not.toMatch(/decisions\[|actions\[|\[ligne/);
    expect(errors.at(-1)).toBe(RESULT_TEXTS.fr.invalid.damaged);
  });

  it('the possible action types by the names the learner’s screens show, not the codes, in French and English', () => {
    // one line, as QA's file (« [ligne 1, colonne 2472] »)
    const oneLine = JSON.stringify(JSON.parse(resultText().replace('"type": "enquete"', '"type": "inconnu"')));
    const [fr] = errorsOf(oneLine);
    expect(fr).toMatch(/types possibles\s: Avantage financier, Lien social, Personnalisation, Customisation, Collecte de données, Enquête de satisfaction, Politique de réclamations, Recrutement, Arrêt d’un programme$/);
    const [en] = errorsOf(oneLine, 'en');
    expect(en).toBe('decision 1 › action 1 › type: unknown action type “inconnu”; possible types: Financial advantage, Social bonding, Personalisation, Customisation, Data collection, Satisfaction survey, Complaint policy, Recruitment, Programme stopped');
    for (const error of [fr, en]) expect(error).not.toMatch(/lienSocial|collecteDonnees|arreterProgramme|ligne|line \d|colonne|column/);
  });

  it('a one-line result file broken by hand has no « ligne 1, colonne N »', () => {
    const oneLine = JSON.stringify(JSON.parse(resultText())).replace('"seed":5,', '"seed" 5,');
    expect(errorsOf(oneLine)[0]).toMatch(/^le fichier n’est pas un JSON valide\s: deux-points/);
    expect(errorsOf(oneLine, 'en')[0]).toMatch(/^the file is not valid JSON: colon/);
  });
});
