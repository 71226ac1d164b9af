/**
 * QA qa33teacherEn m3: in the class CSV a failed mission 5 read « game confirmed by the replay; mission 5 failed, failure found
 * by the replay » alike for a personalisation stopped during its set-up and one launched too late, « Notes » empty, and a
 * success of a run started under rule 6 whose replay shows a launch too late was « declared (not verifiable) » without a word
 * of it. The CSV's « Notes » now says why the file's own mission is marked so, in the words of the table's details line.
 * Real shipped mission files (bakery, weeks), played on the engine and checked as the class view checks them.
 */
import { describe, expect, it } from 'vitest';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { translate, type Locale } from '../../../src/i18n/translate.ts';
import { missionEntryLines } from '../../../src/ui/class/missionRowText.ts';
import { classCheck, shippedMissionFile, type StartedRules } from '../../fixtures/shippedMissionFile.ts';

const SHOP = 'boulangerie-du-marche';
const TB = { segments: ['tresBon', 'bon'] as never, limit: 300 };
const CARD: ActionInput = { type: 'collecteDonnees', instrument: 'carteFidelite', target: TB };
const REMINDER: ActionInput = { type: 'personnalisation', instrument: 'relancePersonnalisee', target: TB };
const STOP: ActionInput = { type: 'arreterProgramme', programmeId: '1:0' };
const log = (plan: ActionInput[][]): DecisionsLog =>
  plan.flatMap((actions, tick) => (actions.length > 0 ? [{ tick, actions: actions.map((a) => actionSchema.parse(a)) }] : []));
const empty = (n: number): ActionInput[][] => Array.from({ length: n }, () => []);

const csvCells = (line: string): string[] => [...line.matchAll(/(?:"((?:[^"]|"")*)"|([^;]*))(?:;|$)/g)].slice(0, -1).map((m) => (m[1] ?? m[2]).replaceAll('""', '"'));

/** `learner`'s file of the bakery's mission 5 played with `plan`, handed in with `outcome` under `rules`, as the class view rows it. */
async function row(learner: string, plan: ActionInput[][], outcome: 'reussie' | 'echouee', rules: StartedRules = { keepsProgrammes: true, measuresAfter: true, keepsRunning: true, keepRunningActs: true }) {
  const { path, file } = await shippedMissionFile(SHOP, 4, log(plan), { outcome, rules, learner });
  const { verification } = await classCheck(file, SHOP, path);
  expect(verification.status).toBe('confirmed');
  return compareClass([{ fileName: `${learner}.json`, verification }], { missionOf: (s, id) => (s === SHOP ? path.missions.find((m) => m.id === id) : undefined) })[0];
}

describe('the class CSV says why a mission file’s own mission is marked so (QA qa33teacherEn m3)', () => {
  it('tells a set-up stopped from a launch too late, and says what the replay saw of a rule-6 success, in the table’s words', async () => {
    const rows = [
      await row('Oscar', [[CARD], [REMINDER], [], [STOP]], 'echouee'),
      await row('Paul', [[CARD], ...empty(7), [REMINDER]], 'echouee'),
      await row('Paul Old-rules', [[CARD], ...empty(7), [REMINDER]], 'reussie', { keepsProgrammes: true, measuresAfter: true, keepsRunning: true, keepRunningActs: false }),
      await row('Nora', [[CARD], [REMINDER]], 'reussie'),
    ];
    expect(rows.map((r) => r.missions?.attempted.find((m) => m.number === 5)?.why)).toEqual(['setupStop', 'lateStart', 'lateStartBeforeRule', 'confirmed']);
    for (const locale of ['en', 'fr'] as Locale[]) {
      const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
      const [header, ...lines] = classCsv(rows, { t, locale }, true)
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter((l) => l !== '')
        .map(csvCells);
      const notes = lines.map((l) => l[header.indexOf(t('classView.column.notes'))]);
      // the very words the table gives after the mission's line (its details, read aloud too)
      const why = (i: number) => missionEntryLines({ t: t as never, tCount: (() => '') as never, locale }, rows[i].missions!).find((l) => l.text.startsWith('Mission 5'))!.why;
      expect(notes[0]).toBe(t('classView.missions.csvWhy', { n: 5, why: why(0) }));
      expect(notes[1]).toBe(t('classView.missions.csvWhy', { n: 5, why: why(1) }));
      expect(notes[2]).toBe(t('classView.missions.csvWhy', { n: 5, why: why(2) }));
      expect(notes[0]).not.toBe(notes[1]);
      // a success the replay confirms has nothing to explain
      expect(notes[3]).toBe('');
      if (locale === 'en') {
        expect(notes[0]).toMatch(/^mission 5: In the replay of the file’s game, the “Personalisation” programme was stopped during its set-up/);
        expect(notes[1]).toMatch(/^mission 5: In the replay of the file’s game, the “Personalisation” programme was launched too late/);
        expect(notes[2]).toMatch(/^mission 5: The replay shows the student’s “Personalisation” programme launched too late .* started before that rule/);
      }
    }
  }, 120_000);
});
