/** The projector's marks of a mission file's row and when its margins need framing (QA qa28class55 F1, F7); a ✓ the replay did not confirm says so. */
import { describe, expect, it } from 'vitest';
import type { MissionCheck, MissionRow } from '../../../src/results/missionRows.ts';
import { translate } from '../../../src/i18n/translate.ts';
import type { ClassTexts } from '../../../src/ui/class/classViewText.ts';
import { failedEarnsMore, markSaid, missionMarks } from '../../../src/ui/class/missionRowText.ts';

const entry = (number: number, outcome: 'reussie' | 'echouee', check: MissionCheck = 'declared') => ({ number, id: `m${number}`, title: { fr: '' }, outcome, answer: null, check, why: 'failure' as const });
const missions = (current: number | null, attempted: ReturnType<typeof entry>[], shop = 'boulangerie'): MissionRow => ({
  shop,
  total: 6,
  current,
  attempted,
  passed: attempted.filter((m) => m.outcome === 'reussie' && m.check !== 'replayNotConfirmed').map((m) => m.number),
  unconfirmed: attempted.filter((m) => m.outcome === 'reussie' && m.check === 'replayNotConfirmed').map((m) => m.number),
  older: false,
});

describe('missionMarks', () => {
  it('marks each mission attempted in order, then the file’s own mission when it was not finished', () => {
    expect(missionMarks(missions(2, [entry(2, 'echouee'), entry(1, 'reussie', 'replayConfirmed')]))).toEqual([
      { n: 1, state: 'reussie' },
      { n: 2, state: 'echouee' },
    ]);
    expect(missionMarks(missions(3, [entry(1, 'reussie', 'replayConfirmed')]))).toEqual([
      { n: 1, state: 'reussie' },
      { n: 3, state: 'unfinished' },
    ]);
    expect(missionMarks({ ...missions(2, []), older: true })).toEqual([]);
  });

  it('says of a passed mission whether the replay confirmed it: declared, not confirmed, or nothing to add', () => {
    const marks = missionMarks(missions(3, [entry(1, 'reussie'), entry(2, 'reussie', 'replayNotConfirmed'), entry(3, 'reussie', 'replayConfirmed')]));
    expect(marks).toEqual([
      { n: 1, state: 'reussie', check: 'declared' },
      { n: 2, state: 'reussie', check: 'replayNotConfirmed' },
      { n: 3, state: 'reussie' },
    ]);
    // a failure is always the browser's word (the replay checks successes only): nothing to add
    expect(missionMarks(missions(2, [entry(2, 'echouee')]))).toEqual([{ n: 2, state: 'echouee' }]);
    const tx: Pick<ClassTexts, 't'> = { t: (key, params) => translate('fr', key, params) };
    expect(marks.map((m) => markSaid(tx, m))).toEqual(['réussie, déclarée (non vérifiable)', 'réussie, non confirmée par le rejeu', 'réussie, confirmée par le rejeu']);
  });
});

describe('failedEarnsMore', () => {
  const row = (m: MissionRow, netMargin: number | null) => ({ missions: m, netMargin });
  const passed = missions(2, [entry(2, 'reussie')]);
  const failed = missions(2, [entry(2, 'echouee')]);
  it('is true when a file that did not pass its mission shows more net margin than one that passed the same mission', () => {
    expect(failedEarnsMore([row(passed, 13931), row(failed, 14959)])).toBe(true);
    expect(failedEarnsMore([row(passed, 13931), row(missions(2, []), 14959)])).toBe(true);
  });
  it('is false when the passed one earns more, or the missions or shops differ', () => {
    expect(failedEarnsMore([row(passed, 15000), row(failed, 14959)])).toBe(false);
    expect(failedEarnsMore([row(passed, 13931), row(missions(3, [entry(3, 'echouee')]), 14959)])).toBe(false);
    expect(failedEarnsMore([row(passed, 13931), row(missions(2, [entry(2, 'echouee')], 'opticien'), 14959)])).toBe(false);
    expect(failedEarnsMore([row(passed, 13931), { missions: null, netMargin: 20000 }])).toBe(false);
  });
});
