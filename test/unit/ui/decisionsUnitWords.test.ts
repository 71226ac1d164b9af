/**
 * The Décisions screen's remaining « période » (QA qa31phoneEn m1, periodWords31's list): the budget's over/refused warnings,
 * the strategy form's « sa première période », the survey's « une par période », « inscrits à la période suivante », the
 * complaint policy's « À partir de cette période », the time bar's « en attente pour cette période ». Each is said in the
 * shop's unit with decisions.tickWords, in a weekly and a monthly shop, in French (genders) and English.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, translate, type Locale, type MessageKey } from '../../../src/i18n/translate.ts';
import { translateCount } from '../../../src/i18n/plural.ts';
import { consentAdviceText } from '../../../src/app/collectionAdvice.ts';

type Unit = 'week' | 'month';
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const words = (locale: Locale, unit: Unit) => messagesOf(locale).decisions.tickWords[unit];
const say = (locale: Locale, unit: Unit, key: MessageKey) => norm(translate(locale, key, { ...words(locale, unit), n: 2 }));

const cases: [Locale, Unit, Record<string, string>][] = [
  ['fr', 'week', {
    over: 'et jouera la semaine sans elles',
    refused: 'le coût prévu de la semaine de chaque programme',
    runwayNone: 'le coût prévu de sa première semaine : il lui faut',
    survey: 'une seule par semaine, car le tableau de bord ne montre qu’une mesure par semaine',
    surveyNext: 'ou attendez la semaine suivante.',
    complaints: 'À partir de cette semaine :',
    pending: '2 décisions en attente pour cette semaine',
    hint: 'puis la personnalisation la semaine suivante.',
    enrol: 'pourront être inscrits la semaine suivante.',
  }],
  ['fr', 'month', {
    over: 'et jouera le mois sans elles',
    refused: 'le coût prévu du mois de chaque programme',
    runwayNone: 'le coût prévu de son premier mois : il lui faut',
    survey: 'une seule par mois, car le tableau de bord ne montre qu’une mesure par mois',
    surveyNext: 'ou attendez le mois suivant.',
    complaints: 'À partir de ce mois :',
    pending: '2 décisions en attente pour ce mois',
    hint: 'puis la personnalisation le mois suivant.',
    enrol: 'pourront être inscrits le mois suivant.',
  }],
  ['en', 'week', {
    over: 'and the week will be played without them',
    refused: 'the expected cost of the week of each programme',
    runwayNone: 'the expected cost of its first week: it needs',
    survey: 'one per week, as the dashboard shows one measure per week',
    surveyNext: 'or order it next week.',
    complaints: 'From this week:',
    pending: '2 decisions waiting for this week',
    hint: 'then the personalisation next week.',
    enrol: 'can be enrolled next week.',
  }],
  ['en', 'month', {
    over: 'and the month will be played without them',
    refused: 'the expected cost of the month of each programme',
    runwayNone: 'the expected cost of its first month: it needs',
    survey: 'one per month, as the dashboard shows one measure per month',
    surveyNext: 'or order it next month.',
    complaints: 'From this month:',
    pending: '2 decisions waiting for this month',
    hint: 'then the personalisation next month.',
    enrol: 'can be enrolled next month.',
  }],
];

describe('the Décisions screen says the shop’s unit, never « période »', () => {
  it.each(cases)('%s, a %s shop', (locale, unit, want) => {
    const texts = {
      over: say(locale, unit, 'decisions.budget.over'),
      refused: say(locale, unit, 'decisions.budget.refusedOther'),
      runwayNone: say(locale, unit, 'decisions.strategy.runwayNone'),
      survey: say(locale, unit, 'decisions.survey.onePerPeriod'),
      complaints: say(locale, unit, 'decisions.complaints.next'),
      pending: norm(translateCount(locale, 'decisions.advance.pending', 2, { ...words(locale, unit), n: 2 })),
      hint: say(locale, unit, 'decisions.strategy.dataKnownHint'),
      enrol: norm(consentAdviceText(locale, { when: 'none' }, 'nobodyOnline', unit)),
      overWhatIf: say(locale, unit, 'decisions.overWhatIf'),
    };
    expect(texts.over).toContain(want.over);
    expect(texts.refused).toContain(want.refused);
    expect(texts.runwayNone).toContain(want.runwayNone);
    expect(texts.survey).toContain(want.survey);
    expect(texts.survey).toContain(want.surveyNext);
    expect(texts.complaints).toContain(want.complaints);
    expect(texts.pending).toBe(want.pending);
    expect(texts.hint).toContain(want.hint);
    expect(texts.enrol).toContain(want.enrol);
    for (const text of Object.values(texts)) {
      expect(text).not.toMatch(/p[ée]riod/i);
      expect(text).not.toMatch(/\{\{(tick|ticks|theTick|ofTick|thisTick|nextTick|firstTick)\}\}/);
    }
  });
});

describe('several periods played at once (time bar, Bilan) say the shop’s unit', () => {
  it('a monthly shop: « Mois 2 sur 13 (jusqu’au 5)… », « mois par mois », « Arrêté après le mois 3 »', () => {
    expect(norm(translate('fr', 'handIn.progress.labelTo.month', { n: 2, total: 13, end: 5 }))).toBe('Mois 2 sur 13 (jusqu’au 5)…');
    expect(norm(translate('fr', 'handIn.progress.startedSome', { ...words('fr', 'month'), n: 4 }))).toBe(
      'Les 4 mois se jouent mois par mois, avec un enregistrement à chaque fois : « Arrêter » s’arrête après le mois en cours.',
    );
    expect(norm(translate('fr', 'handIn.progress.stopped', { ...words('fr', 'month'), n: 3, total: 13 }))).toMatch(/^Arrêté après le mois 3 sur 13 :/);
    expect(translate('en', 'handIn.progress.label.month', { n: 2, total: 13 })).toBe('Month 2 of 13…');
    expect(translate('en', 'handIn.progress.started', words('en', 'month'))).toBe('The remaining months are played one by one, each one saved: “Stop” stops after the month being played.');
  });
});

describe('the dashboard’s programmes table and starting point say the shop’s unit', () => {
  it('« Coût de la semaine / du mois » (en « Cost this week / month »), « Avant la semaine 1 »', () => {
    expect(translate('fr', 'dashboard.programmes.column.costThisTick', words('fr', 'week'))).toBe('Coût de la semaine');
    expect(translate('fr', 'dashboard.programmes.column.costThisTick', words('fr', 'month'))).toBe('Coût du mois');
    expect(translate('en', 'dashboard.programmes.column.costThisTick', words('en', 'month'))).toBe('Cost this month');
    expect(norm(translate('fr', 'dashboard.start.intro', words('fr', 'week')))).toMatch(/^Avant la semaine 1, voici/);
    expect(translate('en', 'dashboard.start.intro', words('en', 'month'))).toMatch(/^Before month 1, this is/);
  });
});
