/**
 * Which parts of which language the app downloads (i18n/areas.ts, locale.svelte.ts): the chosen
 * language's first-screen areas at startup, the rest of the learner's with the first game screen.
 * An English learner downloads no French; a learner who switches to English on the home page
 * never downloads the rest of French (bench app-learner-js-en, app-learner-js-en-switched).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh registry and language state (test/setup.ts registers whole languages in the shared one). */
async function freshApp() {
  vi.resetModules();
  const translate = await import('../../src/i18n/translate.ts');
  const locale = await import('../../src/i18n/locale.svelte.ts');
  return { ...translate, ...locale };
}

describe('the strings a learner downloads', () => {
  beforeEach(() => vi.resetModules());

  it('French at startup: its first screen only; the rest with the first game screen', async () => {
    const app = await freshApp();
    await app.setLocale('fr');
    expect(app.hasMessages('fr', 'core')).toBe(true);
    expect(app.hasMessages('fr', 'learner')).toBe(false);
    expect(app.t('home.title' as never)).toBe(app.translate('fr', 'home.title'));
    await app.loadLocale(app.locale.current); // what a game screen's loader does (app/screens.ts)
    expect(app.hasMessages('fr', 'learner')).toBe(true);
    expect(app.hasMessages('en', 'core')).toBe(false);
  });

  it('English from the start: no French at all', async () => {
    const app = await freshApp();
    await app.setLocale('en');
    expect(app.locale.current).toBe('en');
    expect(app.hasMessages('en', 'core')).toBe(true);
    await app.loadLocale(app.locale.current);
    expect(app.hasMessages('en', 'learner')).toBe(true);
    expect(app.hasMessages('fr', 'core')).toBe(false);
    expect(app.translate('en', 'glossary.title')).toBe('Glossary');
  });

  it('switched to English on the home page: the rest of French is never fetched; switched back in a game, it is before the switch', async () => {
    const app = await freshApp();
    await app.setLocale('fr');
    await app.setLocale('en');
    expect(app.locale.current).toBe('en');
    await app.loadLocale(app.locale.current);
    expect(app.hasMessages('fr', 'learner')).toBe(false);
    // back to French in a game: the learner's French comes before the texts switch, no raw key shows
    await app.setLocale('fr');
    expect(app.hasMessages('fr', 'learner')).toBe(true);
    expect(app.locale.current).toBe('fr');
  });

  it("the database's messages come apart, neither with the first screen nor with the learner part; a notice of theirs waits for them", async () => {
    const app = await freshApp();
    const { noticeReady, noticeText } = await import('../../src/app/noticeText.ts');
    const { partOfKey } = await import('../../src/i18n/areas.ts');
    await app.setLocale('fr');
    await app.loadLocale('fr'); // a game screen's strings: a game without a fault never shows one (bench app-learner-js)
    const inMemory = { id: 1, level: 'warning' as const, key: 'db.inMemory' };
    const invalid = { id: 2, level: 'warning' as const, key: 'db.recordInvalid', params: { count: 2, store: 'runs' } };
    const home = { id: 3, level: 'info' as const, key: 'home.importDone', params: { name: 'x' } };
    expect(app.hasMessages('fr', 'db')).toBe(false);
    expect(app.translate('fr', 'db.inMemory')).toBe('db.inMemory');
    expect([inMemory, invalid, home].map((n) => noticeReady(n, 'fr'))).toEqual([false, false, true]);
    expect([inMemory, invalid, home].map((n) => partOfKey(n.key))).toEqual(['db', 'db', 'learner']);
    await app.loadLocale('fr', 'db'); // what the notices area does when a notice is not ready (ui/shell/NoticesArea.svelte)
    expect([inMemory, invalid].map((n) => noticeReady(n, 'fr'))).toEqual([true, true]);
    expect(noticeText(app.t as never, inMemory, 'fr')).toMatch(/^Mode sans sauvegarde\u00a0: /);
    expect(noticeText(app.t as never, invalid, 'fr')).toMatch(/^2 enregistrements abîmés/);
    // a language switch then brings the other language's too: the notice shown keeps its text
    await app.setLocale('en');
    expect(app.hasMessages('en', 'db')).toBe(true);
    expect(noticeText(app.t as never, inMemory, 'en')).toMatch(/^No saving: /);
  });

  it('a notice whose part is not there (its fetch failed) says so in a sentence of the first screen, in either language, never its key (review8 #4)', async () => {
    const app = await freshApp();
    const { noticeText } = await import('../../src/app/noticeText.ts');
    const unknown = [
      { id: 1, level: 'warning' as const, key: 'presets.notice', params: { count: 2, list: () => '« seed », « x »' } },
      { id: 2, level: 'warning' as const, key: 'presets.toolLocked' },
      { id: 3, level: 'error' as const, key: 'db.unavailable' },
    ];
    await app.setLocale('fr');
    expect(app.hasMessages('fr', 'presets') || app.hasMessages('fr', 'db')).toBe(false);
    expect(unknown.map((n) => noticeText(app.t as never, n, 'fr'))).toEqual(unknown.map(() => app.translate('fr', 'shell.notices.unloaded')));
    expect(app.translate('fr', 'shell.notices.unloaded')).toMatch(/^Message indisponible/);
    // a text the notice carries still wins over it
    expect(noticeText(app.t as never, { ...unknown[2], text: 'Stockage indisponible.' }, 'fr')).toBe('Stockage indisponible.');
    await app.setLocale('en');
    expect(unknown.map((n) => noticeText(app.t as never, n, 'en'))).toEqual(unknown.map(() => 'Message unavailable: it could not be downloaded. Reload the page once the connection is back.'));
  });

  it("the saved runs' list's texts come apart, neither with the first screen nor with the learner part; a language switch then brings the other language's", async () => {
    const app = await freshApp();
    const { partOfKey } = await import('../../src/i18n/areas.ts');
    await app.setLocale('fr');
    await app.loadLocale('fr'); // a first visit has no run to list: the home and a game need none of them (bench app-learner-js)
    expect(app.hasMessages('fr', 'savedRuns')).toBe(false);
    expect(app.translate('fr', 'home.savedRuns')).toBe('Parties enregistrées'); // the list's title stays on the home screen
    expect(app.translate('fr', 'savedRuns.resume')).toBe('savedRuns.resume');
    expect(partOfKey('savedRuns.deleted')).toBe('savedRuns');
    await app.loadLocale('fr', 'savedRuns'); // what ui/home/SavedRuns.svelte does with the list's code
    expect(app.translate('fr', 'savedRuns.resume')).toBe('Reprendre');
    await app.setLocale('en');
    expect(app.hasMessages('en', 'savedRuns')).toBe(true);
    expect(app.translate('en', 'savedRuns.resume')).toBe('Resume');
  });

  it("French's first screen carries the vocabulary's home-screen part only; the learner part brings the rest, in either order", async () => {
    const app = await freshApp();
    const { frCore } = await import('../../src/i18n/frCore.ts');
    const { frLearner } = await import('../../src/i18n/frLearner.ts');
    app.registerMessages('fr', frCore);
    expect(app.hasMessages('fr', 'core')).toBe(true);
    expect(app.translate('fr', 'vocabulary.tickUnit.week')).toBe('semaine');
    expect(app.translate('fr', 'vocabulary.actionType.enquete')).toBe('Enquête de satisfaction');
    expect(app.translate('fr', 'vocabulary.stage.dormant')).toBe('vocabulary.stage.dormant');
    app.registerMessages('fr', frLearner);
    expect(app.translate('fr', 'vocabulary.stage.dormant')).toBe(frLearner.vocabulary.stage.dormant);
    // the first screen's part arriving last does not cut the whole area back
    app.registerMessages('fr', frCore);
    expect(app.translate('fr', 'vocabulary.stage.dormant')).toBe(frLearner.vocabulary.stage.dormant);
    expect(app.translate('fr', 'vocabulary.tickUnit.month')).toBe('mois');
  });

  it("the glass box texts come apart, when a glass box opens; a language switch then brings the other language's", async () => {
    const app = await freshApp();
    await app.setLocale('fr');
    await app.loadLocale('fr');
    expect(app.hasMessages('fr', 'glassBox')).toBe(false);
    expect(app.translate('fr', 'dashboard.glassToggle')).not.toBe('dashboard.glassToggle'); // the button's label is in the learner part
    expect(app.translate('fr', 'glassBox.matches')).toBe('glassBox.matches');
    await app.loadLocale('fr', 'glassBox'); // what GlassBox.svelte does when it opens
    expect(app.translate('fr', 'glassBox.matches')).not.toBe('glassBox.matches');
    await app.setLocale('en');
    expect(app.hasMessages('en', 'glassBox')).toBe(true);
    expect(app.translate('en', 'glassBox.matches')).toMatch(/^Check: /);
  });

  it("the dashboard's view of the periods played brings its texts: not with the learner part; a language switch then brings the other language's", async () => {
    const app = await freshApp();
    await app.setLocale('fr');
    await app.loadLocale('fr');
    expect(app.hasMessages('fr', 'dashboardResults')).toBe(false);
    expect(app.translate('fr', 'dashboard.noData.week')).not.toBe('dashboard.noData.week'); // the dashboard before any period: the learner part
    expect(app.translate('fr', 'dashboardResults.kpisTitle')).toBe('dashboardResults.kpisTitle');
    const { loadDashboardResults } = await import('../../src/ui/dashboard/dashboardResultsCode.ts');
    expect(await loadDashboardResults()).not.toBeNull();
    expect(app.translate('fr', 'dashboardResults.kpisTitle')).toBe('Indicateurs clés');
    await app.setLocale('en');
    expect(app.hasMessages('en', 'dashboardResults')).toBe(true);
    expect(app.translate('en', 'dashboardResults.kpisTitle')).toBe('Key indicators');
  });

  it("the debrief's texts come apart, with the debrief once the game is over; the Bilan's heading before it is the learner part's", async () => {
    const app = await freshApp();
    await app.setLocale('fr');
    await app.loadLocale('fr');
    expect(app.hasMessages('fr', 'debrief')).toBe(false);
    expect(app.translate('fr', 'debrief.noAction', { margin: '1', customers: '2' })).toBe('debrief.noAction');
    expect(app.translate('fr', 'handIn.titleWithName', { name: 'Boulangerie' })).toBe('Bilan — Boulangerie');
    expect(app.translate('fr', 'debrief.competencyEvidence.none')).toBe('debrief.competencyEvidence.none'); // the competencies' evidence lines too
    expect(app.translate('fr', 'competencies.title')).toBe('Compétences BTS travaillées'); // the title a glossary card shows is the learner part's
    await app.loadLocale('fr', 'debrief'); // what app/screens.ts loadDebriefScreen does with the debrief's code
    expect(app.translate('fr', 'debrief.titleWithName', { name: 'Boulangerie' })).toBe('Bilan — Boulangerie');
    expect(app.translate('fr', 'debrief.competencyEvidence.none')).toMatch(/^Aucune décision prise pour l’instant/);
    await app.setLocale('en');
    expect(app.hasMessages('en', 'debrief')).toBe(true);
    expect(app.translate('en', 'debrief.titleWithName', { name: 'Bakery' })).toBe('Debrief — Bakery');
  });

  it('a teacher screen opened from a link with another language (`?lang=en#/class`): the switch brings its part, asked for before or during it', async () => {
    // the screen's loader asks for its part in the start language, then the link's language is set (ui/presets/ClassPresets.svelte)
    const app = await freshApp();
    await app.setLocale('fr');
    const screen = app.loadLocale(app.locale.current, 'teacher');
    await app.setLocale('en');
    await screen;
    expect(app.locale.current).toBe('en');
    expect(app.hasMessages('en', 'teacher')).toBe(true);
    expect(app.t('classView.title')).toBe('Class view');
    // the other order: the switch is under way when the screen asks for its part, still in the start language
    const other = await freshApp();
    await other.setLocale('en');
    const switching = other.setLocale('fr');
    const editor = other.loadLocale(other.locale.current, 'teacher');
    await Promise.all([switching, editor]);
    expect(other.locale.current).toBe('fr');
    expect(other.hasMessages('fr', 'teacher')).toBe(true);
    expect(other.t('editor.title')).toBe('Éditeur de scénario');
  });

  it("the glossary cards' texts come apart, with the glossary screen; their titles (the « ? » buttons' names) with the learner part", async () => {
    const app = await freshApp();
    await app.setLocale('fr');
    await app.loadLocale('fr');
    expect(app.hasMessages('fr', 'glossaryCards')).toBe(false);
    expect(app.translate('fr', 'glossary.concept.rfm.title')).toBe('RFM');
    expect(app.translate('fr', 'glossaryCards.rfm.short')).toBe('glossaryCards.rfm.short');
    const { screenLoader } = await import('../../src/app/screens.ts');
    await screenLoader('glossary')!(); // the glossary screen's chunk comes with every card's text
    expect(app.translate('fr', 'glossaryCards.rfm.short')).toMatch(/^Récence, Fréquence, Montant/);
    await app.setLocale('en');
    expect(app.hasMessages('en', 'glossaryCards')).toBe(true);
    expect(app.translate('en', 'glossaryCards.rfm.short')).toMatch(/^Recency, Frequency, Monetary/);
  });
});
