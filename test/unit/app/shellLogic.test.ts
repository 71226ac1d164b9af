import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash } from '../../../src/app/routes.ts';
import { tickDate, tickPosition } from '../../../src/app/tickLabel.ts';
import { during, noticeOfError } from '../../../src/app/errors.ts';
import { noticeText } from '../../../src/app/noticeText.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { DbError } from '../../../src/db/errors.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { INDEXEDDB_MISUSES } from '../../fixtures/indexedDbErrors.ts';

describe('hash routes', () => {
  it('parses known screens and falls back to home', () => {
    expect(parseHash('#/charts')).toEqual({ route: 'charts' });
    expect(parseHash('#/glossary/rfm')).toEqual({ route: 'glossary', param: 'rfm' });
    expect(parseHash('')).toEqual({ route: 'home' });
    expect(parseHash('#/nimporte')).toEqual({ route: 'home' });
    expect(parseHash('#/constructor')).toEqual({ route: 'home' });
    // « Données réelles » also answers to the address a reader guesses (QA qa13 D3)
    expect(parseHash('#/realdata')).toEqual({ route: 'analytics' });
    expect(parseHash(hrefOf('glossary', 'cycle de vie'))).toEqual({ route: 'glossary', param: 'cycle de vie' });
    expect(parseHash('#/editor?scenario=abc')).toEqual({ route: 'editor' });
  });
});

describe('tick label', () => {
  it('names the period being decided, said to be the one to play (the Bilan counts the periods played), then the end of the game', () => {
    const label = (lang: 'fr' | 'en', unit: 'week' | 'month', completed: number, total: number) =>
      translate(lang, tickPosition(unit, completed, total).key, tickPosition(unit, completed, total).params);
    // 11 weeks played: the header's « Semaine 12 / 52 » is the week to play, beside the Bilan's « 11 semaines jouées sur 52 »
    expect(label('fr', 'week', 11, 52)).toBe('Semaine 12 / 52, à jouer');
    expect(label('fr', 'month', 2, 36)).toBe('Mois 3 / 36, à jouer');
    expect(label('en', 'week', 11, 52)).toBe('Week 12 / 52, to play');
    expect(label('en', 'month', 2, 36)).toBe('Month 3 / 36, to play');
    expect(tickPosition('week', 52, 52).key).toBe('shell.tick.finished');
  });
  it('dates ticks from the scenario start in weeks or months', () => {
    expect(tickDate('2027-01-04', 'week', 2).toISOString().slice(0, 10)).toBe('2027-01-18');
    expect(tickDate('2027-01-31', 'month', 1).toISOString().slice(0, 10)).toBe('2027-03-03');
    expect(tickDate('2027-01-15', 'month', 12).toISOString().slice(0, 10)).toBe('2028-01-15');
  });
});

