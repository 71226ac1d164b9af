/**
 * A learner's cell in the class table (classViewText.ts, QA class 10 and 11): a long file name shown
 * by its end, short enough for one line of the narrow « Élève » column (the full name stays in the
 * cell for screen readers and in its title), and « Voir le bilan » named with the file or the
 * mission when the learner has several files. Both languages.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_FILE_NAME, bilanOpenLabel, sameLearnerText, shortFileName } from '../../../src/ui/class/classViewText.ts';
import type { ClassRow } from '../../../src/results/classComparison.ts';
import type { MissionRow } from '../../../src/results/missionRows.ts';
import { classRow } from '../../fixtures/classRow.ts';
import { classTexts, plain } from '../../fixtures/classTexts.ts';

const en = classTexts('en');
const fr = classTexts('fr');

const game = 'fidelis-resultat-lea-martin-boulangerie-du-marche-semaine-52.json';
const missionFile = 'fidelis-resultat-lea-martin-boulangerie-du-marche-mission-1.json';
const missions: MissionRow = { shop: 'boulangerie-du-marche', total: 6, current: 1, attempted: [], passed: [], unconfirmed: [], older: false };

const lea: ClassRow = { ...classRow('Léa Martin', null, 0), key: 'k1', fileName: game, sameLearnerAs: [missionFile], sameLearnerKeys: ['k2'] };
const leaMission: ClassRow = { ...classRow('Léa Martin', null, 0), key: 'k2', fileName: missionFile, sameLearnerAs: [game], sameLearnerKeys: ['k1'], missions };
const tom: ClassRow = { ...classRow('Tom', 1, 2), key: 'k3', fileName: 'tom.json' };
const rows = [lea, leaMission, tom];

describe('a learner’s cell in the class table', () => {
  it('shows a long file name by its end, a short one whole', () => {
    expect(shortFileName('tom.json')).toBe('tom.json');
    expect(shortFileName(missionFile)).toBe('…du-marche-mission-1.json');
    expect([...shortFileName(game)].length).toBeLessThanOrEqual(SHORT_FILE_NAME);
    expect(shortFileName(game).endsWith('-semaine-52.json')).toBe(true);
    expect(plain(sameLearnerText(fr, rows, lea, shortFileName))).toBe(plain('autre fichier du même élève : …du-marche-mission-1.json'));
  });

  it('names the file or the mission of « Voir le bilan » when the learner has several (two « Voir le bilan de Léa Martin » before)', () => {
    expect(bilanOpenLabel(fr, rows, leaMission)).toBe('Voir le bilan de Léa Martin (mission 1)');
    expect(bilanOpenLabel(fr, rows, lea)).toBe(`Voir le bilan de Léa Martin (${game})`);
    expect(bilanOpenLabel(fr, rows, tom)).toBe('Voir le bilan de Tom');
    expect(bilanOpenLabel(en, rows, leaMission)).toBe('View Léa Martin’s debrief (mission 1)');
    expect(bilanOpenLabel(fr, rows, { ...lea, status: 'refuted' })).toBe(`Voir le rejeu des décisions de Léa Martin (${game}, fichier réfuté)`);
  });
});
