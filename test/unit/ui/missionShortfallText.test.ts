/**
 * The line under a mission objective its figure does not pass has one set of texts (dashboard.objectives) for the
 * dashboard's card and the Bilan's table: the same sentences stood twice, in dashboard.objectives and debrief.objectives,
 * free to drift apart. The dashboard's alone points to « Ma mission »; the texts shown are those of before.
 */
import { describe, expect, it } from 'vitest';
import { missionShortfallText } from '../../../src/ui/dashboard/missionShortfallText.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { en } from '../../../src/i18n/en.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import { missionShortfall, type ShownObjective } from '../../../src/app/objectiveText.ts';
import { periodInSentence, type TickUnit } from '../../../src/ui/dashboard/period.ts';
import type { SetupStop } from '../../../src/missions/evaluate.ts';

const tOf = (locale: Locale) => (key: MessageKey, params?: Params) => translate(locale, key, params);
const period = (tick: number) => `in week ${tick + 1}`;
const shown = (extra: Partial<ShownObjective>) => ({ missingTools: ['financier'], budgetStop: { id: 'p1', tick: 3 }, wrongTarget: 'lienSocial', ...extra }) as ShownObjective;

describe('a mission objective’s shortfall line', () => {
  it('is written from one set of keys', () => {
    for (const messages of [fr, en]) {
      // the debrief's part (fetched with the mission code, the Bilan and the class view), not the dashboard's learner strings
      const objectives = { ...messages.debrief.objectives, ...messages.dashboard.objectives } as Record<string, unknown>;
      for (const key of ['toolsMissing', 'wrongTarget', 'budgetStopped']) {
        expect(objectives[key]).toBeUndefined();
        expect(typeof (messages.debrief.missionShortfall as Record<string, unknown>)[key]).toBe('string');
      }
    }
  });

  it('says the same in the dashboard and the Bilan, the dashboard pointing to « My mission »', () => {
    const t = tOf('en');
    expect(missionShortfallText(t, 'debrief', shown({}), 'budgetStop', period, 'week')).toBe(
      'A programme was stopped for lack of budget in in week 4: the mission asked to be able to pay for it to the end, so it is not passed.',
    );
    expect(missionShortfallText(t, 'dashboard', shown({}), 'budgetStop', period, 'week')).toBe(missionShortfallText(t, 'debrief', shown({}), 'budgetStop', period, 'week'));
    expect(missionShortfallText(t, 'debrief', shown({}), 'toolMissing', period, 'week')).toBe('Tools still to use for the mission: Financial advantage.');
    expect(missionShortfallText(t, 'debrief', shown({}), 'wrongTarget', period, 'week')).toBe(
      'The “Social bonding” action was aimed at other customers than the ones the mission asks for: the mission is not passed.',
    );
    expect(missionShortfallText(t, 'dashboard', shown({}), 'wrongTarget', period, 'week')).toBe(
      'The “Social bonding” action was aimed at other customers than the ones the mission asks for: the mission is not passed (see “My mission”).',
    );
    expect(missionShortfallText(tOf('fr'), 'dashboard', shown({}), 'wrongTarget', period, 'week')).toBe(
      'L’action « Lien social » visait d’autres clients que ceux que la mission demande : la mission n’est pas réussie (voir « Ma mission »).'.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ :/g, '\u00a0:'),
    );
  });

  // GRADING_RULES 7 (review21 m8): a personalisation launched too late to act before the end, in the shop's unit, neutral words
  it('says a programme launched too late: when, and the period it was to act from, after the end (weeks and months)', () => {
    const late: SetupStop = { id: '9:0', type: 'personnalisation', startTick: 9, tick: 12, effectTick: 15, late: true };
    const objective = shown({ budgetStop: null, wrongTarget: null, missingTools: [], setupStop: late });
    expect(missionShortfall({ id: objective.id, state: 'atteint' }, objective)).toBe('lateStart');
    expect(missionShortfall({ id: objective.id, state: 'atteint' }, { ...objective, setupStop: { ...late, late: undefined } })).toBe('setupStop');
    const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ');
    const inUnit = (locale: Locale, unit: TickUnit) => {
      const t = tOf(locale);
      const name = (tick: number) => {
        const p = periodInSentence(unit, tick);
        return t(p.key, p.params);
      };
      return (area: 'dashboard' | 'debrief') => plain(missionShortfallText(t, area, objective, 'lateStart', name, unit));
    };
    expect(inUnit('fr', 'week')('debrief')).toBe(
      'Programme « Personnalisation » lancé la semaine 10, trop tard : il devait agir à partir de la semaine 16, après la fin de la partie, et n’a rien pu produire. La mission demandait qu’il agisse avant la fin : elle n’est pas réussie.',
    );
    expect(inUnit('fr', 'month')('dashboard')).toBe(
      'Programme « Personnalisation » lancé le mois 10, trop tard : il devait agir à partir du mois 16, après la fin de la partie, et ne produira rien. La mission demande qu’un programme de ce type agisse avant la fin de la partie.',
    );
    expect(inUnit('en', 'month')('debrief')).toBe(
      '“Personalisation” programme launched in month 10, too late: it was to act from month 16, after the end of the game, and could not produce anything. The mission asked for it to act before the end, so it is not passed.',
    );
  });
});