describe('notices from errors', () => {
  it('maps database faults to their db.<code> message with parameters', () => {
    const notice = noticeOfError(new DbError('quotaExceeded'));
    expect(notice.key).toBe('db.quotaExceeded');
    const other = noticeOfError(new Error('boom'));
    expect(other).toEqual({ key: 'app.unexpectedError', params: { detail: 'boom' } });
  });
  it('says a full disk met while saving a decision lost that decision, not a period (QA qa18 F5)', () => {
    const notice = noticeOfError(during('decision', new DbError('quotaExceeded')));
    expect(notice).toEqual({ key: 'db.quotaDecision' });
    expect(translate('fr', notice.key)).toMatch(/^Votre décision n’a pas pu être enregistrée\u00a0: l’espace de stockage du navigateur est plein\./);
    expect(translate('fr', notice.key)).not.toMatch(/dernière période/);
    expect(translate('en', notice.key)).toMatch(/^Your decision could not be saved: the browser’s storage is full\./);
    // another fault while saving it keeps its own message
    expect(noticeOfError(during('decision', new DbError('readOnly'))).key).toBe('db.readOnly');
  });
  it('says a database the browser closed (site data cleared) again on the next action, and promises no resume (QA qa25 m6)', () => {
    const closing = new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError');
    expect(noticeOfError(closing)).toEqual({ key: 'db.terminated' });
    expect(noticeOfError(new DOMException('Connection is closing because of: Force close delete origin', 'UnknownError'))).toEqual({ key: 'db.terminated' });
    const fr = translate('fr', 'db.terminated');
    expect(fr).toMatch(/^Le navigateur a fermé la base de données/);
    expect(fr).toMatch(/sauf si les données du site ont été effacées/);
    expect(fr).toMatch(/fichier exporté plus tôt/);
    expect(translate('en', 'db.terminated')).toMatch(/unless the site data was cleared/);
  });
  it('shows an IndexedDB misuse (also an InvalidStateError) as the unexpected error it is, not as cleared site data (review15 #4)', () => {
    for (const message of INDEXEDDB_MISUSES) expect(noticeOfError(new DOMException(message, 'InvalidStateError'))).toEqual({ key: 'app.unexpectedError', params: { detail: message } });
  });
  it('renders a counted notice in the form its count takes, in both languages', () => {
    const say = (locale: 'fr' | 'en', key: string, params: Record<string, string | number>) =>
      noticeText(((k: string, p?: Record<string, string | number>) => translate(locale, k, p)) as never, { id: 1, level: 'error', key, params }, locale);
    const damaged = (count: number) => noticeOfError(new DbError('recordInvalid', { count, store: 'runs' }));
    expect(say('fr', damaged(1).key, damaged(1).params!)).toMatch(/^1 enregistrement abîmé a été ignoré \(runs\)\. Le reste/);
    expect(say('fr', damaged(2).key, damaged(2).params!)).toMatch(/^2 enregistrements abîmés ont été ignorés \(runs\)/);
    expect(say('en', damaged(1).key, damaged(1).params!)).toMatch(/^1 damaged record was skipped \(runs\)/);
    expect(say('en', damaged(3).key, damaged(3).params!)).toMatch(/^3 damaged records were skipped/);
    expect(say('fr', 'presets.notice', { count: 1, list: '« x » (inconnu)' })).toBe(frenchText`Lien de classe : paramètre ignoré : ${'« x » (inconnu)'}. Signalez-le à votre enseignant.`);
    expect(say('fr', 'presets.notice', { count: 2, list: 'a, b' })).toBe(frenchText`Lien de classe : paramètres ignorés : a, b. Signalez-le à votre enseignant.`);
    expect(say('en', 'presets.notice', { count: 1, list: 'a' })).toBe('Class link: parameter ignored: a. Tell your teacher.');
    expect(say('en', 'presets.notice', { count: 2, list: 'a, b' })).toBe('Class link: parameters ignored: a, b. Tell your teacher.');
  });
  it('translates parameters that are message keys, in the current language', () => {
    const t = ((key: string, params?: Record<string, string | number>) => translate('en', key, params)) as never;
    const text = noticeText(t, {
      id: 1,
      level: 'warning',
      key: 'decisions.rejected',
      params: { action: 'vocabulary.actionType.financier', reason: 'decisions.reason.budgetInsuffisant', period: (tr) => tr('dashboard.periodIn.to.week', { n: 6 }) },
    });
    expect(text).toBe(`Action refused by the simulation in week 6 (${translate('en', 'vocabulary.actionType.financier')}): not enough budget`);
  });
});

describe('objective text on scenario cards', () => {
  it('shows shares with their decimal so 99.7 % does not read as 100 %', async () => {
    const { objectiveTarget } = await import('../../../src/app/objectiveText.ts');
    const objective = { id: 'r', label: { fr: 'Rétention' }, metric: 'retentionRate', comparator: '>=', target: 0.997, points: 1 } as const;
    expect(objectiveTarget(objective, 'fr')).toBe('≥ 99,7\u00a0%');
    expect(objectiveTarget({ ...objective, metric: 'cumulativeMargin', target: 360000 }, 'en')).toBe('≥ €360,000');
    expect(objectiveTarget({ ...objective, metric: 'cumulativeNetMargin', target: 165000 }, 'en')).toBe('≥ €165,000');
  });
});
