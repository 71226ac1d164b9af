/**
 * The database's messages are a part of their own (i18n/areas.ts DB_AREAS), in no learner's download until a
 * notice needs one (bench app-learner-js): the notices area fetches them and shows the notice once its French
 * text is there — a storage fault is told in words, never as a raw key, and nothing is said before its text.
 * Each test starts from a fresh registry holding what a learner has mid-game (test/setup.ts registers whole languages in the shared one).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';

/** Fresh modules: the strings a learner has on a game screen (French's first screen and learner part), no database message yet. */
async function freshGame() {
  vi.resetModules();
  const testing = await import('@testing-library/svelte');
  const translate = await import('../../../src/i18n/translate.ts');
  const locale = await import('../../../src/i18n/locale.svelte.ts');
  const { Notices } = await import('../../../src/app/notices.svelte.ts');
  const { default: NoticesArea } = await import('../../../src/ui/shell/NoticesArea.svelte');
  const { flushSync } = await import('svelte');
  await locale.setLocale('fr');
  await locale.loadLocale('fr');
  expect(translate.hasMessages('fr', 'db')).toBe(false);
  cleanup = testing.cleanup;
  return { ...testing, ...translate, ...locale, Notices, NoticesArea, flushSync };
}

let cleanup = () => {};
afterEach(() => cleanup());

describe('a notice whose text is a database message', () => {
  it('waits for the database’s messages, then shows in French; the learner part’s notices show at once', async () => {
    const app = await freshGame();
    const notices = new app.Notices();
    app.render(app.NoticesArea, { notices });
    notices.push('warning', 'decisions.notAllowed');
    notices.push('warning', 'db.unavailable');
    app.flushSync();
    const region = app.screen.getByRole('region', { name: plainSpaces(app.translate('fr', 'shell.notices.label')) });
    // the learner part's notice at once; the storage fault not yet, and no raw key meanwhile
    expect(region).toHaveTextContent(plainSpaces(app.translate('fr', 'decisions.notAllowed')));
    expect(region).not.toHaveTextContent('db.unavailable');
    expect(region.querySelectorAll('p.notice')).toHaveLength(1);
    await vi.waitFor(() => expect(region).toHaveTextContent(/Le stockage du navigateur est indisponible/), { timeout: 10_000 });
    expect(app.hasMessages('fr', 'db')).toBe(true);
    expect(region.querySelectorAll('p.notice')).toHaveLength(2);
    expect(region).not.toHaveTextContent('db.');
  });
});
